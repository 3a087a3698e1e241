package th.tidtam.orders.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.base.i18n.Translations;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.signing.SignatureBlock;
import th.tidtam.casework.signing.Signatures;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/** The signature block under the order: the casework core's block of the regulation once signed, a blank one before. */
@Component
class OrderSignatures {

    private final OrgDirectory org;
    private final Signatures signatures;

    OrderSignatures(OrgDirectory org, Signatures signatures) {
        this.org = org;
        this.signatures = signatures;
    }

    /** A blank line to sign on, (name), then the position lines (a draft's: the governor of the order's province). */
    List<String> block(ActorStamp signer, LocalDate day, Long provinceId) {
        List<String> lines = new ArrayList<>();
        lines.add(" ");
        if (signer == null || signer.bySystem()) {
            lines.add("(......................................................)");
            lines.add(org.positionWithRole(provinceId, PositionRole.GOVERNOR).flatMap(org::position).map(PositionSummary::titleTh).orElse(""));
            return lines;
        }
        SignatureBlock block = signatures.of(signer, day, Translations.THAI);
        lines.add(block.name());
        lines.addAll(block.lines());
        return lines;
    }
}
