package th.tidtam.matters.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.ActorStamp;
import th.tidtam.matters.MatterStatus;
import th.tidtam.matters.PartStatus;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterPart;
import th.tidtam.matters.domain.MatterPartRepository;
import th.tidtam.matters.domain.MatterRepository;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.process.OrgRouting;

/**
 * The unowned-matter model's expressions ({@code ${matterRouting...}}): the parts to run, who holds each, their due
 * dates, the gateways' answers (read from the part's state, so no outcome variable is shared between parallel parts)
 * and closing the matter when every part is done. Runs in the engine's transaction.
 */
@Component("matterRouting")
public class MatterRouting {

    private final MatterRepository matters;
    private final MatterPartRepository parts;
    private final OrgDirectory org;
    private final OrgRouting orgRouting;
    private final WorkingCalendar calendar;
    private final MatterRecords records;
    private final Clock clock;

    MatterRouting(MatterRepository matters, MatterPartRepository parts, OrgDirectory org, OrgRouting orgRouting,
            WorkingCalendar calendar, MatterRecords records, Clock clock) {
        this.matters = matters;
        this.parts = parts;
        this.org = org;
        this.orgRouting = orgRouting;
        this.calendar = calendar;
        this.records = records;
        this.clock = clock;
    }

    /** The parts the triage created, one scope each. */
    public List<Long> partIds(Long matterId) {
        return parts.findByMatterIdOrderByIdAsc(matterId).stream().map(MatterPart::getId).toList();
    }

    /** The head of office of the matter's province (or whoever acts while the post is vacant): triage and review. */
    public String headOfOfficeGroup(Long matterId) {
        Matter matter = matters.findById(matterId).orElseThrow(() -> new IllegalStateException("No matter " + matterId));
        Long head = org.positionWithRole(matter.getProvinceId(), PositionRole.HEAD_OF_OFFICE)
                .orElseThrow(() -> new IllegalStateException("No head of office in province " + matter.getProvinceId()));
        return orgRouting.responsibleGroupOf(head);
    }

    /** The candidate group of the part's holder (the nearest filled position above a vacant one). */
    public String holderGroup(Long partId) {
        return groupOf(part(partId).getHolderPositionId());
    }

    String groupOf(Long positionId) {
        String code = org.position(positionId).map(PositionSummary::code).orElseThrow();
        return orgRouting.responsibleGroup(code);
    }

    /**
     * A unit head answers within two working days of the matter's province (the part may be routed with no user, so
     * the province comes from the matter).
     */
    public Date acceptDue(Long partId) {
        Long province = matters.findById(part(partId).getMatterId()).map(Matter::getProvinceId).orElse(null);
        WorkingCalendar calendar = this.calendar.ofCase(province);
        return Date.from(calendar.endOfWorkingDay(calendar.addWorkingDays(calendar.today(), 2)));
    }

    public Date partDue(Long partId) {
        return Date.from(calendar.endOfWorkingDay(part(partId).getDueDate()));
    }

    public boolean working(Long partId) {
        return part(partId).getStatus() == PartStatus.WORKING;
    }

    public boolean done(Long partId) {
        return part(partId).getStatus() == PartStatus.DONE;
    }

    /** The daily check: every morning at the start of work, from the next one on. */
    public String followUpCycle() {
        Instant now = clock.instant();
        LocalDate day = calendar.today();
        Instant first = calendar.startOfWorkingDay(day);
        if (!first.isAfter(now)) {
            first = calendar.startOfWorkingDay(day.plusDays(1));
        }
        return "R/" + first + "/P1D";
    }

    /** Every part done: the matter closes. */
    @Transactional
    public void close(Long matterId) {
        Matter matter = matters.findById(matterId).orElseThrow();
        if (matter.getStatus() != MatterStatus.CLOSED) {
            matter.close(records.now());
            records.event(matter, null, MatterEvent.CLOSED, ActorStamp.system(), null);
        }
    }

    private MatterPart part(Long partId) {
        return parts.findById(partId).orElseThrow(() -> new IllegalStateException("No matter part " + partId));
    }
}
