package th.tidtam.orders.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.orders.OrderKind;
import th.tidtam.orders.OrderMember;
import th.tidtam.orders.OrderSummary;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;

/**
 * The sentences of an order that come from its data: "ให้ <name> <own position> รักษาราชการแทน <position>", the
 * delegation to the vice governor, the committee's composition, "ทั้งนี้ ตั้งแต่วันที่ … เป็นต้นไป", the annex and the
 * signature block. Official Thai whatever the reader's language (the screen shows the same sentences).
 */
@Component
public class OrderWording {

    private static final Locale THAI = Translations.THAI;

    private final OrgDirectory org;
    private final OrderMatters matters;
    private final Translations translations;
    private final OrderSignatures signatures;
    private final java.time.Clock clock;

    OrderWording(OrgDirectory org, OrderMatters matters, Translations translations, OrderSignatures signatures,
            java.time.Clock clock) {
        this.clock = clock;
        this.org = org;
        this.matters = matters;
        this.translations = translations;
        this.signatures = signatures;
    }

    /** What the order orders, as one sentence of its kind. */
    public String ordered(OrderSummary o) {
        return switch (o.kind()) {
            case ACTING -> t("orders.doc.acting", who(o.personId()), title(o.positionId()));
            case DELEGATION -> t("orders.doc.delegation", who(o.personId()), title(o.positionId()));
            case COMMITTEE -> t("orders.doc.committee", o.bodyNameTh(), title(o.chairPositionId()));
        };
    }

    /** COMMITTEE: "๑. <position> <role>" per member. */
    public List<String> members(OrderSummary o) {
        List<String> lines = new ArrayList<>();
        if (o.kind() != OrderKind.COMMITTEE) {
            return lines;
        }
        lines.add("1. " + title(o.chairPositionId()) + " " + t("orders.doc.role.CHAIR"));
        int n = 1;
        for (OrderMember m : o.members()) {
            lines.add(++n + ". " + title(m.positionId()) + " " + t("orders.doc.role." + m.role().name()));
        }
        return lines;
    }

    public String effective(OrderSummary o) {
        String from = dateInFull(o.effectiveFrom());
        return o.effectiveTo() == null ? t("orders.doc.effective-from", from)
                : t("orders.doc.effective-period", from, dateInFull(o.effectiveTo()));
    }

    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** "๕ ธันวาคม พ.ศ. ๒๕๖๙" as orders write dates; a blank day and the month of today while unsigned. */
    public String dateInFull(java.time.LocalDate day) {
        java.time.LocalDate d = day != null ? day : today();
        return (day == null ? "\u00a0".repeat(8) : Integer.toString(d.getDayOfMonth())) + " "
                + ThaiDates.monthName(d.getMonthValue(), THAI) + " พ.ศ. " + ThaiDates.beYear(d);
    }

    /** DELEGATION: the matters delegated (annex ข), by name. */
    public List<String> annex(OrderSummary o) {
        return o.kind() == OrderKind.DELEGATION ? matters.namesOf(o.matters(), true) : List.of();
    }

    /** The delegable matters' codes a drafter may choose from. */
    public List<String> matterCodes() {
        return matters.codes();
    }

    public String matterName(String code, boolean thai) {
        return matters.namesOf(List.of(code), thai).get(0);
    }

    /** (name) / own position + capacity / the position signed for; dotted line to sign on while a draft. */
    public List<String> signature(OrderSummary o) {
        Long province = o.draftedBy() == null ? null
                : org.position(o.draftedBy().positionId()).map(PositionSummary::provinceId).orElse(null);
        return signatures.block(o.signedBy(), o.signedOn(), province);
    }

    /** "นาย ก ข ตำแหน่ง …" of a person, with the position they fill today. */
    String who(Long personId) {
        if (personId == null) {
            return "-";
        }
        String name = org.person(personId).map(PersonSummary::fullNameTh).orElse("-");
        String own = org.positionsFilled(personId).stream().filter(p -> p.capacity() == th.tidtam.org.AssignmentKind.HOLDER)
                .map(CurrentPosition::titleTh).findFirst().orElse("");
        return own.isEmpty() ? name : name + " " + t("orders.doc.position") + own;
    }

    String title(Long positionId) {
        return positionId == null ? "-" : org.position(positionId).map(PositionSummary::titleTh).orElse("-");
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, THAI, args);
    }
}
