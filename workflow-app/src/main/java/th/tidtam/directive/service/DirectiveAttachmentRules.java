package th.tidtam.directive.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.attachment.AttachmentPolicy;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.directive.domain.ProgressReportRepository;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;

/**
 * The directive's answer to the casework core's attachment port. Adding takes a position on the directive while it
 * is open: its issuer, the governor, the head of office, the secretariat, or the holder (or delegate) of one of its
 * parts — of that part, when a part is named; a named part and report must be the directive's own. Each file added
 * is an entry on the directive's timeline, and each file of a classified directive shown is a recorded read.
 */
@Component
class DirectiveAttachmentRules implements AttachmentPolicy {

    private final DirectiveRepository directives;
    private final DirectivePartRepository parts;
    private final ProgressReportRepository reports;
    private final Timeline timeline;
    private final DirectiveReads reads;

    DirectiveAttachmentRules(DirectiveRepository directives, DirectivePartRepository parts,
            ProgressReportRepository reports, Timeline timeline, DirectiveReads reads) {
        this.directives = directives;
        this.parts = parts;
        this.reports = reports;
        this.timeline = timeline;
        this.reads = reads;
    }

    @Override
    public String caseType() {
        return DirectiveCase.TYPE;
    }

    @Override
    public CurrentPosition attacher(List<CurrentPosition> mine, long caseId, Long partId, Long reportId) {
        Directive directive = directives.findById(caseId).orElseThrow(ApiProblems.NotFound::new);
        List<DirectivePart> directiveParts = parts.findByDirectiveIdOrderByLeadDescIdAsc(directive.getId());
        if (partId != null && directiveParts.stream().noneMatch(p -> p.getId().equals(partId))) {
            throw new RuleViolation("attachment.error.part-not-on-directive");
        }
        if (reportId != null && reports.findById(reportId).filter(r -> r.getDirectiveId().equals(directive.getId())
                && (partId == null || r.getPartId().equals(partId))).isEmpty()) {
            throw new RuleViolation("attachment.error.part-not-on-directive");
        }
        CurrentPosition uploader = uploaderPosition(mine, directive, directiveParts, partId)
                .orElseThrow(() -> new RuleViolation("attachment.error.no-position"));
        if (!directive.getStatus().open()) {
            throw new RuleViolation("attachment.error.directive-closed", directive.getNumber());
        }
        return uploader;
    }

    @Override
    public boolean mayAttach(List<CurrentPosition> mine, long caseId, Long partId) {
        Directive directive = directives.findById(caseId).orElse(null);
        if (directive == null || !directive.getStatus().open()) {
            return false;
        }
        return uploaderPosition(mine, directive, parts.findByDirectiveIdOrderByLeadDescIdAsc(caseId), partId).isPresent();
    }

    @Override
    public void attached(CaseAttachments.Item item) {
        timeline.record(item.owner(), item.partId(), DirectiveEvent.Kind.ATTACHMENT_ADDED,
                new ActorStamp(item.uploaderPersonId(), item.positionId(), item.capacity()), item.fileName(),
                item.uploadedAt());
    }

    @Override
    public void shown(CaseAttachments.Item item) {
        directives.findById(item.owner().id()).ifPresent(d -> reads.shown(d, "attachment", item.id()));
    }

    /**
     * The position the user attaches in: the named part's holder or the position it was delegated to first, then the
     * issuer's position, any part's holder or delegate, and the provincial office's roles that answer for every
     * directive.
     */
    private static Optional<CurrentPosition> uploaderPosition(List<CurrentPosition> mine, Directive directive,
            List<DirectivePart> directiveParts, Long partId) {
        Set<Long> holders = directiveParts.stream().filter(p -> partId == null || p.getId().equals(partId))
                .flatMap(p -> Stream.of(p.getHolderPositionId(), p.getWorkerPositionId()))
                .collect(Collectors.toSet());
        return mine.stream().filter(p -> holders.contains(p.positionId())).findFirst()
                .or(() -> mine.stream().filter(p -> p.positionId().equals(directive.getIssuedByPositionId())).findFirst())
                .or(() -> mine.stream().filter(p -> p.role() == PositionRole.GOVERNOR
                        || p.role() == PositionRole.HEAD_OF_OFFICE || p.role() == PositionRole.SECRETARIAT).findFirst());
    }
}
