package th.tidtam.matters.service;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.attachment.AttachmentPolicy;
import th.tidtam.matters.MatterStatus;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterPart;
import th.tidtam.matters.domain.MatterPartRepository;
import th.tidtam.matters.domain.MatterRepository;
import th.tidtam.org.service.CurrentPosition;

/**
 * The matter's answer to the attachment port: the matter's own papers are attached by the positions on its route
 * while it is open; a part's (progress evidence) by the part's holder or its unit while the part is not done.
 */
@Component
class MatterAttachmentRules implements AttachmentPolicy {

    private final MatterRepository matters;
    private final MatterPartRepository parts;
    private final MatterAccess access;

    MatterAttachmentRules(MatterRepository matters, MatterPartRepository parts, MatterAccess access) {
        this.matters = matters;
        this.parts = parts;
        this.access = access;
    }

    @Override
    public String caseType() {
        return MatterCase.TYPE;
    }

    @Override
    public CurrentPosition attacher(List<CurrentPosition> mine, long caseId, Long partId, Long reportId) {
        Matter matter = matters.findById(caseId).orElseThrow(MatterAccess::notFound);
        if (reportId != null) {
            throw new RuleViolation("attachment.error.part-not-on-directive");
        }
        return uploader(mine, matter, partId).orElseThrow(() -> new RuleViolation("attachment.error.no-position"));
    }

    @Override
    public boolean mayAttach(List<CurrentPosition> mine, long caseId, Long partId) {
        return matters.findById(caseId).flatMap(m -> uploader(mine, m, partId)).isPresent();
    }

    private Optional<CurrentPosition> uploader(List<CurrentPosition> mine, Matter matter, Long partId) {
        if (matter.getStatus() == MatterStatus.CLOSED) {
            return Optional.empty();
        }
        List<MatterPart> all = parts.findByMatterIdOrderByIdAsc(matter.getId());
        if (partId == null) {
            var route = access.route(matter, all);
            return mine.stream().filter(p -> route.contains(p.positionId())).findFirst();
        }
        return all.stream().filter(p -> p.getId().equals(partId) && p.getStatus().open()).findFirst()
                .flatMap(p -> access.worker(mine, p));
    }
}
