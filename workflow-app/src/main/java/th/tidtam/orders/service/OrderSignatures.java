package th.tidtam.orders.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.casework.ActorStamp;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;

/** The signature block under the order: the casework core's block of the regulation once signed, a blank one before. */
@Component
class OrderSignatures {

    private final OrgDirectory org;

    OrderSignatures(OrgDirectory org) {
        this.org = org;
    }

    List<String> block(ActorStamp signer, LocalDate day) {
        List<String> lines = new ArrayList<>();
        lines.add(" ");
        if (signer == null || signer.bySystem()) {
            lines.add("(......................................................)");
            lines.add(org.positionWithRole(th.tidtam.org.PositionRole.GOVERNOR).flatMap(org::position)
                    .map(PositionSummary::titleTh).orElse(""));
            return lines;
        }
        // TODO merge main: casework.signing.Signatures.of(signer, day, THAI)
        lines.add("(" + org.person(signer.personId()).map(PersonSummary::fullNameTh).orElse("-") + ")");
        lines.add(org.position(signer.positionId()).map(PositionSummary::titleTh).orElse(""));
        return lines;
    }
}
