package th.tidtam.matters.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.matters.MatterStatus;
import th.tidtam.matters.UnownedMatter;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterDeclineRepository;
import th.tidtam.matters.domain.MatterRepository;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.org.service.UnitSummary;

/**
 * The matters still without an owner (waiting for triage, or declined back and not yet given again), oldest first:
 * the screen {@code matters/unowned} and its PDF any time, and the monthly alert to the head of office
 * ({@code ${unownedMatters.monthlyAlert()}}, on the first working day of each month).
 */
@Component("unownedMatters")
public class UnownedMatters {

    private final MatterRepository matters;
    private final MatterDeclineRepository declines;
    private final MatterAccess access;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final Alerts alerts;
    private final MatterRecords records;
    private final UnownedMattersPdf pdf;
    private final Provinces provinces;

    UnownedMatters(MatterRepository matters, MatterDeclineRepository declines, MatterAccess access, OrgDirectory org,
            WorkingCalendar calendar, Alerts alerts, MatterRecords records, UnownedMattersPdf pdf, Provinces provinces) {
        this.provinces = provinces;
        this.matters = matters;
        this.declines = declines;
        this.access = access;
        this.org = org;
        this.calendar = calendar;
        this.alerts = alerts;
        this.records = records;
        this.pdf = pdf;
    }

    /**
     * The list as the current user may see it (the head of office, the governor and the vice governors see all of their
     * province's).
     */
    @Transactional(readOnly = true)
    public List<UnownedMatter> list() {
        List<CurrentPosition> mine = access.mine();
        boolean all = mine.stream().anyMatch(p -> p.role() == PositionRole.HEAD_OF_OFFICE
                || p.role() == PositionRole.GOVERNOR || p.role() == PositionRole.VICE_GOVERNOR);
        return matters.withoutOwner(MatterAccess.provinces(mine)).stream().filter(m -> all || access.sees(mine, m, List.of())).map(this::row).toList();
    }

    @Transactional(readOnly = true)
    public byte[] pdf(Locale locale) {
        return pdf.render(list(), calendar.today(), locale);
    }

    /**
     * The monthly alert: on the month's first working day of each province (its own holidays count), one alert per
     * matter without an owner to the head of office of the matter's province.
     */
    @Transactional
    public int monthlyAlert() {
        LocalDate today = calendar.today();
        int raised = 0;
        for (ProvinceSummary province : provinces.all()) {
            if (!today.equals(calendar.inProvince(province.id()).nextWorkingDay(today.withDayOfMonth(1)))) {
                continue;
            }
            Long head = org.positionWithRole(province.id(), PositionRole.HEAD_OF_OFFICE).orElse(null);
            if (head == null) {
                continue;
            }
            for (Matter m : matters.withoutOwner(List.of(province.id()))) {
                alerts.raise(head, MatterCase.of(m.getId()), null, AlertKind.REMINDER, m.getNumber() + " " + m.getSubject()
                        + " · " + ChronoUnit.DAYS.between(m.getReceivedOn(), today) + " วัน", records.now());
                raised++;
            }
        }
        return raised;
    }

    private UnownedMatter row(Matter m) {
        String declined = m.getStatus() == MatterStatus.TRIAGE ? "" : declines.findByMatterIdOrderByIdAsc(m.getId()).stream()
                .filter(d -> d.getReassignedAt() == null)
                .map(d -> org.unit(d.getUnitId()).map(UnitSummary::nameTh).orElse("") + ": " + d.getReason())
                .collect(Collectors.joining("; "));
        return new UnownedMatter(m.getId(), m.getNumber(), m.getSubject(), m.getSource(), m.getReceivedOn(),
                ChronoUnit.DAYS.between(m.getReceivedOn(), calendar.today()), m.getStatus(), declined);
    }
}
