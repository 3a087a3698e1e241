package th.tidtam.coordination;

/**
 * An answer of one party: the text, the kind's fields (PARTICIPANT: the nominee), and for a partner who answers
 * without a login, who answered.
 */
public record PartyAnswer(String answer, String nomineeName, String nomineePosition, String nomineePhone,
        String answererName, String answererPosition, String answererPhone) {
}
