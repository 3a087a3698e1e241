package th.tidtam.meeting.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.meeting.BodyKind;
import th.tidtam.meeting.BodyMember;
import th.tidtam.meeting.BodySummary;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.MemberRole;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingBody;
import th.tidtam.meeting.domain.MeetingBodyMember;
import th.tidtam.meeting.domain.MeetingBodyMemberRepository;
import th.tidtam.meeting.domain.MeetingBodyRepository;
import th.tidtam.meeting.domain.MeetingEvent;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.process.Workflows;

/**
 * The register of bodies that meet (with their members by position) and of their meetings: scheduling (one body never
 * meets twice at once), the number {@code N/BE-year} from the core's number series (each body's own, restarting every
 * calendar year), the cut-off for agenda items in working days, and the start of the meeting's cycle process.
 */
@Service
public class MeetingRegister {

    static final int MAX_CUT_OFF_DAYS = 30;
    static final int MAX_MEMBERS = 300;

    private final MeetingBodyRepository bodies;
    private final MeetingBodyMemberRepository members;
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final MeetingViews views;
    private final NumberSeries numbers;
    private final Timeline timeline;
    private final WorkingCalendar calendar;
    private final Workflows workflows;
    private final OrgDirectory org;
    private final Clock clock;

    MeetingRegister(MeetingBodyRepository bodies, MeetingBodyMemberRepository members, MeetingRepository meetings,
            MeetingAccess access, MeetingViews views, NumberSeries numbers, Timeline timeline, WorkingCalendar calendar,
            Workflows workflows, OrgDirectory org, Clock clock) {
        this.bodies = bodies;
        this.members = members;
        this.meetings = meetings;
        this.access = access;
        this.views = views;
        this.numbers = numbers;
        this.timeline = timeline;
        this.calendar = calendar;
        this.workflows = workflows;
        this.org = org;
        this.clock = clock;
    }

    // ---- bodies

    /** The bodies the current user sees: their province's, all for the provincial office's roles, else those they sit in. */
    @Transactional(readOnly = true)
    public List<BodySummary> bodies() {
        List<CurrentPosition> mine = access.mine();
        Set<Long> memberOf = MeetingAccess.seesAll(mine) ? Set.of() : access.memberBodies(mine);
        return bodies.findAllByOrderByKindAscCodeAsc().stream().filter(b -> MeetingAccess.inProvince(mine, b.getProvinceId()))
                .filter(b -> MeetingAccess.seesAll(mine) || memberOf.contains(b.getId())).map(MeetingViews::body).toList();
    }

    @Transactional(readOnly = true)
    public Optional<BodySummary> body(long bodyId) {
        return bodies().stream().filter(b -> b.id() == bodyId).findFirst();
    }

    /**
     * The province's monthly meeting, if registered (no visibility applies: for ports and start-up work): the current
     * user's province's, or the first registered when nobody in a province is signed in.
     */
    @Transactional(readOnly = true)
    public Optional<BodySummary> monthlyBody() {
        Set<Long> provinces = ProvinceScope.of(access.mine()).provinceIds();
        return bodies.findByKindAndActiveTrueOrderByIdAsc(BodyKind.MONTHLY).stream()
                .filter(b -> provinces.isEmpty() || provinces.contains(b.getProvinceId())).findFirst().map(MeetingViews::body);
    }

    @Transactional(readOnly = true)
    public List<BodyMember> members(long bodyId) {
        body(bodyId).orElseThrow(MeetingAccess::notFound);
        return views.members(members.findByBodyIdOrderByIdAsc(bodyId));
    }

    @Transactional
    public BodySummary createBody(BodyForm form) {
        CurrentPosition runner = access.requireRunner();
        // a body of the runner's province only: a chair elsewhere is no position here
        if (form == null || !access.positionIn(form.chairPositionId(), ProvinceScope.provinceOf(runner))) {
            throw new RuleViolation("meeting.error.position-not-found", "meeting.field.chair");
        }
        return newBody(form);
    }

    /**
     * The body registered, with every rule but who may (see {@link BodiesByOrder}: a signed order is the authority).
     * It belongs to its chair's province; its code is unique there, and so is an active monthly meeting.
     */
    BodySummary newBody(BodyForm form) {
        String code = MeetingText.line(form.code(), "meeting.field.code", 32, true).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9_-]*")) {
            throw new RuleViolation("meeting.error.code-format");
        }
        Optional<PositionSummary> chair = form.chairPositionId() == null ? Optional.empty() : org.position(form.chairPositionId());
        if (chair.isEmpty()) {
            throw new RuleViolation("meeting.error.position-not-found", "meeting.field.chair");
        }
        Long province = Optional.ofNullable(chair.get().provinceId()).or(access::defaultProvince)
                .orElseThrow(() -> new RuleViolation("meeting.error.position-not-found", "meeting.field.chair"));
        if (bodies.findByProvinceIdAndCode(province, code).isPresent()) {
            throw new RuleViolation("meeting.error.code-taken", code);
        }
        if (form.kind() == null) {
            throw new RuleViolation("meeting.error.required", "meeting.field.kind");
        }
        if (form.kind() == BodyKind.MONTHLY
                && !bodies.findByProvinceIdAndKindAndActiveTrueOrderByIdAsc(province, BodyKind.MONTHLY).isEmpty()) {
            throw new RuleViolation("meeting.error.monthly-exists");
        }
        MeetingBody body = new MeetingBody(code, "", "", form.kind(), null);
        body.setProvinceId(province);
        describe(body, form);
        return MeetingViews.body(bodies.save(body));
    }

    @Transactional
    public BodySummary updateBody(long bodyId, BodyForm form) {
        access.requireRunner();
        MeetingBody body = access.body(bodies.findById(bodyId));
        describe(body, form);
        return MeetingViews.body(body);
    }

    private void describe(MeetingBody body, BodyForm form) {
        String nameTh = MeetingText.line(form.nameTh(), "meeting.field.name-th", MeetingText.MAX_NAME, true);
        String nameEn = MeetingText.line(form.nameEn(), "meeting.field.name-en", MeetingText.MAX_NAME, true);
        String room = MeetingText.line(form.defaultRoom(), "meeting.field.room", MeetingText.MAX_NAME, false);
        if (!access.positionIn(form.chairPositionId(), body.getProvinceId())) {
            throw new RuleViolation("meeting.error.position-not-found", "meeting.field.chair");
        }
        if (form.secretaryUnitId() != null && org.unit(form.secretaryUnitId())
                .filter(u -> u.provinceId() == null || u.provinceId().equals(body.getProvinceId())).isEmpty()) {
            throw new RuleViolation("meeting.error.unit-not-found", form.secretaryUnitId());
        }
        int cutOff = form.cutOffWorkingDays() == null ? 5 : form.cutOffWorkingDays();
        if (cutOff < 0 || cutOff > MAX_CUT_OFF_DAYS) {
            throw new RuleViolation("meeting.error.cut-off-range", MAX_CUT_OFF_DAYS);
        }
        body.describe(nameTh, nameEn, form.chairPositionId(), form.secretaryUnitId(), room, cutOff,
                form.active() == null || form.active());
    }

    /** Adds a position to the body, or changes its role and duty to report. */
    @Transactional
    public BodyMember setMember(long bodyId, MemberForm form) {
        access.requireRunner();
        access.body(bodies.findById(bodyId));
        return putMember(bodyId, form);
    }

    BodyMember putMember(long bodyId, MemberForm form) {
        MeetingBody body = bodies.findById(bodyId).orElseThrow(MeetingAccess::notFound);
        if (form.positionId() == null || !access.positionIn(form.positionId(), body.getProvinceId())) {
            throw new RuleViolation("meeting.error.position-not-found", "meeting.field.member");
        }
        MemberRole role = form.role() == null ? MemberRole.MEMBER : form.role();
        MeetingBodyMember member = members.findByBodyIdAndPositionId(bodyId, form.positionId()).orElse(null);
        if (member == null) {
            if (members.findByBodyIdOrderByIdAsc(bodyId).size() >= MAX_MEMBERS) {
                throw new RuleViolation("meeting.error.too-many-members", MAX_MEMBERS);
            }
            member = members.save(new MeetingBodyMember(bodyId, form.positionId(), role, form.reportsEveryMeeting()));
        } else {
            member.change(role, form.reportsEveryMeeting());
        }
        return views.members(List.of(member)).get(0);
    }

    @Transactional
    public void removeMember(long bodyId, long positionId) {
        access.requireRunner();
        access.body(bodies.findById(bodyId));
        MeetingBodyMember member = members.findByBodyIdAndPositionId(bodyId, positionId).orElseThrow(MeetingAccess::notFound);
        members.delete(member);
    }

    // ---- meetings

    /** Schedules a meeting: refuses one that overlaps another meeting of the body; starts its cycle process. */
    @Transactional
    public MeetingSummary schedule(ScheduleMeeting command) {
        CurrentPosition runner = access.requireRunner();
        if (command.bodyId() == null) {
            throw new RuleViolation("meeting.error.required", "meeting.field.body");
        }
        MeetingBody body = access.body(bodies.findById(command.bodyId()));
        if (!body.isActive()) {
            throw new RuleViolation("meeting.error.body-inactive", body.getNameTh());
        }
        LocalDateTime startsAt = command.startsAt();
        if (startsAt == null) {
            throw new RuleViolation("meeting.error.required", "meeting.field.starts-at");
        }
        startsAt = startsAt.withSecond(0).withNano(0);
        LocalDateTime endsAt = command.endsAt() == null ? startsAt.plusHours(2) : command.endsAt().withSecond(0).withNano(0);
        if (!endsAt.isAfter(startsAt) || endsAt.isAfter(startsAt.plusHours(24))) {
            throw new RuleViolation("meeting.error.ends-before-start");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (startsAt.isBefore(now.minusYears(5)) || startsAt.isAfter(now.plusYears(3))) {
            throw new RuleViolation("meeting.error.date-out-of-range");
        }
        String room = MeetingText.line(command.room(), "meeting.field.room", MeetingText.MAX_NAME, false);
        AssignmentKind capacity = command.chairCapacity() == null ? AssignmentKind.HOLDER : command.chairCapacity();
        Long chair = command.chairPositionId() == null ? body.getChairPositionId() : command.chairPositionId();
        // the chair, the one in whose place and the secretary are positions of the body's province
        if (!access.positionIn(chair, body.getProvinceId())) {
            throw new RuleViolation("meeting.error.position-not-found", "meeting.field.chair");
        }
        Long inPlaceOf = capacity == AssignmentKind.HOLDER ? null : command.chairInPlaceOfPositionId();
        if (capacity != AssignmentKind.HOLDER && !access.positionIn(inPlaceOf, body.getProvinceId())) {
            throw new RuleViolation("meeting.error.chair-in-place-of");
        }
        Long secretary = command.secretaryPositionId() != null ? command.secretaryPositionId()
                : members.findByBodyIdOrderByIdAsc(body.getId()).stream().filter(m -> m.getRole() == MemberRole.SECRETARY)
                        .map(MeetingBodyMember::getPositionId).findFirst().orElse(null);
        if (secretary != null && !access.positionIn(secretary, body.getProvinceId())) {
            throw new RuleViolation("meeting.error.position-not-found", "meeting.field.secretary");
        }
        int cutOffDays = command.cutOffWorkingDays() == null ? body.getCutOffWorkingDays() : command.cutOffWorkingDays();
        if (cutOffDays < 0 || cutOffDays > MAX_CUT_OFF_DAYS) {
            throw new RuleViolation("meeting.error.cut-off-range", MAX_CUT_OFF_DAYS);
        }
        // lock the body's row: two secretaries scheduling the same afternoon queue here, and the second sees the first
        bodies.lockById(body.getId());
        List<Meeting> clash = meetings.overlapping(body.getId(), startsAt, endsAt, null, MeetingStatus.CANCELLED);
        if (!clash.isEmpty()) {
            throw new RuleViolation("meeting.error.overlap", clash.get(0).getNumber());
        }
        int year = startsAt.getYear();
        int seq = numbers.next(body.getProvinceId(), MeetingCase.numbers(body.getCode()), year);
        Instant at = clock.instant();
        Meeting meeting = new Meeting(body.getId(), seq, year + 543, startsAt, endsAt, at);
        meeting.setProvinceId(body.getProvinceId());
        meeting.chair(chair, capacity, inPlaceOf);
        meeting.place(room == null ? body.getDefaultRoom() : room, secretary, cutOffDate(startsAt.toLocalDate(), cutOffDays));
        meetings.save(meeting);
        timeline.record(MeetingCase.of(meeting.getId()), null, MeetingEvent.Kind.SCHEDULED, access.stamp(runner),
                meeting.getNumber(), at);
        meeting.setProcessInstanceId(workflows.start(MeetingCase.PROCESS_KEY, MeetingCase.businessKey(meeting.getId()),
                meeting.getProvinceId(), processVariables(meeting)));
        return MeetingViews.meeting(meeting, body);
    }

    /** Only ids, codes and dates go into the engine (its MySQL schema is utf8, 3-byte). */
    Map<String, Object> processVariables(Meeting meeting) {
        Instant cutOff = calendar.endOfWorkingDay(meeting.getCutOffDate());
        // the reminder falls on a working day of the meeting's province, whoever schedules or moves the meeting
        Instant remind = calendar.startOfWorkingDay(previousWorkingDay(calendar.ofCase(meeting.getProvinceId()),
                meeting.getCutOffDate()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("meetingId", meeting.getId());
        variables.put("meetingNumber", meeting.getNumber());
        variables.put("remindAt", Date.from(remind));
        variables.put("cutOffAt", Date.from(cutOff));
        variables.put("startsAt", Date.from(meeting.getStartsAt().atZone(clock.getZone()).toInstant()));
        return variables;
    }

    /** {@code days} working days before the meeting's day (the meeting's day itself when 0). */
    LocalDate cutOffDate(LocalDate meetingDay, int days) {
        LocalDate d = meetingDay;
        for (int i = 0; i < days; i++) {
            d = previousWorkingDay(d);
        }
        return d;
    }

    private LocalDate previousWorkingDay(LocalDate day) {
        return previousWorkingDay(calendar, day);
    }

    private static LocalDate previousWorkingDay(WorkingCalendar calendar, LocalDate day) {
        LocalDate d = day.minusDays(1);
        for (int guard = 0; !calendar.isWorkingDay(d) && guard < 60; guard++) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Calls the meeting off: its process ends, nothing more can be submitted. */
    @Transactional
    public MeetingSummary cancel(long meetingId, String reason) {
        CurrentPosition runner = access.requireRunner();
        Meeting meeting = access.ownProvince(meetings.lockById(meetingId));
        String why = MeetingText.lines(reason, "meeting.field.cancel-reason", MeetingText.MAX_REASON, true);
        if (meeting.getStatus() == MeetingStatus.CANCELLED || meeting.getStatus() == MeetingStatus.HELD) {
            throw new RuleViolation("meeting.error.cannot-cancel", meeting.getNumber());
        }
        meeting.setStatus(MeetingStatus.CANCELLED);
        meeting.setCancelReason(why);
        timeline.record(MeetingCase.of(meetingId), null, MeetingEvent.Kind.CANCELLED, access.stamp(runner), why, clock.instant());
        workflows.message(MeetingCycle.MESSAGE_CANCELLED, MeetingCase.PROCESS_KEY, MeetingCase.businessKey(meetingId));
        return summary(meeting);
    }

    /** The meeting, if the current user may see it. */
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> meeting(long meetingId) {
        return meetings.findById(meetingId).filter(this::visible).map(this::summary);
    }

    /** The positions a runner may pick as chair, secretary or member: those of their own province. */
    @Transactional(readOnly = true)
    public List<PositionSummary> positionsToChoose() {
        return ProvinceScope.of(access.mine()).provinceIds().stream().flatMap(p -> org.allPositions(p).stream()).toList();
    }

    /** The units (with their aliases) minutes of the meeting may name: its province's only; "not found" when not visible. */
    @Transactional(readOnly = true)
    public List<th.tidtam.org.service.UnitNames> unitNamesFor(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).filter(this::visible).orElseThrow(MeetingAccess::notFound);
        return org.unitNames(meeting.getProvinceId());
    }

    /** The body's meetings the current user sees, oldest first. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings(long bodyId) {
        // another province's body does not exist; for an account in no province it does (and shows no meeting)
        List<CurrentPosition> mine = access.mine();
        MeetingBody body = bodies.findById(bodyId).filter(b -> ProvinceScope.of(mine).provinceIds().isEmpty()
                || MeetingAccess.inProvince(mine, b.getProvinceId())).orElseThrow(MeetingAccess::notFound);
        return meetings.findByBodyIdOrderByStartsAtAscIdAsc(bodyId).stream().filter(this::visible)
                .map(m -> MeetingViews.meeting(m, body)).toList();
    }

    /** Every meeting the current user sees, of every body, oldest first. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> visibleMeetings() {
        List<CurrentPosition> mine = access.mine();
        Map<Long, MeetingBody> byId = bodies.findAll().stream().filter(b -> MeetingAccess.inProvince(mine, b.getProvinceId())).collect(Collectors.toMap(MeetingBody::getId, Function.identity()));
        return meetings.findByBodyIdInOrderByStartsAtAscIdAsc(byId.keySet()).stream().filter(this::visible)
                .sorted(Comparator.comparing(Meeting::getStartsAt)).map(m -> MeetingViews.meeting(m, byId.get(m.getBodyId())))
                .toList();
    }

    /** The body's first meeting (not cancelled) starting after the given one: the one that adopts its minutes. */
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> nextMeeting(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).filter(this::visible).orElseThrow(MeetingAccess::notFound);
        return meetings.findByBodyIdOrderByStartsAtAscIdAsc(meeting.getBodyId()).stream()
                .filter(m -> m.getStatus() != MeetingStatus.CANCELLED && m.getStartsAt().isAfter(meeting.getStartsAt()))
                .findFirst().map(this::summary);
    }

    /** The body's last meeting (not cancelled) before the given one: the one whose minutes it adopts. */
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> previousMeeting(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).filter(this::visible).orElseThrow(MeetingAccess::notFound);
        return meetings.findByBodyIdOrderByStartsAtAscIdAsc(meeting.getBodyId()).stream()
                .filter(m -> m.getStatus() != MeetingStatus.CANCELLED && m.getStartsAt().isBefore(meeting.getStartsAt()))
                .reduce((a, b) -> b).map(this::summary);
    }

    private boolean visible(Meeting m) {
        List<CurrentPosition> mine = access.mine();
        return !mine.isEmpty() && access.seesMeeting(mine, m);
    }

    private MeetingSummary summary(Meeting m) {
        return MeetingViews.meeting(m, bodies.findById(m.getBodyId()).orElseThrow());
    }
}
