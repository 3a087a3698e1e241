package th.tidtam.casework.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a file claims to be (its extension) against what its first bytes say it is. The content type sent back on
 * download comes from here, never from the uploader's browser, so a file cannot smuggle in a type such as HTML.
 */
final class AttachmentTypes {

    /** How many leading bytes are kept for the check. */
    static final int HEAD = 8192;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    // the pre-2007 Office formats are OLE2 compound documents
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
    // OOXML and OpenDocument files are ZIP archives
    private static final byte[] ZIP = { 'P', 'K', 0x03, 0x04 };

    private record Kind(String contentType, byte[] signature) {
    }

    private static final Map<String, Kind> KNOWN = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", PDF)),
            Map.entry("png", new Kind("image/png", PNG)),
            Map.entry("jpg", new Kind("image/jpeg", JPEG)),
            Map.entry("jpeg", new Kind("image/jpeg", JPEG)),
            Map.entry("doc", new Kind("application/msword", OLE2)),
            Map.entry("xls", new Kind("application/vnd.ms-excel", OLE2)),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            // no charset: Thai text files from older systems are often TIS-620 rather than UTF-8
            Map.entry("txt", new Kind("text/plain", null)));

    private AttachmentTypes() {
    }

    /** The lower-case extension of a file name, without the dot; empty if it has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return "";
        }
        return fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The content type served for an extension; unknown extensions an operator allowed are served as opaque bytes. */
    static String contentType(String extension) {
        Kind kind = KNOWN.get(extension);
        return kind == null ? "application/octet-stream" : kind.contentType();
    }

    /** Whether the first bytes agree with the extension. Extensions without a known signature pass. */
    static boolean contentMatches(String extension, byte[] head) {
        Kind kind = KNOWN.get(extension);
        if (kind == null) {
            return true;
        }
        if (kind.signature() != null) {
            return startsWith(head, kind.signature());
        }
        return looksLikeText(head);
    }

    /** Plain text has no NUL bytes and is not one of the binary formats renamed to .txt. */
    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return detect(head).isEmpty() && !startsWith(head, "MZ".getBytes(StandardCharsets.US_ASCII))
                && !startsWith(head, new byte[] { 0x7F, 'E', 'L', 'F' });
    }

    private static Optional<byte[]> detect(byte[] head) {
        return java.util.stream.Stream.of(PDF, PNG, JPEG, OLE2, ZIP).filter(s -> startsWith(head, s)).findFirst();
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
