package th.tidtam.casework.signing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import th.tidtam.casework.ActorStamp;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;

/**
 * The signature block of a letter, an order or a memo as the regulation words it: a holder signs with the position;
 * someone acting (รักษาราชการแทน) or exercising a delegation (ปฏิบัติราชการแทน) signs with their own position, the
 * capacity, and the position signed for on the line below. Written once here for every document of every case type.
 */
@Service
public class Signatures {

    private final OrgDirectory org;

    Signatures(OrgDirectory org) {
        this.org = org;
    }

    /**
     * The block for someone who signed for a position in a capacity. The own position is the one the person holds
     * substantively (HOLDER) today; without one, the capacity line stands alone.
     *
     * @param day kept for the record of when; positions and names are those on record now
     */
    public SignatureBlock of(ActorStamp signer, LocalDate day, Locale locale) {
        boolean thai = !"en".equals(locale.getLanguage());
        String name = org.person(signer.personId()).map(p -> name(p, thai)).orElse("");
        String signedFor = signer.positionId() == null ? ""
                : org.position(signer.positionId()).map(p -> p.title(thai)).orElse("");
        AssignmentKind capacity = signer.capacity() == null ? AssignmentKind.HOLDER : signer.capacity();
        if (capacity == AssignmentKind.HOLDER) {
            return new SignatureBlock(name, List.of(signedFor));
        }
        String words = capacity == AssignmentKind.ACTING ? (thai ? "รักษาราชการแทน" : "Acting for")
                : (thai ? "ปฏิบัติราชการแทน" : "On behalf of");
        String own = ownPosition(signer).map(p -> p.title(thai)).orElse(null);
        return new SignatureBlock(name, List.of(own == null ? words : own + " " + words, signedFor));
    }

    private Optional<CurrentPosition> ownPosition(ActorStamp signer) {
        if (signer.personId() == null) {
            return Optional.empty();
        }
        List<CurrentPosition> filled = org.positionsFilled(signer.personId());
        return filled.stream().filter(p -> p.capacity() == AssignmentKind.HOLDER && !p.positionId().equals(signer.positionId()))
                .findFirst();
    }

    private static String name(PersonSummary person, boolean thai) {
        String n = thai || person.fullNameEn() == null || person.fullNameEn().isBlank() ? person.fullNameTh() : person.fullNameEn();
        return "(" + n + ")";
    }
}
