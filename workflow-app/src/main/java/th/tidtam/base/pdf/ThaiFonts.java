package th.tidtam.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;

/**
 * Sarabun (OFL), shipped in {@code fonts/} so that documents never depend on the machine's fonts. Thai stacks vowels
 * and tone marks above and below consonants; OpenPDF's layout processor shapes text with the JDK's OpenType engine
 * (GSUB/GPOS), which places them correctly where plain glyph-by-glyph output drops or overlaps them. One bean for
 * every document the application renders (the follow-up report, the meeting agenda and minutes).
 */
@Component
public class ThaiFonts {

    static final String REGULAR = "fonts/Sarabun-Regular.ttf";
    static final String BOLD = "fonts/Sarabun-Bold.ttf";

    private final BaseFont regular;
    private final BaseFont bold;

    public ThaiFonts() {
        LayoutProcessor.enable();
        this.regular = load(REGULAR);
        this.bold = load(BOLD);
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    private static BaseFont load(String resource) {
        // loaded once, here, with this class's loader: report threads may run with another context class loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ThaiFonts.class.getClassLoader());
        try (InputStream in = ThaiFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
