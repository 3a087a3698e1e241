package th.tidtam.memo.service;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.base.pdf.ThaiPdf;
import th.tidtam.base.time.ApplicationZone;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.time.ThaiDigits;

/**
 * The memo as the regulation's บันทึกข้อความ form (ระเบียบงานสารบรรณ, แบบที่ ๑๕): the heading "บันทึกข้อความ" 29 pt
 * bold, the labels ส่วนราชการ / ที่ / วันที่ / เรื่อง 20 pt bold, the text 16 pt, margins 3 cm left and 2 cm right,
 * the drafter's signature block, then the annotations (เกษียน) of every level in order, each with name, position,
 * capacity and BE date. Always Thai with Thai digits: it is an official document whatever the screen language.
 */
@Component
public class MemoPdf {

    private static final Locale THAI = Translations.THAI;
    private static final float INDENT = 25 * ThaiPdf.MM;
    private static final float SIGNATURE = 85 * ThaiPdf.MM;

    private final ThaiFonts fonts;
    private final Translations translations;
    private final MemoQueries queries;

    MemoPdf(ThaiFonts fonts, Translations translations, MemoQueries queries) {
        this.fonts = fonts;
        this.translations = translations;
        this.queries = queries;
    }

    /** The memo's PDF; "not found" when the caller may not see the memo. */
    public byte[] render(long memoId) {
        MemoDetails m = queries.details(memoId);
        Font heading = new Font(fonts.bold(), 29);
        Font label = new Font(fonts.bold(), 20);
        Font body = new Font(fonts.regular(), 16);
        Font bold = new Font(fonts.bold(), 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 30 * ThaiPdf.MM, 20 * ThaiPdf.MM, 15 * ThaiPdf.MM, 20 * ThaiPdf.MM);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(t("memo.number.value", m.number()));
        doc.addCreator("Tidtam");
        doc.open();
        Paragraph title = ThaiPdf.paragraph(t("memo.heading"), heading);
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        if (m.secrecy().classified()) {
            Paragraph secret = ThaiPdf.paragraph(t("directive.secrecy." + m.secrecy().name()), label);
            secret.setAlignment(Element.ALIGN_CENTER);
            doc.add(secret);
        }
        doc.add(labelled(label, body, t("memo.pdf.agency"), m.agency()));
        doc.add(ThaiPdf.paragraph(body, chunk(t("memo.pdf.ref") + " ", label), chunk(text(m.referenceNo()) + "      ", body),
                chunk(t("memo.pdf.date") + " ", label), chunk(digits(ThaiDates.formatLong(m.memoDate(), THAI)), body)));
        doc.add(labelled(label, body, t("memo.pdf.subject"), m.subject()));
        doc.add(ThaiPdf.paragraph(body, chunk(t("memo.pdf.salutation") + "  ", body), chunk(text(m.salutation()), body)));
        for (String line : m.body().split("\\R")) {
            Paragraph p = ThaiPdf.paragraph(text(line), body);
            p.setFirstLineIndent(INDENT);
            doc.add(p);
        }
        m.annotations().stream().filter(a -> "SUBMIT".equals(a.kind())).findFirst()
                .ifPresent(a -> signature(doc, body, a.personName(), a.positionTitleTh(), null));
        if (m.annotations().stream().anyMatch(a -> !"SUBMIT".equals(a.kind()))) {
            doc.add(ThaiPdf.paragraph(" ", body));
            doc.add(ThaiPdf.paragraph(t("memo.annotations"), bold));
        }
        for (MemoDetails.AnnotationView a : m.annotations()) {
            if (!"SUBMIT".equals(a.kind())) {
                annotation(doc, body, a);
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private void annotation(Document doc, Font body, MemoDetails.AnnotationView a) {
        String head = switch (a.kind()) {
            case "PRESENT" -> t("memo.annotation.PRESENT", text(a.toTitleTh()), a.purpose() == null ? "" : t("memo.purpose." + a.purpose().name()));
            case "RETURN" -> t("memo.annotation.RETURN");
            default -> t("memo.annotation.DECIDE", a.decision() == null ? "" : t("memo.decision." + a.decision().name()));
        };
        Paragraph p = ThaiPdf.paragraph(head, body);
        p.setIndentationLeft(INDENT);
        doc.add(p);
        if (a.note() != null) {
            for (String line : a.note().split("\\R")) {
                Paragraph n = ThaiPdf.paragraph(text(line), body);
                n.setIndentationLeft(INDENT);
                doc.add(n);
            }
        }
        String capacity = a.onBehalfOfTitleTh() != null ? t("memo.annotation.on-behalf", a.onBehalfOfTitleTh())
                : "ACTING".equals(a.capacity()) ? t("org.capacity.ACTING") : null;
        signature(doc, body, a.personName(), a.positionTitleTh(), capacity);
        Paragraph when = ThaiPdf.paragraph(dateTime(a.at()), body);
        when.setIndentationLeft(SIGNATURE);
        doc.add(when);
    }

    private void signature(Document doc, Font body, String name, String position, String capacity) {
        doc.add(ThaiPdf.paragraph(" ", body));
        for (String line : new String[] { "(" + text(name) + ")", text(position), capacity }) {
            if (line != null) {
                Paragraph p = ThaiPdf.paragraph(line, body);
                p.setIndentationLeft(SIGNATURE);
                doc.add(p);
            }
        }
    }

    private static Paragraph labelled(Font label, Font body, String name, String value) {
        return ThaiPdf.paragraph(body, chunk(name + "  ", label), chunk(text(value), body));
    }

    private static Chunk chunk(String s, Font f) {
        return ThaiPdf.chunk(digits(s), f);
    }

    private String t(String key, Object... args) {
        return digits(translations.getTranslation(key, THAI, args));
    }

    private static String dateTime(Instant at) {
        return digits(ThaiDates.formatDateTime(LocalDateTime.ofInstant(at, ApplicationZone.ID), THAI));
    }

    private static String text(String s) {
        return s == null ? "" : digits(s);
    }

    private static String digits(String s) {
        return s == null ? "" : ThaiDigits.toThai(s);
    }
}
