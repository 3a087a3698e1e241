package th.tidtam.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.coordination.AskKind;
import th.tidtam.coordination.NewRequest;
import th.tidtam.coordination.PartyAnswer;
import th.tidtam.coordination.service.CoordinationAnswers;
import th.tidtam.coordination.service.CoordinationCase;
import th.tidtam.coordination.service.CoordinationQueries;
import th.tidtam.coordination.service.CoordinationRequests;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.partners.PartnerKind;
import th.tidtam.partners.service.PartnerSummary;
import th.tidtam.partners.service.Partners;
import th.tidtam.process.EngineTime;
import th.tidtam.process.InboxFilter;
import th.tidtam.process.WorkItem;
import th.tidtam.work.MyTasks;
import th.tidtam.work.MyWork;

/**
 * Three coordination requests of the head of office, each step by the person whose position it is: the flood-risk
 * request answered by two agencies in My work and by the provincial administrative organisation through its one-time
 * link (ready to consolidate); one sent weeks ago that an agency never answered, replayed morning by morning so that it
 * stands reminded and escalated; and one sent today, waiting for its answers.
 */
@Component
class CoordinationDemoData {

    static final String FLOOD = "ขอข้อมูลจุดเสี่ยงน้ำท่วมเพื่อเตรียมรับมือฤดูฝน";

    private final CoordinationRequests requests;
    private final CoordinationAnswers answers;
    private final CoordinationQueries queries;
    private final Partners partners;
    private final MyWork work;
    private final MyTasks myTasks;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final EngineTime time;
    private final AsUser users;

    CoordinationDemoData(CoordinationRequests requests, CoordinationAnswers answers, CoordinationQueries queries,
            Partners partners, MyWork work, MyTasks myTasks, OrgDirectory org, WorkingCalendar calendar, EngineTime time,
            UserDetailsService users) {
        this.requests = requests;
        this.answers = answers;
        this.queries = queries;
        this.partners = partners;
        this.work = work;
        this.myTasks = myTasks;
        this.org = org;
        this.calendar = calendar;
        this.time = time;
        this.users = new AsUser(users);
    }

    boolean loaded() {
        return users.as("head", () -> queries.count(CoordinationQueries.Scope.MINE, null, null)) > 0;
    }

    int load() {
        flood();
        overdue();
        waiting();
        return 3;
    }

    private void flood() {
        LocalDate due = calendar.addWorkingDays(calendar.today(), 10);
        List<Long> partner = partner(PartnerKind.LOCAL_GOVERNMENT, "องค์การบริหารส่วนจังหวัด");
        CoordinationRequests.Sent sent = users.as("head", () -> {
            var draft = requests.draft(new NewRequest(FLOOD, AskKind.INFORMATION,
                    "ด้วยจังหวัดฉะเชิงเทราเตรียมการรับมือสถานการณ์น้ำหลากในฤดูฝนปีนี้ ขอให้แจ้งจุดเสี่ยงน้ำท่วมและน้ำท่วมขังในพื้นที่"
                            + "รับผิดชอบ พร้อมกำลังคน เครื่องจักร และเครื่องสูบน้ำที่พร้อมสนับสนุน เพื่อประกอบแผนเผชิญเหตุของจังหวัด",
                    due, "URGENT", "NONE", null, "กลุ่มงานอำนวยการ สำนักงานจังหวัด โทร 038-511-234 ต่อ 12",
                    List.of(unitOf("agency.disaster"), unitOf("agency.publicworks")), partner), List.of());
            return requests.send(draft.id());
        });
        answer("agency.disaster", sent, "จุดเสี่ยงน้ำท่วม 14 จุด ใน 6 อำเภอ (บางปะกง บ้านโพธิ์ บางคล้า ราชสาส์น พนมสารคาม เมือง) "
                + "เครื่องสูบน้ำพร้อมใช้ 22 เครื่อง รถบรรทุกน้ำ 4 คัน เจ้าหน้าที่อาสาพร้อมปฏิบัติงาน 120 นาย");
        answer("agency.publicworks", sent, "ตรวจสอบประตูระบายน้ำและท่อระบายน้ำสายหลักแล้ว 9 แห่ง พบต้องขุดลอก 3 แห่ง "
                + "จะดำเนินการให้แล้วเสร็จก่อนสิ้นเดือน");
        for (CoordinationRequests.PartnerLink link : sent.links()) {
            answers.answerAsPartner(link.token(), "demo", new PartyAnswer("พื้นที่ท้องถิ่นเสี่ยงน้ำท่วมขัง 5 ตำบล อบจ. สนับสนุนรถขุด 2 คัน "
                    + "และเรือท้องแบน 10 ลำ", null, null, null, "นายสมชาย ใจดี", "หัวหน้าฝ่ายป้องกันและบรรเทาสาธารณภัย",
                    "038-514-000 ต่อ 301"), List.of());
        }
    }

    /** Sent 8 working days ago, due in 3: the agriculture office never answered, so it climbed the ladder. */
    private void overdue() {
        LocalDate today = calendar.today();
        LocalDate sentOn = today;
        for (int i = 0; i < 8; i++) {
            sentOn = sentOn.minusDays(1);
            while (!calendar.isWorkingDay(sentOn)) {
                sentOn = sentOn.minusDays(1);
            }
        }
        LocalDate from = sentOn;
        time.replay(() -> {
            time.at(calendar.startOfWorkingDay(from).plus(Duration.ofHours(1)));
            CoordinationRequests.Sent sent = users.as("head", () -> {
                var draft = requests.draft(new NewRequest("ขอความเห็นต่อร่างแผนพัฒนาการเกษตรจังหวัด ปี 2570", AskKind.OPINION,
                        "ขอให้พิจารณาให้ความเห็นต่อร่างแผนพัฒนาการเกษตรของจังหวัด เพื่อเสนอคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ",
                        calendar.addWorkingDays(from, 3), "NORMAL", "NONE", null, "กลุ่มงานยุทธศาสตร์ฯ โทร 038-511-235",
                        List.of(unitOf("agency.agriculture"), unitOf("agency.cooperatives")), List.of()), List.of());
                return requests.send(draft.id());
            });
            time.at(calendar.startOfWorkingDay(calendar.addWorkingDays(from, 2)).plus(Duration.ofHours(2)));
            answer("agency.cooperatives", sent, "เห็นชอบในหลักการ เสนอเพิ่มโครงการส่งเสริมสหกรณ์ผู้ปลูกมะม่วงเพื่อการส่งออก");
            String process = users.as("head", () -> requests.processOf(sent.request().id()));
            for (LocalDate check = from.plusDays(1); check.isBefore(today); check = check.plusDays(1)) {
                time.at(calendar.startOfWorkingDay(check).plus(Duration.ofMinutes(30)));
                time.runDueTimers(process);
            }
            return null;
        });
    }

    private void waiting() {
        LocalDate due = calendar.addWorkingDays(calendar.today(), 7);
        users.as("head", () -> {
            var draft = requests.draft(new NewRequest("ขอรายชื่อผู้แทนเข้าร่วมประชุมคณะทำงานแก้ไขปัญหาผักตบชวา", AskKind.PARTICIPANT,
                    "ขอให้แจ้งชื่อ ตำแหน่ง และหมายเลขโทรศัพท์ของผู้แทนหน่วยงานเข้าร่วมประชุมคณะทำงาน ณ ห้องประชุมมรุพงษ์ศิริพัฒน์",
                    due, "NORMAL", "NONE", null, "กลุ่มงานอำนวยการ โทร 038-511-234", List.of(unitOf("agency.health"),
                            unitOf("agency.environment")), partner(PartnerKind.UNIVERSITY, null)), List.of());
            return requests.send(draft.id());
        });
    }

    private void answer(String user, CoordinationRequests.Sent sent, String text) {
        users.run(user, () -> {
            WorkItem item = work.page(InboxFilter.none(), 0, 500).stream()
                    .filter(w -> w.isOfCaseType(CoordinationCase.TYPE) && w.caseId() != null && w.caseId() == sent.request().id()
                            && CoordinationCase.TASK_ANSWER.equals(w.taskDefinitionKey()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No answer task of " + user));
            answers.answerAsAgency(item.taskId(), item.casePartId(), myTasks.mine(item.taskId()).orElseThrow().via(),
                    new PartyAnswer(text, null, null, null, null, null, null), List.of());
        });
    }

    private long unitOf(String username) {
        long person = org.person(username).orElseThrow(() -> new IllegalStateException("No demo login " + username)).id();
        return org.positionsFilled(person).get(0).unitId();
    }

    /** The first active partner of the kind whose name contains the text (or any of the kind); none when absent. */
    private List<Long> partner(PartnerKind kind, String nameContains) {
        return partners.search(null, kind, true, 0, 100).stream()
                .filter(p -> nameContains == null || p.nameTh().contains(nameContains)).map(PartnerSummary::id).limit(1).toList();
    }
}
