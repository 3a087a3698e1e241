package th.tidtam.matters.service;

import th.tidtam.casework.Clearance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.matters.MatterStatus;
import th.tidtam.matters.PartStatus;
import th.tidtam.matters.TriageCommand;
import th.tidtam.matters.TriageOutcome;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterDecline;
import th.tidtam.matters.domain.MatterDeclineRepository;
import th.tidtam.matters.domain.MatterPart;
import th.tidtam.matters.domain.MatterPartRepository;
import th.tidtam.matters.domain.MatterRepository;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;

/**
 * The head of office's triage and the unit heads' answers: assign, split or keep; accept or decline (once per unit per
 * matter, with a reason); give a declined share to another unit or keep it. Each step locks the matter's row and checks
 * its state first, so a double click or a second holder finds it done and nothing changes.
 */
@Service
public class MatterTriage {

    static final int MAX_SHARES = 20;

    private final MatterRepository matters;
    private final MatterPartRepository parts;
    private final MatterDeclineRepository declines;
    private final MatterChecks checks;
    private final MatterAccess access;
    private final MatterRecords records;
    private final OrgDirectory org;

    private final Clearance clearance;
    MatterTriage(MatterRepository matters, MatterPartRepository parts, MatterDeclineRepository declines,
            MatterChecks checks, MatterAccess access, MatterRecords records, OrgDirectory org, Clearance clearance) {
        this.clearance = clearance;
        this.matters = matters;
        this.parts = parts;
        this.declines = declines;
        this.checks = checks;
        this.access = access;
        this.records = records;
        this.org = org;
    }

    /** The first triage (task {@code triageMatter}), by the head of office through {@code via}. */
    @Transactional
    public void triage(long matterId, CurrentPosition via, TriageCommand command) {
        Matter matter = matters.lock(matterId).orElseThrow(MatterAccess::notFound);
        if (matter.getStatus() != MatterStatus.TRIAGE) {
            throw new RuleViolation("task.error.already-done");
        }
        if (command == null || command.outcome() == null) {
            throw new RuleViolation("task.error.outcome-unknown");
        }
        String note = MatterChecks.text(MatterChecks.NOTE, command.note(), null, false);
        ActorStamp by = access.stamp(via);
        List<MatterPart> created = new ArrayList<>();
        switch (command.outcome()) {
            case ASSIGN, KEEP -> {
                boolean keep = command.outcome() == TriageOutcome.KEEP;
                UnitSummary unit = checks.holdingUnit(matter.getProvinceId(), command.unitId(), keep);
                LocalDate due = checks.dueDate(command.dueDate());
                created.add(newPart(matter, unit, keep, null, due));
            }
            case SPLIT -> {
                List<TriageCommand.Share> shares = command.shares() == null ? List.of() : command.shares();
                if (shares.size() < 2 || shares.size() > MAX_SHARES) {
                    throw new RuleViolation("matters.error.split-size", MAX_SHARES);
                }
                Set<Long> seen = new HashSet<>();
                for (TriageCommand.Share share : shares) {
                    if (share == null) {
                        throw new RuleViolation("matters.error.unit-gone");
                    }
                    UnitSummary unit = checks.holdingUnit(matter.getProvinceId(), share.unitId(), false);
                    if (!seen.add(unit.id())) {
                        throw new RuleViolation("matters.error.split-same-unit");
                    }
                    String text = MatterChecks.text(MatterChecks.SHARE, share.text(), "matters.error.share-missing", true);
                    created.add(newPart(matter, unit, false, text, checks.dueDate(share.dueDate())));
                }
            }
            default -> throw new RuleViolation("task.error.outcome-unknown");
        }
        created.forEach(parts::save);
        matter.triaged(created.stream().map(MatterPart::getDueDate).max(Comparator.naturalOrder()).orElseThrow());
        MatterEvent kind = switch (command.outcome()) {
            case ASSIGN -> MatterEvent.ASSIGNED;
            case SPLIT -> MatterEvent.SPLIT;
            case KEEP -> MatterEvent.KEPT;
        };
        for (MatterPart part : created) {
            records.event(matter, part.getId(), kind, by, records.unitName(part.getUnitId()) + (note == null ? "" : " · " + note));
            records.alert(part.getHolderPositionId(), matter, part.getId(), AlertKind.REQUESTED);
        }
        records.complete(matter, MatterCase.TASK_TRIAGE, null);
    }

    /** The unit head takes the share on (task {@code acceptMatter}). */
    @Transactional
    public void accept(long partId, CurrentPosition via) {
        MatterPart part = offered(partId);
        Matter matter = matters.findById(part.getMatterId()).orElseThrow();
        part.accept(records.now());
        records.event(matter, part.getId(), MatterEvent.ACCEPTED, access.stamp(via), records.unitName(part.getUnitId()));
        records.complete(matter, MatterCase.TASK_ACCEPT, part.getId());
    }

    /** The unit head declines with a reason, once per unit per matter; the share goes back to the head of office. */
    @Transactional
    public void decline(long partId, CurrentPosition via, String reason) {
        MatterPart part = offered(partId);
        String why = MatterChecks.text(MatterChecks.REASON, reason, "matters.error.reason-missing", true);
        if (declines.existsByMatterIdAndUnitId(part.getMatterId(), part.getUnitId())) {
            throw new RuleViolation("matters.error.declined-before");
        }
        Matter matter = matters.findById(part.getMatterId()).orElseThrow();
        ActorStamp by = access.stamp(via);
        declines.save(new MatterDecline(matter.getId(), part.getId(), part.getUnitId(), why, by, records.now()));
        part.decline();
        records.event(matter, part.getId(), MatterEvent.DECLINED, by, records.unitName(part.getUnitId()) + ": " + why);
        org.positionWithRole(matter.getProvinceId(), PositionRole.HEAD_OF_OFFICE).ifPresent(p -> records.alert(p, matter, part.getId(), AlertKind.REPORT_RETURNED));
        records.complete(matter, MatterCase.TASK_ACCEPT, part.getId());
    }

    /** The head of office gives a declined share to another unit, or keeps it in an office group (task {@code reassignMatter}). */
    @Transactional
    public void reassign(long partId, CurrentPosition via, TriageCommand command) {
        MatterPart part = parts.lock(partId).orElseThrow(MatterAccess::notFound);
        Matter matter = matters.lock(part.getMatterId()).orElseThrow();
        if (part.getStatus() != PartStatus.DECLINED) {
            throw new RuleViolation("task.error.already-done");
        }
        if (command == null || (command.outcome() != TriageOutcome.ASSIGN && command.outcome() != TriageOutcome.KEEP)) {
            throw new RuleViolation("task.error.outcome-unknown");
        }
        boolean keep = command.outcome() == TriageOutcome.KEEP;
        UnitSummary unit = checks.holdingUnit(matter.getProvinceId(), command.unitId(), keep);
        if (unit.id().equals(part.getUnitId())) {
            throw new RuleViolation("matters.error.same-unit-again");
        }
        LocalDate due = checks.dueDate(command.dueDate() == null ? part.getDueDate() : command.dueDate());
        String note = MatterChecks.text(MatterChecks.NOTE, command.note(), null, false);
        clearance.requireReceiving(org.headOf(unit.id()).orElseThrow(), matter.getSecrecy(), MatterCase.TYPE, matter.getId(),
                "assign");
        ActorStamp by = access.stamp(via);
        declines.findFirstByPartIdAndReassignedAtIsNullOrderByIdDesc(part.getId()).ifPresent(d -> d.reassigned(records.now()));
        String from = records.unitName(part.getUnitId());
        part.reassign(unit.id(), org.headOf(unit.id()).orElseThrow(), keep, due, records.now());
        if (matter.getDueDate() == null || due.isAfter(matter.getDueDate())) {
            matter.triaged(due);
        }
        records.event(matter, part.getId(), keep ? MatterEvent.KEPT : MatterEvent.REASSIGNED, by,
                from + " → " + unit.nameTh() + (note == null ? "" : " · " + note));
        records.alert(part.getHolderPositionId(), matter, part.getId(), AlertKind.REQUESTED);
        records.complete(matter, MatterCase.TASK_REASSIGN, part.getId());
    }

    private MatterPart newPart(Matter matter, UnitSummary unit, boolean kept, String share, LocalDate due) {
        Long head = org.headOf(unit.id()).orElseThrow();
        // before any part is saved: a classified matter goes only to a unit whose receiving position is cleared
        clearance.requireReceiving(head, matter.getSecrecy(), MatterCase.TYPE, matter.getId(), "assign");
        return new MatterPart(matter.getId(), unit.id(), head, kept, share, due, records.now());
    }

    private MatterPart offered(long partId) {
        MatterPart part = parts.lock(partId).orElseThrow(MatterAccess::notFound);
        if (part.getStatus() != PartStatus.OFFERED) {
            throw new RuleViolation("task.error.already-done");
        }
        return part;
    }
}
