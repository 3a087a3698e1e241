package th.tidtam.meeting.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import th.tidtam.base.RuleViolation;

/**
 * Turns an uploaded minutes file into text: {@code .txt} (UTF-8), {@code .docx} and text-based {@code .pdf}. A file
 * that is not what its name says, a scan without a text layer, an oversized file or an unknown type is refused with a
 * {@link RuleViolation} whose key says which, so the secretariat knows what to do instead.
 */
public final class MinutesDocuments {

    public static final int MAX_BYTES = 5 * 1024 * 1024, MAX_CHARS = 200_000;

    public static final String EMPTY = "minutes.extraction.error.empty";
    public static final String TOO_LARGE = "minutes.extraction.error.too-large";
    public static final String TOO_LONG = "minutes.extraction.error.too-long";
    public static final String UNKNOWN_TYPE = "minutes.extraction.error.unknown-type";
    public static final String NOT_DOCX = "minutes.extraction.error.not-docx";
    public static final String NOT_PDF = "minutes.extraction.error.not-pdf";
    public static final String NOT_TEXT = "minutes.extraction.error.not-text";
    public static final String PDF_ENCRYPTED = "minutes.extraction.error.pdf-encrypted";
    public static final String SCANNED_PDF = "minutes.extraction.error.scanned-pdf";

    /** A PDF with fewer letters than this per page has no usable text layer: a scan, perhaps with a stamped header. */
    private static final int MIN_LETTERS_PER_PAGE = 20;

    private MinutesDocuments() {
    }

    /** .txt (UTF-8), .docx, text-based .pdf → text; throws RuleViolation with a clear key for anything else. */
    public static String text(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolation(EMPTY);
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation(TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        String text;
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            text = plainText(content);
        } else if (name.endsWith(".docx")) {
            text = docx(content);
        } else if (name.endsWith(".pdf")) {
            text = pdf(content);
        } else {
            String shown = fileName == null ? name : fileName;
            throw new RuleViolation(UNKNOWN_TYPE, shown);
        }
        return checkLength(text);
    }

    /** Pasted text goes through the same length rule as files. */
    public static String checkLength(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(EMPTY);
        }
        if (text.length() > MAX_CHARS) {
            throw new RuleViolation(TOO_LONG, MAX_CHARS);
        }
        return text;
    }

    private static String plainText(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
            // a NUL byte is no text: a binary file renamed to .txt
            if (text.indexOf('\0') >= 0) {
                throw new RuleViolation(NOT_TEXT);
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new RuleViolation(NOT_TEXT);
        }
    }

    private static String docx(byte[] content) {
        // a .docx is a zip: "PK\3\4"; anything else (a PNG, an old .doc) is refused before POI sees it
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            throw new RuleViolation(NOT_DOCX);
        }
        try (InputStream in = new java.io.ByteArrayInputStream(content);
                XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            throw new RuleViolation(NOT_DOCX);
        }
    }

    private static String pdf(byte[] content) {
        if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new RuleViolation(NOT_PDF);
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            long letters = text.codePoints().filter(Character::isLetter).count();
            if (letters < (long) MIN_LETTERS_PER_PAGE * Math.max(1, document.getNumberOfPages())) {
                throw new RuleViolation(SCANNED_PDF);
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new RuleViolation(PDF_ENCRYPTED);
        } catch (IOException e) {
            throw new RuleViolation(NOT_PDF);
        }
    }
}
