package th.tidtam.outgoing.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.casework.ActorStamp;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;

/**
 * The signature block as printed under a signed letter: "(name)", then the signer's own position, with
 * "รักษาราชการแทน" / "ปฏิบัติราชการแทน" when signing in another's place, then the position signed for. Kept as text
 * with the letter at signing, since holders change. TODO(merge): delegate to casework.signing.Signatures once on main.
 */
@Component
class SignatureLines {

    private final OrgDirectory org;

    SignatureLines(OrgDirectory org) {
        this.org = org;
    }

    /** The block as stored: the name on the first line, the position lines below. */
    String of(ActorStamp signer, LocalDate day) {
        String name = org.person(signer.personId()).map(PersonSummary::fullNameTh).orElse("");
        String signedFor = org.position(signer.positionId()).map(PositionSummary::titleTh).orElse("");
        List<String> lines = new ArrayList<>();
        lines.add(name);
        if (signer.capacity() == null || signer.capacity() == AssignmentKind.HOLDER) {
            lines.add(signedFor);
        } else {
            String own = org.positionsFilled(signer.personId()).stream()
                    .filter(p -> p.capacity() == AssignmentKind.HOLDER).map(CurrentPosition::titleTh).findFirst().orElse("");
            String capacity = signer.capacity() == AssignmentKind.ACTING ? "รักษาราชการแทน" : "ปฏิบัติราชการแทน";
            lines.add((own.isEmpty() ? "" : own + " ") + capacity);
            lines.add(signedFor);
        }
        return String.join("\n", lines);
    }
}
