package th.tidtam.matters.service;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.matters.PartStatus;
import th.tidtam.matters.ProgressCommand;
import th.tidtam.matters.ProgressStatus;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterPart;
import th.tidtam.matters.domain.MatterPartRepository;
import th.tidtam.matters.domain.MatterProgress;
import th.tidtam.matters.domain.MatterProgressRepository;
import th.tidtam.matters.domain.MatterRepository;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.process.Workflows;

/**
 * Working a part like a directive's part: progress reports, a due-date extension asked of the head of office, the
 * final report and its review. The part's row is locked and its state checked before each step.
 */
@Service
public class MatterWork {

    private final MatterRepository matters;
    private final MatterPartRepository parts;
    private final MatterProgressRepository progress;
    private final MatterChecks checks;
    private final MatterAccess access;
    private final MatterRecords records;
    private final Workflows workflows;
    private final OrgDirectory org;

    MatterWork(MatterRepository matters, MatterPartRepository parts, MatterProgressRepository progress,
            MatterChecks checks, MatterAccess access, MatterRecords records, Workflows workflows, OrgDirectory org) {
        this.matters = matters;
        this.parts = parts;
        this.progress = progress;
        this.checks = checks;
        this.access = access;
        this.records = records;
        this.workflows = workflows;
        this.org = org;
    }

    /** A progress report by the holder (or a position of its unit) on a part being worked. */
    @Transactional
    public void report(long matterId, long partId, ProgressCommand command) {
        MatterPart part = working(matterId, partId);
        CurrentPosition via = worker(part);
        if (command == null || command.percent() == null || command.percent() < 0 || command.percent() > 99) {
            throw new RuleViolation("matters.error.percent");
        }
        ProgressStatus status = command.status() == null ? ProgressStatus.ON_TRACK : command.status();
        String text = MatterChecks.text(MatterChecks.REPORT, command.text(), "matters.error.report-missing", true);
        Matter matter = matters.findById(matterId).orElseThrow();
        ActorStamp by = access.stamp(via);
        progress.save(new MatterProgress(matterId, partId, command.percent(), status, text, false, by, records.now()));
        part.progress(command.percent(), status);
        records.event(matter, partId, MatterEvent.PROGRESS, by, command.percent() + "% " + status.name());
    }

    /** The holder asks the head of office for a later due date; one request at a time. */
    @Transactional
    public void requestExtension(long matterId, long partId, LocalDate to, String reason) {
        MatterPart part = working(matterId, partId);
        CurrentPosition via = worker(part);
        if (part.extensionPending()) {
            throw new RuleViolation("matters.error.extension-pending");
        }
        String why = MatterChecks.text(MatterChecks.REASON, reason, "matters.error.reason-missing", true);
        LocalDate day = checks.dueDate(to);
        if (!day.isAfter(part.getDueDate())) {
            throw new RuleViolation("matters.error.extension-not-later");
        }
        Matter matter = matters.findById(matterId).orElseThrow();
        part.requestExtension(day, why, records.now());
        records.event(matter, partId, MatterEvent.EXTENSION_REQUESTED, access.stamp(via), day + ": " + why);
        workflows.messageToScope(MatterCase.MESSAGE_EXTENSION, MatterCase.businessKey(matterId), "partId", partId);
    }

    /** The head of office's decision on an extension (task {@code decideMatterExtension}). */
    @Transactional
    public void decideExtension(long partId, CurrentPosition via, boolean approve, String note) {
        MatterPart part = parts.lock(partId).orElseThrow(MatterAccess::notFound);
        if (!part.extensionPending()) {
            throw new RuleViolation("task.error.already-done");
        }
        String why = MatterChecks.text(MatterChecks.NOTE, note, null, false);
        Matter matter = matters.lock(part.getMatterId()).orElseThrow();
        LocalDate to = part.getExtensionTo();
        part.extensionDecided(approve);
        if (approve && (matter.getDueDate() == null || to.isAfter(matter.getDueDate()))) {
            matter.triaged(to);
        }
        records.event(matter, partId, approve ? MatterEvent.EXTENSION_APPROVED : MatterEvent.EXTENSION_REFUSED,
                access.stamp(via), to + (why == null ? "" : " · " + why));
        records.alert(part.getHolderPositionId(), matter, partId, approve ? AlertKind.PUBLISHED : AlertKind.EXTENSION_REFUSED);
        records.complete(matter, MatterCase.TASK_EXTENSION, partId);
    }

    /** The holder's final report (task {@code workOnMatter}): the head of office reviews it. */
    @Transactional
    public void finalReport(long partId, CurrentPosition via, String text) {
        MatterPart part = parts.lock(partId).orElseThrow(MatterAccess::notFound);
        if (part.getStatus() != PartStatus.WORKING) {
            throw new RuleViolation("task.error.already-done");
        }
        String report = MatterChecks.text(MatterChecks.REPORT, text, "matters.error.report-missing", true);
        Matter matter = matters.findById(part.getMatterId()).orElseThrow();
        ActorStamp by = access.stamp(via);
        progress.save(new MatterProgress(matter.getId(), partId, 100, ProgressStatus.ON_TRACK, report, true, by, records.now()));
        part.finalReport(report, records.now());
        records.event(matter, partId, MatterEvent.FINAL_REPORT, by, records.unitName(part.getUnitId()));
        org.positionWithRole(matter.getProvinceId(), PositionRole.HEAD_OF_OFFICE).ifPresent(p -> records.alert(p, matter, partId, AlertKind.REQUESTED));
        records.complete(matter, MatterCase.TASK_WORK, partId);
    }

    /** The head of office accepts the final report (the part is done) or returns it (task {@code reviewMatterResult}). */
    @Transactional
    public void review(long partId, CurrentPosition via, boolean accept, String note) {
        MatterPart part = parts.lock(partId).orElseThrow(MatterAccess::notFound);
        if (part.getStatus() != PartStatus.REPORTED) {
            throw new RuleViolation("task.error.already-done");
        }
        String why = MatterChecks.text(MatterChecks.NOTE, note, accept ? null : "matters.error.return-note-missing", !accept);
        Matter matter = matters.findById(part.getMatterId()).orElseThrow();
        if (accept) {
            part.done(records.now());
        } else {
            part.returned();
            records.alert(part.getHolderPositionId(), matter, partId, AlertKind.REPORT_RETURNED);
        }
        records.event(matter, partId, accept ? MatterEvent.PART_DONE : MatterEvent.RETURNED, access.stamp(via), why);
        records.complete(matter, MatterCase.TASK_REVIEW, partId);
    }

    private MatterPart working(long matterId, long partId) {
        MatterPart part = parts.lock(partId).filter(p -> p.getMatterId() == matterId).orElseThrow(MatterAccess::notFound);
        Matter matter = matters.findById(matterId).orElseThrow(MatterAccess::notFound);
        List<MatterPart> all = parts.findByMatterIdOrderByIdAsc(matterId);
        if (!access.sees(access.mine(), matter, all)) {
            throw MatterAccess.notFound();
        }
        if (part.getStatus() != PartStatus.WORKING) {
            throw new RuleViolation("matters.error.not-working");
        }
        return part;
    }

    private CurrentPosition worker(MatterPart part) {
        return access.worker(access.mine(), part).orElseThrow(() -> new AccessDeniedException("only the part's holder works it"));
    }
}
