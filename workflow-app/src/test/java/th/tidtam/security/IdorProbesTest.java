package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.SecrecyClass;
import th.tidtam.directive.service.DirectiveBoard;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * Nobody reads or changes what their positions do not cover: each secrecy class against every way in (by id, lists,
 * diagram, files, tasks, alerts, board, dashboard drill-down, the meeting report's PDF and Excel), and guessed ids of
 * someone else's directive, task, file, saved filter and alert. The convention is the application's: what a user
 * may not see answers 404 exactly like what does not exist, and a refused write changes nothing.
 */
@IntegrationTest
class IdorProbesTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Users spanning every role, with and without a position on the health office's directives. */
    private static final List<String> USERS = List.of("governor", "head", "agency.health", "vicegovernor1", "vicegovernor2",
            "secretary", "staff", "director.admin", "district.banpho", "health.cdc", "admin");
    private static final Set<String> SEE_EVERY_CLASS = Set.of("governor", "head", "agency.health");
    /** The vice governor supervising the health office sees its ordinary directives only. */
    private static final Set<String> SEE_ORDINARY = Set.of("governor", "head", "agency.health", "vicegovernor2");
    private static final Set<String> DASHBOARD = Set.of("governor", "head", "vicegovernor1", "vicegovernor2");
    private static final Set<String> REPORTS = Set.of("governor", "head", "vicegovernor1", "vicegovernor2", "secretary");

    @LocalServerPort
    int port;

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    private CheapLogins cheapLogins;

    @BeforeEach
    void cheapLogins() {
        cheapLogins = new CheapLogins(jdbc, USERS);
    }

    @AfterEach
    void restoreLogins() {
        cheapLogins.restore();
    }

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DirectiveBoard board;

    @Autowired
    WorkingCalendar calendar;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private RawHttp http() {
        return new RawHttp(port);
    }

    private long healthUnit() {
        return org.positionByCode("AG-12-HEAD").orElseThrow().unitId();
    }

    private long issueToHealth(String subject, SecrecyClass secrecy) {
        return directives.issueScreened(directives.draft(subject, healthUnit())
                .text("ให้สำนักงานสาธารณสุขจังหวัดดำเนินการ " + subject).secrecy(secrecy.name()).meeting("99/2569", "3.9"));
    }

    private boolean sees(String user, SecrecyClass secrecy) {
        return secrecy == SecrecyClass.NONE ? SEE_ORDINARY.contains(user) : SEE_EVERY_CLASS.contains(user);
    }

    @Test
    void eachSecrecyClassIsReadOnlyByWhoeverItsRuleClearsThroughEveryWayIn() {
        Map<SecrecyClass, Long> directives = new EnumMap<>(SecrecyClass.class);
        Map<SecrecyClass, Long> files = new EnumMap<>(SecrecyClass.class);
        Map<SecrecyClass, String> markers = new EnumMap<>(SecrecyClass.class);
        for (SecrecyClass secrecy : SecrecyClass.values()) {
            String marker = "SECRECY-" + secrecy.name() + "-" + System.nanoTime();
            long id = issueToHealth("ตรวจสอบชั้นความลับ " + marker, secrecy);
            RawHttp.Reply file = http().upload("/api/directives/" + id + "/attachments", "agency.health", "หลักฐาน.pdf",
                    "application/pdf", PDF, Map.of());
            assertThat(file.status()).as(file.text()).isEqualTo(201);
            directives.put(secrecy, id);
            files.put(secrecy, file.json().get("id").asLong());
            markers.put(secrecy, marker);
        }
        String today = calendar.today().toString();
        List<String> leaks = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        int reads = 0;
        for (String user : USERS) {
            JsonNode list = api.get("/api/directives?limit=200", user).body().get("items");
            JsonNode tasks = api.get("/api/tasks?limit=500", user).body();
            JsonNode alerts = api.get("/api/alerts?limit=100", user).body();
            JsonNode drill = DASHBOARD.contains(user)
                    ? api.get("/api/dashboard/directives?figure=OPEN_DIRECTIVES&limit=200", user).body().get("items") : null;
            List<Long> onBoard = DASHBOARD.contains(user) ? boardAs(user) : List.of();
            String xlsx = REPORTS.contains(user) ? xlsxText(http().get("/api/reports/follow-up?format=xlsx&from=" + today
                    + "&to=" + today, user)) : null;
            for (SecrecyClass secrecy : SecrecyClass.values()) {
                long id = directives.get(secrecy);
                boolean cleared = sees(user, secrecy);
                Map<String, Boolean> readable = new LinkedHashMap<>();
                readable.put("by id", api.get("/api/directives/" + id, user).status() == 200);
                readable.put("diagram", api.get("/api/directives/" + id + "/diagram.svg", user).status() == 200);
                readable.put("file list", api.get("/api/directives/" + id + "/attachments", user).status() == 200);
                readable.put("file download", http().get("/api/attachments/" + files.get(secrecy), user).status() == 200);
                readable.put("directive list", list.findValuesAsText("id").contains(String.valueOf(id)));
                if (drill != null) {
                    readable.put("dashboard drill-down", drill.findValuesAsText("id").contains(String.valueOf(id)));
                    readable.put("board", onBoard.contains(id));
                }
                if (xlsx != null) {
                    readable.put("report xlsx", xlsx.contains(markers.get(secrecy)));
                }
                readable.forEach((way, read) -> {
                    if (read && !cleared) {
                        leaks.add(secrecy + " directive read by " + user + " through " + way);
                    }
                    if (!read && cleared) {
                        misses.add(secrecy + " directive not readable by " + user + " through " + way);
                    }
                });
                reads += readable.size();
                if (!cleared) {
                    // tasks and alerts go to positions on the route only, so nobody else may hold one
                    for (JsonNode t : tasks) {
                        if (t.path("directiveId").asLong() == id) {
                            leaks.add(secrecy + " directive's task in the inbox of " + user);
                        }
                    }
                    for (JsonNode a : alerts) {
                        if ("DIRECTIVE".equals(a.path("caseType").asText()) && a.path("caseId").asLong() == id) {
                            leaks.add(secrecy + " directive's alert to " + user);
                        }
                    }
                    reads += 2;
                }
            }
        }
        // the PDF is text too: a classified subject must not be in the supervising vice governor's copy
        String governorsPdf = pdfText(http().get("/api/reports/follow-up?format=pdf&from=" + today + "&to=" + today, "governor"));
        String viceGovernorsPdf = pdfText(http().get("/api/reports/follow-up?format=pdf&from=" + today + "&to=" + today,
                "vicegovernor2"));
        for (SecrecyClass secrecy : SecrecyClass.values()) {
            assertThat(governorsPdf).as("the governor's PDF lists the %s directive", secrecy).contains(markers.get(secrecy));
            if (secrecy == SecrecyClass.NONE) {
                assertThat(viceGovernorsPdf).contains(markers.get(secrecy));
            } else {
                assertThat(viceGovernorsPdf).as("the vice governor's PDF").doesNotContain(markers.get(secrecy));
            }
        }
        System.out.printf("IdorProbesTest: %d reads of %d secrecy classes checked%n", reads, SecrecyClass.values().length);
        assertThat(reads).isGreaterThan(200);
        assertThat(leaks).as("unauthorised reads").isEmpty();
        assertThat(misses).as("the rules also let the cleared read (so the probes can fail)").isEmpty();
    }

    private List<Long> boardAs(String user) {
        UserDetails details = users.loadUserByUsername(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            return board.openDirectives().stream().map(r -> r.directive().id()).toList();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String xlsxText(RawHttp.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(reply.bytes()))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\n');
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static String pdfText(RawHttp.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(reply.bytes())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private record State(int events, int reports, int alerts, int attachments, String partStatus, String extension,
            String waiting, String worker) {
    }

    private State state(long directiveId) {
        Map<String, Object> part = jdbc.queryForMap("select status, extension_requested_due, waiting_since, worker_position_id "
                + "from directive_part where directive_id = ? order by id limit 1", directiveId);
        return new State(countOfCase("case_event", directiveId), count("progress_report", directiveId),
                countOfCase("case_alert", directiveId), countOfCase("case_attachment", directiveId),
                String.valueOf(part.get("status")), String.valueOf(part.get("extension_requested_due")),
                String.valueOf(part.get("waiting_since")), String.valueOf(part.get("worker_position_id")));
    }

    private int countOfCase(String table, long directiveId) {
        return jdbc.queryForObject("select count(*) from " + table + " where case_type = 'DIRECTIVE' and case_id = ?",
                Integer.class, directiveId);
    }

    private int count(String table, long directiveId) {
        return jdbc.queryForObject("select count(*) from " + table + " where directive_id = ?", Integer.class, directiveId);
    }

    @Test
    void someoneElsesTaskAnswers404ToEveryActionAndNothingChanges() {
        long id = issueToHealth("งานของผู้อื่น " + System.nanoTime(), SecrecyClass.NONE);
        String ack = api.taskOf("agency.health", id, "acknowledgePart");
        long health = org.positionByCode("AG-12-HEAD").orElseThrow().id();
        long otherUnit = org.positionByCode("GRP-ADMIN-DIR").orElseThrow().unitId();
        State before = state(id);

        // the supervising vice governor sees the directive, the governor sees everything: neither holds the task
        List<String> probes = new ArrayList<>();
        for (String intruder : List.of("district.banpho", "vicegovernor2", "governor", "staff", "admin")) {
            probes.addAll(actOn(ack, intruder, otherUnit, health));
        }
        assertThat(probes).as("answers other than 404").isEmpty();
        assertThat(state(id)).isEqualTo(before);
        assertThat(api.taskOf("agency.health", id, "acknowledgePart")).isEqualTo(ack);

        // once acknowledged, the unit's report task: progress, delegation, waiting and extension apply to it
        assertThat(api.post("/api/tasks/" + ack + "/complete", "agency.health", Map.of()).status()).isEqualTo(204);
        String report = api.taskOf("agency.health", id, "reportOnPart");
        assertThat(report).isNotNull();
        State acknowledged = state(id);
        for (String intruder : List.of("district.banpho", "vicegovernor2", "governor", "health.cdc")) {
            probes.addAll(actOn(report, intruder, otherUnit, health));
        }
        assertThat(probes).as("answers other than 404").isEmpty();
        assertThat(state(id)).isEqualTo(acknowledged);
        // and the holder's own progress report goes through, so the probes above could have changed something
        assertThat(api.post("/api/tasks/" + report + "/progress", "agency.health",
                Map.of("progress", "ON_TRACK", "percent", 10, "note", "เริ่มดำเนินการ")).status()).isEqualTo(201);
        assertThat(state(id).reports()).isEqualTo(acknowledged.reports() + 1);
    }

    private List<String> actOn(String task, String intruder, long otherUnit, long position) {
        Map<String, Object> progress = Map.of("progress", "ON_TRACK", "percent", 50, "note", "แทรกรายงาน");
        Map<String, ApiClient.Response> answers = new LinkedHashMap<>();
        answers.put("read", api.get("/api/tasks/" + task, intruder));
        answers.put("delegates", api.get("/api/tasks/" + task + "/delegates", intruder));
        answers.put("complete", api.post("/api/tasks/" + task + "/complete", intruder,
                Map.of("outcome", "SUBMIT_FINAL", "note", "ปิดงานแทน")));
        answers.put("progress", api.post("/api/tasks/" + task + "/progress", intruder, progress));
        answers.put("delegate", api.post("/api/tasks/" + task + "/delegate", intruder, Map.of("positionId", position)));
        answers.put("extension", api.post("/api/tasks/" + task + "/extension", intruder,
                Map.of("reason", "ขอเวลาเพิ่ม", "dueDate", calendar.addWorkingDays(calendar.today(), 40).toString())));
        answers.put("waiting", api.post("/api/tasks/" + task + "/waiting", intruder,
                Map.of("unitId", otherUnit, "reason", "รอข้อมูล")));
        answers.put("stop waiting", api.delete("/api/tasks/" + task + "/waiting", intruder));
        List<String> wrong = new ArrayList<>();
        answers.forEach((what, r) -> {
            if (r.status() != 404) {
                wrong.add(intruder + " " + what + " → " + r.status() + " " + r.raw());
            }
        });
        return wrong;
    }

    @Test
    void aHiddenDirectiveAndItsFilesLookExactlyLikeOnesThatDoNotExist() {
        long secret = issueToHealth("ลับ ไม่ให้เดา " + System.nanoTime(), SecrecyClass.SECRET);
        RawHttp.Reply file = http().upload("/api/directives/" + secret + "/attachments", "agency.health", "ลับ.pdf",
                "application/pdf", PDF, Map.of());
        long fileId = file.json().get("id").asLong();
        int rows = countOfCase("case_attachment", secret);

        for (String path : List.of("/api/directives/%d", "/api/directives/%d/diagram.svg", "/api/directives/%d/attachments")) {
            RawHttp.Reply hidden = http().get(path.formatted(secret), "vicegovernor2");
            RawHttp.Reply missing = http().get(path.formatted(987_654_321L), "vicegovernor2");
            RawHttp.Reply negative = http().get(path.formatted(-1L), "vicegovernor2");
            assertThat(List.of(hidden.status(), missing.status(), negative.status())).as(path).containsOnly(404);
            assertThat(hidden.text()).as("the same answer, so existence is not revealed").isEqualTo(missing.text()
                    .replace(String.valueOf(987_654_321L), String.valueOf(secret)));
        }
        assertThat(http().get("/api/attachments/" + fileId, "vicegovernor2").text())
                .isEqualTo(http().get("/api/attachments/987654321", "vicegovernor2").text()
                        .replace("987654321", String.valueOf(fileId)));
        // writing into it: a file onto the part, with or without naming the part
        long part = api.get("/api/directives/" + secret, "governor").body().get("parts").get(0).get("id").asLong();
        assertThat(http().upload("/api/directives/" + secret + "/attachments", "vicegovernor2", "แทรก.pdf", "application/pdf",
                PDF, Map.of("partId", String.valueOf(part))).status()).isEqualTo(404);
        assertThat(http().upload("/api/directives/" + secret + "/attachments", "district.banpho", "แทรก.pdf", "application/pdf",
                PDF, Map.of()).status()).isEqualTo(404);
        assertThat(countOfCase("case_attachment", secret)).isEqualTo(rows);
    }

    @Test
    void theSecretariatCannotSupersedeADirectiveItMayNotSeeNorLearnItsNumber() {
        long secret = issueToHealth("ลับ ห้ามแทนที่ " + System.nanoTime(), SecrecyClass.SECRET);
        String status = jdbc.queryForObject("select status from directive where id = ?", String.class, secret);
        long directives = jdbc.queryForObject("select count(*) from directive", Long.class);
        assertThat(api.get("/api/directives/" + secret, "secretary").status()).isEqualTo(404);

        Map<String, Object> body = new HashMap<>();
        body.put("subject", "ข้อสั่งการใหม่แทนฉบับเดิม");
        body.put("text", "ยกเลิกฉบับเดิม");
        body.put("urgency", "NORMAL");
        body.put("leadUnitId", healthUnit());
        body.put("dueInWorkingDays", 5);
        body.put("supersedesId", secret);
        ApiClient.Response hidden = api.post("/api/directives", "secretary", body);
        body.put("supersedesId", 987_654_321L);
        ApiClient.Response missing = api.post("/api/directives", "secretary", body);

        assertThat(hidden.status()).as(hidden.raw()).isEqualTo(400);
        assertThat(hidden.body().get("code").asText()).isEqualTo(missing.body().get("code").asText())
                .isEqualTo("directive.error.supersedes-not-found");
        assertThat(jdbc.queryForObject("select status from directive where id = ?", String.class, secret)).isEqualTo(status);
        assertThat(jdbc.queryForObject("select count(*) from directive", Long.class)).isEqualTo(directives);
    }

    @Test
    void someoneElsesSavedFilterAndAlertCannotBeReadDeletedOrMarked() {
        ApiClient.Response saved = api.post("/api/tasks/filters", "staff", Map.of("name", "ของฉันเท่านั้น " + System.nanoTime(),
                "text", "น้ำท่วม"));
        assertThat(saved.status()).isEqualTo(201);
        long filter = saved.body().get("id").asLong();

        for (String other : List.of("director.admin", "governor", "admin", "secretary")) {
            assertThat(api.get("/api/tasks/filters", other).body().findValuesAsText("id")).doesNotContain(String.valueOf(filter));
            assertThat(api.delete("/api/tasks/filters/" + filter, other).status()).isEqualTo(404);
        }
        assertThat(jdbc.queryForObject("select count(*) from saved_inbox_filter where id = ?", Integer.class, filter)).isOne();

        long alert = jdbc.queryForObject("select max(id) from case_alert", Long.class);
        Map<String, Object> before = jdbc.queryForMap("select position_id, read_at from case_alert where id = ?", alert);
        String owner = jdbc.queryForObject("select p.username from person p join position_assignment a on a.person_id = p.id "
                + "where a.position_id = ? order by a.id limit 1", String.class, before.get("position_id"));
        for (String other : List.of("district.banpho", "admin", "secretary")) {
            if (!other.equals(owner)) {
                assertThat(api.post("/api/alerts/" + alert + "/read", other, Map.of()).status()).isEqualTo(404);
            }
        }
        assertThat(jdbc.queryForMap("select position_id, read_at from case_alert where id = ?", alert)).isEqualTo(before);
    }

    @Test
    void theDashboardAndTheReportRefuseWhatTheRoleDoesNotCover() {
        // vicegovernor1 supervises other agencies than health: the health office's figures are not theirs
        long health = healthUnit();
        long otherSphere = org.positionByCode("VICE-GOVERNOR-2").orElseThrow().id();
        assertThat(api.get("/api/dashboard?agency=" + health, "vicegovernor1").status()).isEqualTo(404);
        assertThat(api.get("/api/dashboard?sphere=" + otherSphere, "vicegovernor1").status()).isEqualTo(404);
        assertThat(api.get("/api/dashboard/directives?figure=OPEN_PARTS&sphere=" + otherSphere, "vicegovernor1").status())
                .isEqualTo(404);
        assertThat(api.get("/api/dashboard?sphere=" + otherSphere, "vicegovernor2").status()).isEqualTo(200);
        for (String outsider : List.of("staff", "director.admin", "agency.health", "admin")) {
            for (String format : List.of("pdf", "xlsx")) {
                assertThat(http().get("/api/reports/follow-up?format=" + format, outsider).status()).as(outsider).isEqualTo(404);
            }
            assertThat(api.get("/api/dashboard", outsider).status()).as(outsider).isEqualTo(404);
        }
    }
}
