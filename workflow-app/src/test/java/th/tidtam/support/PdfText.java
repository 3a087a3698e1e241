package th.tidtam.support;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader sees in a PDF, for the document tests: its text (PDFBox), its pages as images to look at. */
public final class PdfText {

    private PdfText() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text in reading order, top to bottom and left to right on each page (tables included where they stand). */
    public static String reading(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the PDF and its first pages as images beside the screenshots, to look at how Thai is set. */
    public static void keep(byte[] pdf, String name, int maxPages) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
            for (int page = 0; page < Math.min(maxPages, doc.getNumberOfPages()); page++) {
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(page, 110), "png",
                        dir.resolve(name + "-page" + (page + 1) + ".png").toFile());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Thai as text extraction returns it: shaped text comes back with above/below marks in glyph order, not in
     * logical order, and ำ as its two glyphs. Comparing without the marks (and without line breaks) checks the words.
     */
    public static String skeleton(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            boolean mark = c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
            if (c == '\u0E33') {
                sb.append('\u0E32');
            } else if (!mark && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
