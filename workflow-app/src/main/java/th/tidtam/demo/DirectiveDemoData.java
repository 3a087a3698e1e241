package th.tidtam.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.Cadence;
import th.tidtam.directive.Progress;
import th.tidtam.process.EngineTime;
import th.tidtam.directive.SourceKind;
import th.tidtam.directive.service.DirectiveCase;
import th.tidtam.directive.service.DirectiveService;
import th.tidtam.directive.service.DirectiveTasks;
import th.tidtam.directive.service.ProgressReviewTasks;
import th.tidtam.directive.service.UnitPartTasks;
import th.tidtam.directive.service.ScreeningAndClosure;
import th.tidtam.directive.service.DirectiveService.Issued;
import th.tidtam.directive.service.IssueDirective;
import th.tidtam.meeting.service.MinutesDirectives;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.process.InboxFilter;
import th.tidtam.process.WorkItem;
import th.tidtam.work.MyWork;

/**
 * The customer's example directives (demo/directive-examples.csv) issued and carried forward by the demo people
 * themselves, through the same services and process as real work, so that a fresh demo shows a living province:
 * directives being screened, returned with a question, in progress, proposed for closure and closed.
 */
@Component
class DirectiveDemoData {

    private enum Stage { SCREENING, RETURNED, SCREENED, ACKNOWLEDGED, REPORTED, PROPOSED, CLOSED }

    private record Example(int id, String subject, String leadPosition, List<String> supportPositions, boolean allDistricts,
            String urgency, Cadence cadence, Integer cadenceDays, SourceKind source, String meeting, String agenda,
            String reference, int workingDays, Stage stage, int issuedWorkingDaysAgo) {

        Example(int id, String subject, String leadPosition, List<String> supportPositions, boolean allDistricts,
                String urgency, Cadence cadence, Integer cadenceDays, SourceKind source, String meeting, String agenda,
                String reference, int workingDays, Stage stage) {
            this(id, subject, leadPosition, supportPositions, allDistricts, urgency, cadence, cadenceDays, source, meeting,
                    agenda, reference, workingDays, stage, 0);
        }
    }

    /** The meeting a directive of the minutes came from: the monthly meeting of about five weeks ago, or the last one. */
    private static final String PAST = "past";
    private static final String LAST = "last";

    private static final List<Example> EXAMPLES = List.of(
            new Example(1, "ตั้งจุดตรวจและจุดบริการประชาชนช่วงสงกรานต์", "AG-07-HEAD", List.of("AG-25-HEAD", "AG-12-HEAD"), true,
                    "VERY_URGENT", Cadence.DAILY, null, SourceKind.COMMITTEE, null, null, "ศปถ.จังหวัดฉะเชิงเทรา", 5, Stage.CLOSED),
            new Example(2, "รณรงค์ป้องกันและลดอุบัติเหตุทางถนนช่วงปีใหม่", "AG-07-HEAD", List.of(), true,
                    "MOST_URGENT", Cadence.DAILY, null, SourceKind.COMMITTEE, null, null, "ศปถ.จังหวัดฉะเชิงเทรา", 8, Stage.ACKNOWLEDGED),
            new Example(4, "กำจัดผักตบชวาในแม่น้ำบางปะกง", "AG-27-HEAD", List.of("DIST-02-CHIEF", "DIST-11-CHIEF", "DIST-03-CHIEF"),
                    false, "NORMAL", Cadence.MONTHLY, null, SourceKind.MEETING, PAST, "3.2", null, 6, Stage.REPORTED, 12),
            new Example(5, "จัดระเบียบการค้าขายบริเวณวัดโสธรวรารามวรวิหาร", "DIST-01-CHIEF", List.of("AG-30-HEAD"), false,
                    "NORMAL", Cadence.WEEKLY, null, SourceKind.FIELD_VISIT, null, null, "ตรวจราชการวัดโสธรฯ", 20, Stage.PROPOSED),
            new Example(8, "สร้างการรับรู้การป้องกันโรคติดต่อสู่ประชาชน", "DIST-01-CHIEF", List.of("AG-10-HEAD", "AG-12-HEAD"), true,
                    "NORMAL", Cadence.MONTHLY, null, SourceKind.MEETING, PAST, "3.1", null, 25, Stage.ACKNOWLEDGED, 3),
            new Example(9, "ขับเคลื่อนนโยบาย 8 Quick Win 3 ไร้ทุกข์ 5 สร้างสุข", "DIST-01-CHIEF", List.of(), true,
                    "NORMAL", Cadence.EVERY_N_DAYS, 90, SourceKind.ANNOTATION, null, null, null, 60, Stage.SCREENING),
            new Example(11, "เตรียมการจัดพิธีเฉลิมพระเกียรติวันฉัตรมงคล", "GRP-ADMIN-DIR", List.of(), false,
                    "URGENT", Cadence.BEFORE_NEXT_MEETING, null, SourceKind.MEETING, LAST, "3.3", null, 12, Stage.RETURNED),
            new Example(13, "รายงานสถานการณ์น้ำประจำเดือน", "AG-27-HEAD", List.of("AG-07-HEAD"), false,
                    "NORMAL", Cadence.MONTHLY, null, SourceKind.MEETING, LAST, "3.1", null, 20, Stage.SCREENED),
            new Example(14, "รายงานการเบิกจ่ายงบประมาณและภาวะเศรษฐกิจการคลังจังหวัด", "AG-18-HEAD", List.of(), false,
                    "NORMAL", Cadence.MONTHLY, null, SourceKind.MEETING, LAST, "3.2", null, 20, Stage.SCREENING),
            new Example(16, "เร่งรัดก่อหนี้และเบิกจ่ายงบประมาณให้ได้ตามเป้าหมาย", "AG-18-HEAD", List.of(), false,
                    "VERY_URGENT", Cadence.WEEKLY, null, SourceKind.LETTER, null, null, "มท 0211.3/ว 1234", 15, Stage.SCREENED, 6));

    private final DirectiveService directives;
    private final DirectiveTasks tasks;
    private final ScreeningAndClosure screening;
    private final UnitPartTasks unitParts;
    private final ProgressReviewTasks progressReviews;
    private final MyWork work;
    private final OrgDirectory org;
    private final UserDetailsService users;
    private final EngineTime time;
    private final WorkingCalendar calendar;
    private final MinutesDirectives minutesDirectives;
    private MeetingDemoData.Meetings meetings;

    DirectiveDemoData(MinutesDirectives minutesDirectives, DirectiveService directives, DirectiveTasks tasks, ScreeningAndClosure screening, UnitPartTasks unitParts, ProgressReviewTasks progressReviews, MyWork work, OrgDirectory org,
            UserDetailsService users, EngineTime time, WorkingCalendar calendar) {
        this.minutesDirectives = minutesDirectives;
        this.time = time;
        this.calendar = calendar;
        this.directives = directives;
        this.tasks = tasks;
        this.screening = screening;
        this.unitParts = unitParts;
        this.progressReviews = progressReviews;
        this.work = work;
        this.org = org;
        this.users = users;
    }

    /**
     * Each step is its own transaction, done by the user whose position it belongs to. The meeting's directives are
     * issued from the minutes of the demo meetings (carrying the meeting and its agenda item), by the secretariat.
     */
    int load(MeetingDemoData.Meetings meetings) {
        this.meetings = meetings;
        Map<Integer, String> texts = new java.util.HashMap<>();
        for (String[] row : ChainOfCommandDemoData.csv("demo/directive-examples.csv")) {
            texts.put(Integer.parseInt(row[0]), row[2]);
        }
        int issued = 0;
        for (Example e : EXAMPLES) {
            if (e.issuedWorkingDaysAgo() == 0) {
                advance(issue(e, texts), e, () -> { });
            } else {
                time.replay(() -> replay(e, texts));
            }
            issued++;
        }
        return issued;
    }

    private Issued issue(Example e, Map<Integer, String> texts) {
        if (e.source() == SourceKind.MEETING && meetings != null) {
            long meetingId = (PAST.equals(e.meeting()) ? meetings.past() : meetings.last()).id();
            return as("secretary", () -> minutesDirectives.issueFromMinutes(meetingId, List.of(new MinutesDirectives.DraftDirective(
                    e.agenda(), e.subject(), texts.getOrDefault(e.id(), e.subject()), unit(e.leadPosition()),
                    e.supportPositions().stream().map(this::unit).toList(), e.allDistricts(), false,
                    calendar.addWorkingDays(calendar.today(), e.workingDays()), e.cadence(), e.cadenceDays(), e.urgency(),
                    "NONE")))).get(0);
        }
        String meeting = PAST.equals(e.meeting()) ? "10/2569" : LAST.equals(e.meeting()) ? "11/2569" : e.meeting();
        return as(e.id() % 3 == 0 ? "secretary" : "governor", () -> directives.issueAndTell(new IssueDirective(e.subject(),
                texts.getOrDefault(e.id(), e.subject()), e.urgency(), "NONE", unit(e.leadPosition()),
                e.supportPositions().stream().map(this::unit).toList(), e.allDistricts(), null, e.workingDays(),
                e.cadence(), e.cadenceDays(), e.source(), e.reference(), meeting, e.agenda(), null)));
    }

    /**
     * Issued weeks ago: the directive is issued and screened on that day, the units act on the next working day, and
     * every morning since then the follow-up check has run, so late parts stand escalated as they would be today.
     */
    private Issued replay(Example e, Map<Integer, String> texts) {
        LocalDate today = calendar.today();
        LocalDate day = today;
        for (int i = 0; i < e.issuedWorkingDaysAgo(); i++) {
            day = day.minusDays(1);
            while (!calendar.isWorkingDay(day)) {
                day = day.minusDays(1);
            }
        }
        LocalDate issuedOn = day;
        time.at(calendar.startOfWorkingDay(issuedOn).plus(Duration.ofHours(1)));
        Issued d = issue(e, texts);
        LocalDate actedOn = calendar.addWorkingDays(issuedOn, 1);
        advance(d, e, () -> time.at(calendar.startOfWorkingDay(actedOn).plus(Duration.ofMinutes(90))));
        for (LocalDate check = actedOn.plusDays(1); check.isBefore(today); check = check.plusDays(1)) {
            time.at(calendar.startOfWorkingDay(check).plus(Duration.ofMinutes(30)));
            time.runDueTimers(d.processInstanceId());
        }
        return d;
    }

    private void advance(Issued d, Example e, Runnable nextWorkingDay) {
        Stage stage = e.stage();
        // in the communicable-disease directive the health office hands its part to its disease control section
        boolean delegateHealth = e.id() == 8;
        if (stage == Stage.SCREENING) {
            return;
        }
        String screeningTask = task("head", d, DirectiveTasks.SCREEN).orElseThrow();
        if (stage == Stage.RETURNED) {
            as("head", () -> {
                screening.screen(screeningTask, DirectiveTasks.ScreeningOutcome.RETURN, "ขอทราบว่าให้กลุ่มงานอำนวยการเป็นหน่วยงานหลักเพียงหน่วยเดียวหรือไม่", null, null);
                return null;
            });
            return;
        }
        as("head", () -> {
            screening.screen(screeningTask, DirectiveTasks.ScreeningOutcome.CONFIRM, null, null, null);
            return null;
        });
        if (stage == Stage.SCREENED) {
            return;
        }
        nextWorkingDay.run();
        List<String[]> acks = new ArrayList<>();
        for (String user : holders(d)) {
            task(user, d, DirectiveTasks.ACKNOWLEDGE).ifPresent(t -> acks.add(new String[] { user, t }));
        }
        // in the acknowledged stage one unit is still to acknowledge, so the board shows work waiting
        int toAcknowledge = stage == Stage.ACKNOWLEDGED ? Math.max(1, acks.size() - 1) : acks.size();
        for (String[] a : acks.subList(0, toAcknowledge)) {
            as(a[0], () -> {
                unitParts.acknowledge(a[1], delegateHealth && a[0].equals("agency.health") ? org.positionByCode("AG-HEALTH-CDC-HEAD").orElseThrow().id() : null);
                return null;
            });
        }
        // the section's first progress report awaits review by the health office
        task("health.cdc", d, DirectiveTasks.REPORT).ifPresent(t -> as("health.cdc", () -> progressReviews.fileProgressReport(t,
                Progress.AT_RISK, 40, "จัดอบรมอาสาสมัครสาธารณสุขแล้ว 4 อำเภอ จาก 11 อำเภอ",
                "รอสื่อประชาสัมพันธ์จากกรมควบคุมโรค")));
        if (stage == Stage.ACKNOWLEDGED) {
            return;
        }
        int reported = 0;
        for (String[] a : acks) {
            if (stage == Stage.REPORTED && reported == 1) {
                break;
            }
            task(a[0], d, DirectiveTasks.REPORT).ifPresent(t -> as(a[0], () -> {
                unitParts.submitFinalReport(t, "ดำเนินการตามข้อสั่งการแล้ว รายละเอียดและภาพถ่ายตามเอกสารแนบ");
                return null;
            }));
            reported++;
        }
        if (stage == Stage.REPORTED) {
            return;
        }
        String evidence = task("head", d, DirectiveTasks.EVIDENCE).orElseThrow();
        as("head", () -> {
            screening.proposeClosure(evidence, "ตรวจสอบหลักฐานของทุกหน่วยงานครบถ้วน");
            return null;
        });
        if (stage == Stage.PROPOSED) {
            return;
        }
        String decision = task("governor", d, DirectiveTasks.CLOSURE).orElseThrow();
        as("governor", () -> {
            screening.decideClosure(decision, DirectiveTasks.ClosureOutcome.CLOSE, "ทราบ ปิดเรื่อง", null, null);
            return null;
        });
    }

    /** Logins of the people holding the directive's parts (demo people hold one position each, bar the acting ones). */
    private List<String> holders(Issued d) {
        return org.allPeople().stream().map(PersonSummary::username)
                .filter(u -> task(u, d, DirectiveTasks.ACKNOWLEDGE).isPresent()).toList();
    }

    private Optional<String> task(String user, Issued d, String kind) {
        return as(user, () -> work.page(InboxFilter.none().containing(d.number()), 0, 200).stream()
                .filter(w -> w.isOfCaseType(DirectiveCase.TYPE) && w.caseId() != null && d.id() == w.caseId()
                        && kind.equals(w.taskDefinitionKey()))
                .map(WorkItem::taskId).findFirst());
    }

    private Long unit(String positionCode) {
        return org.positionByCode(positionCode).orElseThrow(() -> new IllegalStateException("No position " + positionCode)).unitId();
    }

    private <T> T as(String username, java.util.function.Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
