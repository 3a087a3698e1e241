package th.tidtam.memo.service;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FieldText;
import th.tidtam.casework.Urgency;
import th.tidtam.memo.MemoPurpose;
import th.tidtam.memo.SubjectSummary;
import th.tidtam.memo.domain.MemoText;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.OrgDirectory;

/** Checks a memo's fields: a clear refusal naming the field, nothing stored. */
@Component
class MemoTexts {

    static final int MAX_SUBJECT = 500;
    static final int MAX_BODY = 20_000;
    static final int MAX_NOTE = 4_000;
    private final OrgDirectory org;

    MemoTexts(OrgDirectory org) {
        this.org = org;
    }

    MemoText check(MemoDraft d, LocalDate today, Long addressee, String defaultSalutation, SubjectSummary subject) {
        String agency = line(d.agency(), "memo.field.agency", 500, true);
        String ref = line(d.referenceNo(), "memo.field.reference-no", 100, false);
        String title = line(d.subject(), "memo.field.subject", MAX_SUBJECT, true);
        String salutation = d.salutation() == null || d.salutation().isBlank() ? defaultSalutation
                : line(d.salutation(), "memo.field.salutation", 255, true);
        String body = FieldText.lines(d.body(), "memo.field.body", MAX_BODY, true);
        LocalDate date = d.memoDate() == null ? today : d.memoDate();
        if (date.isAfter(today)) {
            throw new RuleViolation("memo.error.date-future");
        }
        MemoPurpose purpose = parse(MemoPurpose.class, d.purpose(), MemoPurpose.CONSIDERATION, "memo.field.purpose");
        String matter = d.matter() == null || d.matter().isBlank()
                ? (subject != null && subject.matter() != null ? subject.matter() : "GENERAL")
                : d.matter().trim().toUpperCase(Locale.ROOT);
        if (org.delegableMatters().stream().noneMatch(m -> m.code().equals(matter))) {
            throw new RuleViolation("memo.error.matter-unknown");
        }
        Urgency urgency = parse(Urgency.class, d.urgency(),
                subject != null && subject.urgency() != null ? subject.urgency() : Urgency.NORMAL, "memo.field.urgency");
        SecrecyClass secrecy = secrecy(d.secrecy(), subject);
        return new MemoText(agency, ref, date, title, salutation, body, purpose, matter, urgency, secrecy, addressee);
    }

    /** ลับที่สุด is refused at the door, as for directives; a memo is never less secret than its subject. */
    private static SecrecyClass secrecy(String value, SubjectSummary subject) {
        if (value != null && value.trim().toUpperCase(Locale.ROOT).equals("TOP_SECRET")) {
            throw new RuleViolation("memo.error.top-secret");
        }
        SecrecyClass chosen = parse(SecrecyClass.class, value, SecrecyClass.NONE, "memo.field.secrecy");
        SecrecyClass floor = subject == null || subject.secrecy() == null ? SecrecyClass.NONE : subject.secrecy();
        return chosen.compareTo(floor) < 0 ? floor : chosen;
    }

    static String note(String note, boolean required) {
        return FieldText.lines(note, "memo.field.note", MAX_NOTE, required);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, String field) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new RuleViolation("memo.error.field-missing", field);
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("memo.error.field-invalid", field);
        }
    }

    private static String line(String text, String field, int max, boolean required) {
        return FieldText.line(text, field, max, required);
    }
}
