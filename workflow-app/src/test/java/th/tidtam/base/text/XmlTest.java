package th.tidtam.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The one XML escaper. Plain unit tests: no Spring. */
class XmlTest {

    @Test
    void turnsMarkupIntoEntities() {
        assertThat(Xml.escape("<script>alert(\"x\")</script> & 'ก'"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;ก&#39;");
    }

    @Test
    void dropsWhatXmlCannotCarry() {
        assertThat(Xml.escape("a\u0000b\u0007c\uD800d\uDC00e\uFFFEf\uFFFF")).isEqualTo("abcdef");
        assertThat(Xml.escape("\u001B[31m")).isEqualTo("[31m");
    }

    @Test
    void keepsThaiEmojiAndLineBreaksWhole() {
        String text = "ข้อสั่งการ 👩🏽‍⚕️🇹🇭\tแท็บ\nบรรทัด\r\n";

        assertThat(Xml.escape(text)).isEqualTo(text);
    }

    @Test
    void givesAnEmptyStringForNull() {
        assertThat(Xml.escape(null)).isEmpty();
    }

    @Test
    void whatItWritesParsesBackToTheTextInContentAndInAttributes() throws Exception {
        String hostile = "\"><img src=x onerror='alert(1)'> & งาน 🚨 ]]> <!--";
        String xml = "<svg a=\"" + Xml.escape(hostile) + "\" b='" + Xml.escape(hostile) + "'>" + Xml.escape(hostile) + "</svg>";

        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();

        assertThat(root.getAttribute("a")).isEqualTo(hostile);
        assertThat(root.getAttribute("b")).isEqualTo(hostile);
        assertThat(root.getTextContent()).isEqualTo(hostile);
        assertThat(root.getChildNodes().getLength()).as("one text node, no element smuggled in").isEqualTo(1);
    }
}
