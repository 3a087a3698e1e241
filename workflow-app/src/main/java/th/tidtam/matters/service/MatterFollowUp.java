package th.tidtam.matters.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.lateness.EscalationLadder;
import th.tidtam.matters.PartStatus;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterPart;
import th.tidtam.matters.domain.MatterPartRepository;
import th.tidtam.matters.domain.MatterRepository;

/**
 * The daily check of a part ({@code ${matterFollowUp.check(partId)}}), like a directive part's: one reminder on the
 * working day before the due date in force, and after it one rung of the province's escalation ladder each
 * {@code tidtam.follow-up.escalation-step-working-days} (the directive's setting: the province has one ladder) — an
 * alert to the rung (who then sees the matter and its complainant) and to the holder. Nothing on a day off.
 */
@Component("matterFollowUp")
public class MatterFollowUp {

    private final MatterRepository matters;
    private final MatterPartRepository parts;
    private final MatterRecords records;
    private final WorkingCalendar calendar;
    private final EscalationLadder ladder;
    private final int stepWorkingDays;

    MatterFollowUp(MatterRepository matters, MatterPartRepository parts, MatterRecords records, WorkingCalendar calendar,
            EscalationLadder ladder, @Value("${tidtam.follow-up.escalation-step-working-days:2}") int stepWorkingDays) {
        this.matters = matters;
        this.parts = parts;
        this.records = records;
        this.calendar = calendar;
        this.ladder = ladder;
        this.stepWorkingDays = Math.max(1, stepWorkingDays);
    }

    @Transactional
    public void check(Long partId) {
        MatterPart part = parts.findById(partId).orElse(null);
        if (part == null || part.getStatus() == PartStatus.DONE || part.getStatus() == PartStatus.DECLINED) {
            return;
        }
        Matter matter = matters.findById(part.getMatterId()).orElseThrow();
        // the job executor has no user: the matter's province says whose holidays are days off
        WorkingCalendar calendar = this.calendar.ofCase(matter.getProvinceId());
        LocalDate today = calendar.today();
        if (!calendar.isWorkingDay(today)) {
            return;
        }
        LocalDate due = part.getDueDate();
        LocalDate tomorrow = calendar.addWorkingDays(today, 1);
        if (!due.isBefore(today) && !due.isAfter(tomorrow) && !due.equals(part.getRemindedFor())
                && part.getStatus() != PartStatus.REPORTED) {
            part.reminded(due);
            records.event(matter, partId, MatterEvent.REMINDED, new ActorStamp(null, part.getHolderPositionId(), null), due.toString());
            records.alert(part.getHolderPositionId(), matter, partId, AlertKind.REMINDER);
        }
        // a final report waiting for review is the head of office's to move, not the holder's lateness
        if (part.getStatus() == PartStatus.REPORTED || !due.isBefore(today)) {
            return;
        }
        List<Long> rungs = ladder.rungs(part.getHolderPositionId(), part.getUnitId(), matter.getSecrecy());
        Optional<EscalationLadder.Step> step = ladder.nextStep(matter.getProvinceId(), rungs, due, today, part.getEscalationLevel(), stepWorkingDays);
        step.ifPresent(s -> {
            part.escalate(s.level(), records.now());
            records.event(matter, partId, MatterEvent.ESCALATED, new ActorStamp(null, s.positionId(), null), "OVERDUE " + s.level());
            records.alert(s.positionId(), matter, partId, AlertKind.ESCALATED_TO_YOU);
            records.alert(part.getHolderPositionId(), matter, partId, AlertKind.ESCALATED);
        });
    }
}
