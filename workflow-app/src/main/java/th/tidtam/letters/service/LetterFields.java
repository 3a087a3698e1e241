package th.tidtam.letters.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;

/** The register's rules for each field of a letter received, checked before anything is stored or numbered. */
final class LetterFields {

    /** A letter is registered within this many years of its receipt (a back-filled paper register, not an archive). */
    static final int MAX_YEARS_BACK = 2;
    /** A sender's letter older than this is surely a typing slip of its year. */
    static final int MAX_SENDER_AGE_YEARS = 10;

    record Checked(LocalDateTime receivedAt, String senderNumber, LocalDate senderDate, String fromParty, String toParty,
            String subject, Urgency urgency, SecrecyClass secrecy, String attachments, String remarks, String externalId) {
    }

    private LetterFields() {
    }

    static Checked check(RegisterLetter c, Clock clock) {
        if (c == null) {
            throw new RuleViolation("error.unreadable-request");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime receivedAt = c.receivedAt() == null ? now : c.receivedAt().withSecond(0).withNano(0);
        if (receivedAt.isAfter(now)) {
            throw new RuleViolation("letters.error.received-in-future");
        }
        if (receivedAt.toLocalDate().isBefore(now.toLocalDate().minusYears(MAX_YEARS_BACK))) {
            throw new RuleViolation("letters.error.received-too-old", MAX_YEARS_BACK);
        }
        String senderNumber = SenderNumbers.canonical(c.senderNumber());
        if (c.senderDate() == null) {
            throw new RuleViolation("letters.error.required", "letters.field.sender-date");
        }
        if (c.senderDate().isAfter(receivedAt.toLocalDate())) {
            throw new RuleViolation("letters.error.sender-date-after-received");
        }
        if (c.senderDate().isBefore(receivedAt.toLocalDate().minusYears(MAX_SENDER_AGE_YEARS))) {
            throw new RuleViolation("letters.error.sender-date-too-old", MAX_SENDER_AGE_YEARS);
        }
        return new Checked(receivedAt, senderNumber, c.senderDate(),
                LetterText.line(c.fromParty(), "letters.field.from", LetterText.MAX_PARTY, true),
                LetterText.line(c.toParty(), "letters.field.to", LetterText.MAX_PARTY, true),
                LetterText.line(c.subject(), "letters.field.subject", LetterText.MAX_SUBJECT, true),
                urgency(c.urgency()), secrecy(c.secrecy()),
                LetterText.lines(c.attachments(), "letters.field.attachments", LetterText.MAX_ATTACHMENTS, false),
                LetterText.lines(c.remarks(), "letters.field.remarks", LetterText.MAX_NOTE, false),
                externalId(c.externalId()));
    }

    static Urgency urgency(String value) {
        if (value == null || value.isBlank()) {
            return Urgency.NORMAL;
        }
        return Urgency.of(value).orElseThrow(() -> new RuleViolation("letters.error.urgency-unknown"));
    }

    /** ลับที่สุด is refused at the door, as the directive module refuses it: never handled electronically. */
    static SecrecyClass secrecy(String value) {
        if (value == null || value.isBlank()) {
            return SecrecyClass.NONE;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.equals("TOP_SECRET")) {
            throw new RuleViolation("letters.error.top-secret");
        }
        try {
            return SecrecyClass.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("letters.error.secrecy-unknown");
        }
    }

    private static String externalId(String value) {
        String id = LetterText.line(value, "letters.field.external-id", LetterText.MAX_EXTERNAL_ID, false);
        if (id != null && !id.matches("[A-Za-z0-9._:/-]+")) {
            throw new RuleViolation("letters.error.external-id-format");
        }
        return id;
    }
}
