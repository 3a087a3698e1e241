package th.tidtam.outgoing.service;

import th.tidtam.casework.search.SearchText;
import th.tidtam.casework.ActorStamp;
import th.tidtam.outgoing.LetterSummary;
import th.tidtam.outgoing.domain.LetterText;
import th.tidtam.outgoing.domain.OutgoingBook;
import th.tidtam.outgoing.domain.OutgoingLetter;

/** Outgoing letters as the module publishes them, and the text the search matches. */
final class OutgoingViews {

    private OutgoingViews() {
    }

    static LetterSummary letter(OutgoingLetter l, OutgoingBook book) {
        LetterText t = l.getText();
        ActorStamp signed = l.getSignedBy();
        return new LetterSummary(l.getId(), l.getBookId(), book == null ? null : book.getOwnerCode(), l.getStatus(),
                l.isCircular(), l.getNumber(), l.getLetterDate(), t.ownerAddress(), t.subject(), t.salutation(),
                t.reference(), t.enclosures(), t.body(), t.closing(), t.department(), t.phone(), t.recipients(),
                t.copiesTo(), l.getUrgency(), l.getSecrecy(), l.getMatter(), l.getActionTaken(), l.getRemarks(),
                l.getDraftedBy().positionId(), signed == null ? null : signed.personId(),
                signed == null ? null : signed.positionId(), signed == null ? null : signed.capacity(), l.getSignedAt(),
                l.getSignatureBlock(), l.getMemoId(), l.getUpdatedAt());
    }

    /**
     * What the search matches: number, subject, recipients, salutation, references and the body, folded like the
     * core's search (Thai digits as Arabic, lower case, white space collapsed).
     */
    static String searchText(String number, LetterText t) {
        return SearchText.fold(number, t.subject(), t.recipients(), t.salutation(), t.reference(), t.ownerAddress(), t.body());
    }

}
