package th.tidtam.orders.service;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.base.pdf.ThaiPdf;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.time.ThaiDigits;
import th.tidtam.orders.OrderSummary;

/**
 * The order as the regulation lays out a คำสั่ง (ข้อ 16): the emblem's place left empty at the top centre, "คำสั่ง
 * จังหวัดฉะเชิงเทรา", ที่ N/พ.ศ., เรื่อง, a short rule, the text (reasons and authority, what is ordered, the effective
 * date), "สั่ง ณ วันที่ …" and the signature block; a delegation's annex (บัญชีแนบท้าย) on a page of its own. Thai and
 * Thai digits whatever the reader's language; Sarabun 16 pt, margins 3/2 cm. A draft is marked and leaves the number
 * and the date blank.
 */
@Component
public class OrderPdf {

    private static final Locale THAI = Translations.THAI;
    private static final float INDENT = 25 * ThaiPdf.MM;

    private final ThaiFonts fonts;
    private final Translations translations;
    private final OrderWording wording;
    private final OrderCitations citations;
    private final th.tidtam.orders.domain.ProvincialOrderRepository orders;

    OrderPdf(ThaiFonts fonts, Translations translations, OrderWording wording, OrderCitations citations,
            th.tidtam.orders.domain.ProvincialOrderRepository orders) {
        this.fonts = fonts;
        this.translations = translations;
        this.wording = wording;
        this.citations = citations;
        this.orders = orders;
    }

    @Transactional(readOnly = true)
    public byte[] render(OrderSummary order) {
        // "คำสั่งจังหวัด…" of the order's own province: one installation holds several
        th.tidtam.orders.domain.ProvincialOrder entity = orders.findById(order.id()).orElseThrow();
        String heading = citations.ordersOf(entity);
        String province = citations.provinceOf(entity).map(th.tidtam.org.service.ProvinceSummary::formalNameTh).orElse("");
        Font title = new Font(fonts.bold(), 16);
        Font body = new Font(fonts.regular(), 16);
        Font bold = new Font(fonts.bold(), 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, ThaiPdf.LEFT, ThaiPdf.RIGHT, 15 * ThaiPdf.MM, ThaiPdf.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(ThaiPdf.pageNumbersAtTop(page -> "- " + ThaiDigits.toThai(Integer.toString(page)) + " -", body));
        doc.addTitle(heading + (order.number() == null ? "" : " " + order.number()));
        doc.addCreator("Tidtam");
        doc.open();
        // the Garuda's place: 3 cm high at the top centre (ข้อ 71); no copy of the state emblem is shipped
        Paragraph emblem = new Paragraph(" ");
        emblem.setSpacingAfter(27 * ThaiPdf.MM);
        doc.add(emblem);
        if (order.number() == null) {
            centred(doc, t("orders.doc.draft-mark"), bold);
        }
        centred(doc, heading, title);
        String be = Integer.toString(ThaiDates.beYear(order.signedOn() != null ? order.signedOn() : wording.today()));
        centred(doc, t("orders.doc.number", order.number() != null ? order.number() : "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/" + be), title);
        centred(doc, t("orders.doc.subject", order.subject()), title);
        // the short rule sits on a line of its own below the subject's marks
        Paragraph rule = new Paragraph(16);
        rule.add(new Chunk(new LineSeparator(0.6f, 25, null, Element.ALIGN_CENTER, 4)));
        rule.setSpacingAfter(10);
        doc.add(rule);
        text(doc, order.reasons(), body);
        text(doc, wording.ordered(order), body);
        for (String line : wording.members(order)) {
            Paragraph p = ThaiPdf.paragraph(ThaiDigits.toThai(line), body);
            p.setIndentationLeft(INDENT);
            doc.add(p);
        }
        if (order.orderedText() != null) {
            text(doc, order.orderedText(), body);
        }
        text(doc, wording.effective(order), body);
        Paragraph on = ThaiPdf.paragraph(t("orders.doc.ordered-on", wording.dateInFull(order.signedOn())), body);
        on.setIndentationLeft(70 * ThaiPdf.MM);
        on.setSpacingBefore(12);
        doc.add(on);
        doc.add(new Paragraph(24, " "));
        for (String line : wording.signature(order)) {
            Paragraph p = ThaiPdf.paragraph(ThaiDigits.toThai(line), body);
            p.setIndentationLeft(60 * ThaiPdf.MM);
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
        }
        List<String> annex = wording.annex(order);
        if (!annex.isEmpty()) {
            doc.newPage();
            centred(doc, t("orders.doc.annex-heading"), title);
            centred(doc, t("orders.doc.annex-of", order.number() == null ? "-" : order.number(), province), body);
            doc.add(new Paragraph(12, " "));
            int n = 0;
            for (String line : annex) {
                Paragraph p = ThaiPdf.paragraph(ThaiDigits.toThai(++n + ". " + line), body);
                p.setIndentationLeft(8 * ThaiPdf.MM);
                p.setFirstLineIndent(-8 * ThaiPdf.MM);
                p.setSpacingBefore(4);
                doc.add(p);
            }
            if (order.annexText() != null) {
                text(doc, order.annexText(), body);
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private String t(String key, Object... args) {
        return ThaiDigits.toThai(translations.getTranslation(key, THAI, args));
    }

    private static void centred(Document doc, String content, Font font) {
        Paragraph p = ThaiPdf.paragraph(content, font);
        p.setAlignment(Element.ALIGN_CENTER);
        doc.add(p);
    }

    /** Paragraphs with the first line set in (2.5 cm), left-aligned: justified Thai lines gape. */
    private static void text(Document doc, String content, Font font) {
        if (content == null) {
            return;
        }
        for (String para : content.strip().split("\\R")) {
            if (!para.isBlank()) {
                Paragraph p = ThaiPdf.paragraph(ThaiDigits.toThai(para.strip()), font);
                p.setFirstLineIndent(INDENT);
                p.setSpacingBefore(4);
                doc.add(p);
            }
        }
    }
}
