package th.tidtam.outgoing.service;

import java.time.Instant;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.outgoing.domain.LetterText;
import th.tidtam.outgoing.domain.OutgoingBook;
import th.tidtam.outgoing.domain.OutgoingBookRepository;
import th.tidtam.outgoing.domain.OutgoingLetter;

/** The checks of a letter's fields, shared by drafting and by the clerk's direct registration. */
@Component
class LetterFields {

    static final int MAX_BODY = 20_000;

    private final OutgoingBookRepository books;
    private final OrgDirectory org;

    LetterFields(OutgoingBookRepository books, OrgDirectory org) {
        this.books = books;
        this.org = org;
    }

    /** The active book the form names; a letter without one has no place in any register. */
    OutgoingBook book(LetterForm form) {
        if (form == null || form.bookId() == null) {
            throw new RuleViolation("outgoing.error.no-book");
        }
        return books.findById(form.bookId()).filter(OutgoingBook::isActive)
                .orElseThrow(() -> new RuleViolation("outgoing.error.no-book"));
    }

    /** Checks every field first, then writes them: a refusal leaves the letter as it was. */
    void write(OutgoingLetter letter, LetterForm form, Long bookId, Instant at) {
        if (form == null) {
            throw new RuleViolation("outgoing.error.required", "outgoing.field.subject");
        }
        LetterText text = new LetterText(
                OutgoingText.lines(form.ownerAddress(), "outgoing.field.owner-address", 1000, true),
                OutgoingText.line(form.subject(), "outgoing.field.subject", 500, true),
                OutgoingText.line(form.salutation(), "outgoing.field.salutation", 500, true),
                OutgoingText.lines(form.reference(), "outgoing.field.reference", 1000, false),
                OutgoingText.lines(form.enclosures(), "outgoing.field.enclosures", 2000, false),
                OutgoingText.lines(form.body(), "outgoing.field.body", MAX_BODY, true),
                OutgoingText.line(form.closing(), "outgoing.field.closing", 100, true),
                OutgoingText.line(form.department(), "outgoing.field.department", 500, false),
                OutgoingText.line(form.phone(), "outgoing.field.phone", 100, false),
                OutgoingText.lines(form.recipients(), "outgoing.field.recipients", 2000, true),
                OutgoingText.lines(form.copiesTo(), "outgoing.field.copies-to", 1000, false));
        String matter = OutgoingText.line(form.matter(), "outgoing.field.matter", 32, false);
        if (matter != null && org.delegableMatters().stream().noneMatch(m -> m.code().equals(matter))) {
            throw new RuleViolation("outgoing.error.matter-unknown", matter);
        }
        String action = OutgoingText.line(form.actionTaken(), "outgoing.field.action", 1000, false);
        String remarks = OutgoingText.line(form.remarks(), "outgoing.field.remarks", 1000, false);
        SecrecyClass secrecy = form.secrecy() == null ? SecrecyClass.NONE : form.secrecy();
        Urgency urgency = form.urgency() == null ? Urgency.NORMAL : form.urgency();
        letter.write(text, Boolean.TRUE.equals(form.circular()), urgency, secrecy, matter, action, remarks,
                OutgoingViews.searchText(letter.getNumber(), text), at);
    }
}
