package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * A fuzzing pass over every state-changing handler and every handler that takes parameters, generated from Spring
 * MVC's handler mappings and the handlers' own parameter and body types, with a fixed seed: oversized fields, broken
 * and lying Unicode, markup, SQL and expression payloads, path traversal, wrong JSON types and shapes, lying content
 * types and hostile files. Every answer must be below 500 and free of stack traces and class names; every refusal a
 * problem in Thai and English that leaves the tables as they were; every accepted text must come back exactly.
 */
@IntegrationTest
class HostileInputFuzzTest {

    private static final long SEED = 20261126L;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A lone surrogate has no UTF-8 bytes: it travels as the JSON escape "\\ud800", as a hostile client would send it. */
    private static final com.fasterxml.jackson.databind.ObjectWriter ESCAPING = JSON.writer()
            .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    /** A stack frame, an exception class, a framework's package: never in an answer ("java.lang." may be the caller's own text). */
    private static final Pattern LEAK = Pattern.compile("\\bat [a-z]+\\.[a-z0-9_.$]+\\(|\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*(Exception|Error)\\b"
            + "|org\\.springframework\\.|org\\.hibernate|org\\.mariadb|org\\.camunda|com\\.fasterxml|SQLState|Caused by:"
            + "|\\bth\\.tidtam\\.");
    private static final List<String> TABLES = List.of("directive", "directive_part", "case_event", "case_attachment",
            "progress_report", "case_alert", "saved_inbox_filter", "unit_alias", "meeting_body", "meeting_body_member", "meeting",
            "agenda_item", "agenda_version", "meeting_attendance", "minutes_directive", "minutes_correction", "memo", "memo_reach",
            "memo_annotation", "letter_in", "letter_in_route", "outgoing_book", "outgoing_letter", "provincial_order",
            "provincial_order_member", "assignment_matter");

    /** Every table the fuzzer watches: the ones above and each module's own list (issue 14 on). */
    private static final List<String> ALL_TABLES = java.util.stream.Stream.of(TABLES, PartnersFuzzTargets.TABLES,
            CoordinationFuzzTargets.TABLES, MattersFuzzTargets.TABLES, FeedsFuzzTargets.TABLES, DiscussionFuzzTargets.TABLES,
            WorkFuzzTargets.TABLES, NotifyFuzzTargets.TABLES).flatMap(List::stream).toList();

    /** Hostile text, each also sent where a number, a date or an enum is expected. */
    static final List<String> TEXTS = List.of(
            "ก".repeat(1024 * 1024),
            "ข้อสั่งการด่วนที่สุด 🚨👩🏽‍⚕️ ทดสอบ e\u0301 ก\u0e34\u0e4a\u0e4a\u0e4a น้ำ",
            "ศูนย์\u200bความกว้าง\u200c\u200d\u2060 \u202Egnp.exe\u202C \u2066x\u2069 \u200f",
            "before\u0000after",
            "lone \uD800 high surrogate",
            "lone \uDC00 low surrogate",
            "<script>alert(document.cookie)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' OR 1=1 --",
            "'; DROP TABLE directive; --",
            "${7*7}",
            "#{7*7}",
            "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
            "#{T(java.lang.Runtime).getRuntime().exec('id')}",
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "/etc/passwd",
            "%00%0d%0a{0}{1}%s%n",
            "line\r\nX-Injected: yes",
            "   ",
            "",
            "\uFEFFbom \uFFFF nonchar \uDBFF\uDFFF",
            "99999999999999999999999999",
            "-1",
            "1e309",
            "NaN");

    /** Values of the wrong JSON type, or of the right type but absurd. */
    static final List<String> JSON_VALUES = List.of("null", "true", "0", "-1", "-9223372036854775808",
            "99999999999999999999999999999999", "1e309", "1.5", "[]", "{}", "[1,2,3]", "{\"$gt\":\"\"}", "\"\"",
            "[" + String.join(",", Collections.nCopies(10_000, "1")) + "]");

    /** Whole bodies that are not what the handler reads. */
    static final List<byte[]> BODIES = List.of(bytes("{"), bytes("{\"subject\":"), bytes("[]"), bytes("null"), bytes("\"text\""),
            bytes("{\"a\":1}}}}"), bytes(""), bytes("{\"subject\":\"a\",\"subject\":\"b\"}"),
            bytes("{\"subject\":\"\\ud800x\",\"note\":\"\\udfff\",\"name\":\"\\ud83d\"}"),
            new byte[] { '{', '"', 'n', 'o', 't', 'e', '"', ':', '"', (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, '"', '}' },
            bytes("[".repeat(200_000)), bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));

    static final List<String> IDS = List.of("-1", "0", "99999999999999999999", "abc", "1.5", "%27%20OR%201%3D1%20--",
            "..%2F..%2Fetc%2Fpasswd", "%00", "$%7B7*7%7D", "9223372036854775807", "%E0%B8%81");

    @LocalServerPort
    int port;

    private CheapLogins cheapLogins;

    @BeforeEach
    void cheapLogins() {
        cheapLogins = new CheapLogins(jdbc, List.of("governor", "head", "agency.health", "staff"));
    }

    @AfterEach
    void restoreLogins() {
        cheapLogins.restore();
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgDirectory org;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    CaseAttachments attachments;

    private RawHttp http;
    private Random random;
    private final List<String> failures = new ArrayList<>();
    private int tried;

    /** What each handler needs to get past authorisation: who calls it, where, and a body that is almost right. */
    record Target(String user, String path, String body) {
    }

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        random = new Random(SEED);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Every watched table's row count, in one statement: it runs before and after each of thousands of requests. */
    private static final String COUNTS = ALL_TABLES.stream().map(t -> "(select count(*) from " + t + ")")
            .collect(java.util.stream.Collectors.joining(", ", "select ", ""));

    private Map<String, Long> counts() {
        return jdbc.query(COUNTS, rs -> {
            rs.next();
            Map<String, Long> c = new LinkedHashMap<>();
            for (int i = 0; i < ALL_TABLES.size(); i++) {
                c.put(ALL_TABLES.get(i), rs.getLong(i + 1));
            }
            return c;
        });
    }

    /** The checks every answer must pass; returns the reply for further checks. */
    private RawHttp.Reply check(String what, RawHttp.Reply reply) {
        tried++;
        String body = reply.text();
        if (reply.status() >= 500) {
            failures.add(what + " → " + reply.status() + " " + cut(body));
        }
        if (LEAK.matcher(body).find()) {
            failures.add(what + " → a stack trace or class name in the answer: " + cut(body));
        }
        // Tomcat refuses a request line it cannot parse (an encoded "/" or NUL in the path) before any application
        // code runs, with a bare 400 page that echoes nothing: that is the one answer that is not the API's problem
        boolean refusedByTheContainer = reply.status() == 400 && reply.json() == null && !body.contains("<script")
                && !body.contains("onerror");
        if (reply.header("Content-Type").startsWith("text/html") && !refusedByTheContainer) {
            failures.add(what + " → answered as HTML");
        }
        if (reply.status() >= 400 && reply.status() != 401 && reply.status() != 403 && !refusedByTheContainer) {
            JsonNode problem = reply.json();
            if (problem == null || !problem.hasNonNull("message_th") || !problem.hasNonNull("message_en")
                    || problem.get("message_th").asText().isBlank()) {
                failures.add(what + " → " + reply.status() + " without a problem in Thai and English: " + cut(body));
            }
        }
        return reply;
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** A refused request must leave every table as it was. */
    private RawHttp.Reply refusedChangesNothing(String what, RawHttp.Reply reply, Map<String, Long> before) {
        if (reply.status() >= 400) {
            Map<String, Long> after = counts();
            if (!after.equals(before)) {
                failures.add(what + " → refused with " + reply.status() + " but rows changed: " + before + " → " + after);
            }
        }
        return reply;
    }

    private Map<String, Target> targets(Fixture f) {
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("POST /api/directives", new Target("governor", "/api/directives", """
                {"subject":"ทดสอบข้อมูลร้าย","text":"รายละเอียด","urgency":"NORMAL","leadUnitId":%d,"dueInWorkingDays":5}"""
                .formatted(f.unit())));
        t.put("GET /api/directives", new Target("governor", "/api/directives?offset=0&limit=5", null));
        t.put("POST /api/directives/{id}/attachments", new Target("agency.health", "/api/directives/" + f.directive() + "/attachments", null));
        t.put("POST /api/tasks/{id}/complete", new Target("head", "/api/tasks/" + f.screenTask() + "/complete",
                "{\"outcome\":\"NOT-AN-OUTCOME\",\"note\":\"x\"}"));
        t.put("POST /api/tasks/{id}/progress", new Target("agency.health", "/api/tasks/" + f.reportTask() + "/progress",
                "{\"progress\":\"ON_TRACK\",\"percent\":10,\"note\":\"ดำเนินการแล้ว\"}"));
        t.put("POST /api/tasks/{id}/extension", new Target("agency.health", "/api/tasks/" + f.reportTask() + "/extension",
                "{\"reason\":\"ขอขยายเวลา\",\"dueDate\":\"" + f.laterDue() + "\"}"));
        t.put("POST /api/tasks/{id}/delegate", new Target("agency.health", "/api/tasks/" + f.reportTask() + "/delegate",
                "{\"positionId\":null}"));
        t.put("POST /api/tasks/{id}/waiting", new Target("agency.health", "/api/tasks/" + f.reportTask() + "/waiting",
                "{\"unitId\":" + f.otherUnit() + ",\"reason\":\"รอข้อมูล\"}"));
        t.put("DELETE /api/tasks/{id}/waiting", new Target("agency.health", "/api/tasks/" + f.reportTask() + "/waiting", null));
        t.put("GET /api/tasks", new Target("agency.health", "/api/tasks?offset=0&limit=5&q=x", null));
        t.put("POST /api/tasks/filters", new Target("staff", "/api/tasks/filters",
                "{\"name\":\"ตัวกรอง\",\"urgencies\":[\"URGENT\"],\"overdueOnly\":false,\"text\":\"น้ำ\"}"));
        t.put("DELETE /api/tasks/filters/{id}", new Target("staff", "/api/tasks/filters/" + f.filter(), null));
        t.put("GET /api/alerts", new Target("staff", "/api/alerts?limit=5", null));
        t.put("DELETE /api/admin/login-locks/{username}", new Target("admin", "/api/admin/login-locks/t.nobody.fuzz", null));
        t.put("GET /api/admin/audit", new Target("admin", "/api/admin/audit?from=&to=&user=&position=&objectType="
                + "&objectId=&address=&text=x&offset=0&limit=5", null));
        t.put("POST /api/alerts/{id}/read", new Target("staff", "/api/alerts/987654321/read", null));
        // a day with no directives: every accepted variation renders an (almost empty) file quickly
        t.put("GET /api/reports/follow-up", new Target("governor", "/api/reports/follow-up?format=xlsx&from=2025-10-01"
                + "&to=2025-10-01&meeting=&thaiDigits=false", null));
        t.put("GET /api/dashboard", new Target("governor", "/api/dashboard?fiscalYear=&from=&to=&sphere=&agency=&urgency=&source="
                + "&meeting=&reference=", null));
        t.put("GET /api/dashboard/directives", new Target("governor", "/api/dashboard/directives?figure=OPEN_PARTS&key=&offset=0"
                + "&limit=5&fiscalYear=&from=&to=&sphere=&agency=&urgency=&source=&meeting=&reference=", null));
        t.put("GET /api/units/search", new Target("staff", "/api/units/search?q=x&limit=5", null));
        t.put("GET /api/search", new Target("staff", "/api/search?q=xx&limit=5", null));
        t.put("POST /api/units/{id}/aliases", new Target("admin", "/api/units/" + f.otherUnit() + "/aliases", """
                {"alias":"ฟัซ"}"""));
        t.put("DELETE /api/units/aliases/{id}", new Target("admin", "/api/units/aliases/987654321", null));
        t.putAll(new MeetingFuzzTargets(new ApiClient(port), org, calendar).targets());
        t.putAll(new LettersFuzzTargets(new ApiClient(port), org).targets());
        t.putAll(new OutgoingFuzzTargets(new ApiClient(port), org).targets());
        t.putAll(new MemoFuzzTargets(new ApiClient(port), org).targets());
        t.putAll(new OrdersFuzzTargets(new ApiClient(port), org).targets());
        t.putAll(new PartnersFuzzTargets(new ApiClient(port), org).targets());
        t.putAll(new CoordinationFuzzTargets(new ApiClient(port), org).targets());
        t.putAll(new MattersFuzzTargets(new ApiClient(port), org).targets());
        t.putAll(new FeedsFuzzTargets().targets());
        t.putAll(new DiscussionFuzzTargets(new ApiClient(port), org).targets());
        t.putAll(new WorkFuzzTargets().targets());
        t.putAll(new NotifyFuzzTargets(new ApiClient(port), org).targets());
        return t;
    }

    private record Fixture(long unit, long otherUnit, long directive, String screenTask, String reportTask, long filter,
            String today, String laterDue) {
    }

    private Fixture fixture() {
        ApiClient api = new ApiClient(port);
        long unit = org.positionByCode("AG-12-HEAD").orElseThrow().unitId();
        long directive = api.issueScreened("ข้อมูลร้าย " + System.nanoTime(), unit, "NONE", 10);
        assertThat(api.post("/api/tasks/" + api.taskOf("agency.health", directive, "acknowledgePart") + "/complete",
                "agency.health", Map.of()).status()).isEqualTo(204);
        String report = api.taskOf("agency.health", directive, "reportOnPart");
        Map<String, Object> issue = new HashMap<>(Map.of("subject", "รอกลั่นกรอง " + System.nanoTime(), "text", "x",
                "urgency", "NORMAL", "leadUnitId", unit, "dueInWorkingDays", 5));
        long unscreened = api.post("/api/directives", "governor", issue).body().get("id").asLong();
        String screen = api.taskOf("head", unscreened, "screenDirective");
        long filter = api.post("/api/tasks/filters", "staff", Map.of("name", "ฟัซ " + System.nanoTime())).body().get("id").asLong();
        return new Fixture(unit, org.positionByCode("GRP-ADMIN-DIR").orElseThrow().unitId(), directive, screen, report, filter,
                calendar.today().toString(), calendar.addWorkingDays(calendar.today(), 30).toString());
    }

    @Test
    void noHostileInputOnAnyEndpointCausesA500ALeakOrAStrayRowAndAcceptedTextComesBackExactly() throws Exception {
        Fixture f = fixture();
        Map<String, Target> targets = targets(f);
        Set<String> untargeted = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("th.tidtam")) {
                continue;
            }
            for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
                for (String pattern : e.getKey().getPatternValues()) {
                    String key = method + " " + pattern;
                    boolean takesInput = method != RequestMethod.GET || pattern.contains("{")
                            || List.of(handler.getMethodParameters()).stream().anyMatch(p -> p.hasParameterAnnotation(RequestParam.class));
                    if (!takesInput) {
                        continue;
                    }
                    if (pattern.contains("{id}")) {
                        fuzzIds(method.name(), pattern, targets.get(key), f);
                    }
                    Target target = targets.get(key);
                    if (target == null) {
                        if (method != RequestMethod.GET) {
                            untargeted.add(key);
                        }
                        continue;
                    }
                    if (key.equals("POST /api/directives/{id}/attachments")) {
                        fuzzUploads(target, f);
                        continue;
                    }
                    fuzzParameters(key, target, handler);
                    if (target.body() != null) {
                        fuzzBody(key, method.name(), target, handler);
                    }
                }
            }
        }
        // the drill-down's key is read per figure: the figures whose keys are months, buckets, units and spheres
        for (String q : List.of("figure=ISSUED_IN_MONTH&key=%2B999999999-12", "figure=CLOSED_IN_MONTH&key=-999999999-01",
                "figure=ISSUED_IN_MONTH&key=2569-13", "figure=AGING&key=99999999999", "figure=AGING&key=-1",
                "figure=FINISHED&key=unit:abc", "figure=ON_TIME&key=sphere:99999999999999999999",
                "figure=LATE&key=sphere:none", "figure=WAITED&key=unit:-1", "figure=%3Cscript%3E", "figure=",
                "figure=OPEN_PARTS&offset=2147483647&limit=2147483647", "figure=OPEN_PARTS&offset=-5&limit=-5")) {
            check("GET /api/dashboard/directives?" + q, http.get("/api/dashboard/directives?" + q, "governor"));
        }
        System.out.printf("HostileInputFuzzTest: %d hostile requests tried (seed %d)%n", tried, SEED);
        assertThat(untargeted).as("state-changing handlers the fuzzer does not know how to reach").isEmpty();
        assertThat(tried).isGreaterThan(1000);
        failures.stream().limit(400).forEach(failure -> System.out.println("FUZZ-FAILURE " + failure));
        assertThat(failures).isEmpty();
    }

    // --- path variables ---------------------------------------------------------------------------------------------

    private void fuzzIds(String method, String pattern, Target target, Fixture f) {
        String user = target == null ? "governor" : target.user();
        for (String id : IDS) {
            // the other path variables (a member's position, an agenda item) stay well-formed: the id is the one probed
            String path = pattern.replace("{id}", id).replaceAll("\\{[a-zA-Z]+\\}", "987654321");
            Map<String, Long> before = counts();
            RawHttp.Reply r = method.equals("GET") || method.equals("DELETE")
                    ? http.send(method, path, user, null, null)
                    : pathPost(path, user, target);
            refusedChangesNothing(method + " " + path, check(method + " " + path, r), before);
            if (r.status() < 400 && !method.equals("GET")) {
                failures.add(method + " " + path + " with a hostile id was accepted: " + r.status());
            }
        }
    }

    private RawHttp.Reply pathPost(String path, String user, Target target) {
        if (path.endsWith("/attachments")) {
            return http.upload(path, user, "x.pdf", "application/pdf", bytes("%PDF-1.7\n"), Map.of());
        }
        return http.json("POST", path, user, target == null || target.body() == null ? "{}" : target.body());
    }

    // --- query parameters -------------------------------------------------------------------------------------------

    private void fuzzParameters(String key, Target target, HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        String[] split = target.path().split("\\?", 2);
        if (split.length > 1) {
            for (String pair : split[1].split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        for (Parameter p : handler.getMethod().getParameters()) {
            RequestParam rp = p.getAnnotation(RequestParam.class);
            if (rp != null && !rp.name().isEmpty()) {
                names.add(rp.name());
            } else if (rp != null && !rp.value().isEmpty()) {
                names.add(rp.value());
            } else if (rp != null && !Map.class.isAssignableFrom(p.getType()) && !p.getType().getName().contains("Multipart")) {
                names.add(p.getName());
            }
        }
        // numbers and dates at the edges always; a seeded sample of the hostile texts (all of them would take minutes)
        List<String> edges = List.of("2147483647", "-2147483648", "+999999999-12-31", "-999999999-01-01", "9999-99-99",
                "2569-13-45", "31/12/99999", "๒๕๖๙", "1970-01-01", "2147483647-01", "x".repeat(100_000));
        for (String name : names) {
            List<String> values = new ArrayList<>(edges);
            values.addAll(sample(TEXTS.subList(1, TEXTS.size()), 12));
            for (String value : values) {
                String path = withParam(target.path(), name, value);
                Map<String, Long> before = counts();
                RawHttp.Reply r = http.send(key.startsWith("DELETE") ? "DELETE" : key.startsWith("POST") ? "POST" : "GET", path,
                        target.user(), key.startsWith("POST") ? "application/json" : null,
                        key.startsWith("POST") ? bytes(target.body() == null ? "{}" : target.body()) : null);
                check(key + " ?" + name + "=" + shortly(value), r);
                if (!key.startsWith("GET")) {
                    refusedChangesNothing(key + " ?" + name, r, before);
                }
            }
        }
    }

    private static String withParam(String path, String name, String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        String[] split = path.split("\\?", 2);
        List<String> pairs = new ArrayList<>();
        boolean replaced = false;
        if (split.length > 1) {
            for (String pair : split[1].split("&")) {
                if (pair.split("=", 2)[0].equals(name)) {
                    pairs.add(name + "=" + encoded);
                    replaced = true;
                } else {
                    pairs.add(pair);
                }
            }
        }
        if (!replaced) {
            pairs.add(name + "=" + encoded);
        }
        return split[0] + "?" + String.join("&", pairs);
    }

    // --- JSON bodies ------------------------------------------------------------------------------------------------

    private void fuzzBody(String key, String method, Target target, HandlerMethod handler) throws Exception {
        JsonNode tree = JSON.readTree(target.body());
        // a list body (attendance, a batch of drafts) is fuzzed through its first element
        boolean list = tree.isArray();
        ObjectNode base = (ObjectNode) (list ? tree.get(0) : tree);
        Set<String> fields = new LinkedHashSet<>();
        base.fieldNames().forEachRemaining(fields::add);
        for (Parameter p : handler.getMethod().getParameters()) {
            Class<?> type = p.getType();
            if (list && p.getParameterizedType() instanceof java.lang.reflect.ParameterizedType generic
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                type = element;
            }
            if (p.isAnnotationPresent(RequestBody.class) && type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    fields.add(c.getName());
                }
            }
        }
        for (String field : fields) {
            // free text (a subject, a note, a name) meets every hostile text; ids, enums and dates a seeded sample
            boolean freeText = base.has(field) && base.get(field).isTextual()
                    && !base.get(field).asText().matches("[A-Z_-]+|\\d{4}-\\d{2}-\\d{2}");
            for (String text : freeText ? TEXTS : sample(TEXTS, 8)) {
                ObjectNode body = base.deepCopy();
                body.put(field, text);
                JsonNode whole = list ? JSON.createArrayNode().add(body) : body;
                byte[] json = th.tidtam.base.text.FreeText.wellFormed(text) ? JSON.writeValueAsBytes(whole) : ESCAPING.writeValueAsBytes(whole);
                send(key, method, target, field + "=\"" + shortly(text) + "\"", json, "application/json", field, text);
            }
            for (String value : sample(JSON_VALUES, freeText ? 8 : 5)) {
                ObjectNode body = base.deepCopy();
                body.set(field, JSON.readTree(value));
                JsonNode whole = list ? JSON.createArrayNode().add(body) : body;
                send(key, method, target, field + "=" + shortly(value), JSON.writeValueAsBytes(whole), "application/json", null, null);
            }
        }
        for (byte[] whole : BODIES) {
            send(key, method, target, "body " + shortly(new String(whole, StandardCharsets.UTF_8)), whole, "application/json", null, null);
        }
        byte[] valid = bytes(target.body());
        for (String type : List.of("text/xml", "text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz", "application/json; charset=ISO-8859-1", "application/octet-stream",
                "image/png")) {
            send(key, method, target, "Content-Type " + type, valid, type, null, null);
        }
        send(key, method, target, "no Content-Type", valid, null, null, null);
    }

    private void send(String key, String method, Target target, String what, byte[] body, String contentType, String field,
            String text) {
        Map<String, Long> before = counts();
        String lang = random.nextInt(4) == 0 ? "en" : null;
        Map<String, String> headers = new HashMap<>(Map.of("Accept", "application/json"));
        if (lang != null) {
            headers.put("Accept-Language", "en-GB,en;q=0.9");
        }
        RawHttp.Reply r = check(key + " " + what, http.send(method, target.path(), target.user(), contentType, body, headers));
        refusedChangesNothing(key + " " + what, r, before);
        if (r.status() == 400 && r.json() != null && r.json().hasNonNull("detail")) {
            String detail = r.json().get("detail").asText();
            boolean thai = detail.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
            boolean sentThai = r.json().path("message_th").asText().equals(detail);
            if (lang == null && !sentThai) {
                failures.add(key + " " + what + " → the problem's detail is not Thai by default: " + detail);
            }
            if (lang != null && !r.json().path("message_en").asText().equals(detail)) {
                failures.add(key + " " + what + " → the problem's detail is not English with Accept-Language en: " + detail
                        + (thai ? " (Thai)" : ""));
            }
        }
        if (r.status() < 300 && text != null) {
            comesBackExactly(key + " " + what, key, field, text, r);
        }
        if (r.status() == 201 && key.equals("POST /api/units/{id}/aliases")) {
            // accepted aliases would otherwise pile up on a real unit (and collide with the next accepted one)
            http.send("DELETE", "/api/units/aliases/" + r.json().get("id").asLong(), "admin", null, null);
        } else if (r.status() == 201 && key.equals("POST /api/tasks/filters")) {
            // at most 20 per person, and the name is taken: make room for the next accepted one
            http.send("DELETE", "/api/tasks/filters/" + r.json().get("id").asLong(), "staff", null, null);
        }
    }

    /**
     * Accepted text is stored and shown exactly as sent, cleaned by the free-text rule (stripped, in NFC: the same
     * characters, composed), never otherwise altered or dropped.
     */
    private void comesBackExactly(String what, String key, String field, String text, RawHttp.Reply r) {
        ApiClient api = new ApiClient(port);
        String expected = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        switch (key) {
            case "POST /api/directives" -> {
                JsonNode d = api.get("/api/directives/" + r.json().get("id").asLong(), "governor").body();
                // the free text; a blank choice (secrecy, due date) means its default and is not text to keep
                if (List.of("subject", "text").contains(field) && !d.get(field).asText().equals(expected)) {
                    failures.add(what + " → stored " + field + " differs from what was sent: " + shortly(d.get(field).asText()));
                }
                RawHttp.Reply svg = http.get("/api/directives/" + r.json().get("id").asLong() + "/diagram.svg", "governor");
                if (svg.text().contains("<script") || svg.text().contains("<img")) {
                    failures.add(what + " → markup unescaped in the diagram");
                }
            }
            case "POST /api/tasks/{id}/progress" -> {
                long reportId = r.json().get("id").asLong();
                JsonNode directive = api.get("/api/directives/" + jdbc.queryForObject(
                        "select directive_id from progress_report where id = ?", Long.class, reportId), "agency.health").body();
                for (JsonNode report : directive.get("reports")) {
                    if (report.get("id").asLong() == reportId) {
                        String stored = field.equals("note") ? report.get("body").asText() : report.path(field).asText();
                        // canonically equal: these notes come to the free-text rule with DirectiveTasks' restructuring
                        if (List.of("note", "obstacle").contains(field) && !expected.isEmpty()
                                && !Normalizer.normalize(stored, Normalizer.Form.NFC).equals(expected)) {
                            failures.add(what + " → stored " + field + " differs from what was sent: " + shortly(stored));
                        }
                    }
                }
            }
            case "POST /api/tasks/filters" -> {
                JsonNode saved = r.json();
                if (field.equals("name") && !saved.get("name").asText().equals(expected)) {
                    failures.add(what + " → stored name differs: " + shortly(saved.get("name").asText()));
                }
                if (field.equals("text") && !expected.isEmpty() && !saved.get("text").asText().equals(expected)) {
                    failures.add(what + " → stored text differs: " + shortly(saved.get("text").asText()));
                }
                // at most 20 per person: make room for the next accepted one
                http.send("DELETE", "/api/tasks/filters/" + saved.get("id").asLong(), "staff", null, null);
            }
            case "POST /api/units/{id}/aliases" -> {
                if (field.equals("alias") && !r.json().get("alias").asText().equals(expected)) {
                    failures.add(what + " → stored alias differs: " + shortly(r.json().get("alias").asText()));
                }
            }
            case "POST /api/cases/{type}/{id}/comments" -> {
                if (field.equals("body") && !r.json().get("body").asText().equals(expected)) {
                    failures.add(what + " → stored comment differs: " + shortly(r.json().get("body").asText()));
                }
            }
            default -> {
            }
        }
    }

    // --- files ------------------------------------------------------------------------------------------------------

    private void fuzzUploads(Target target, Fixture f) throws Exception {
        byte[] pdf = bytes("%PDF-1.7\n%%EOF\n");
        List<String> names = new ArrayList<>(List.of("../../etc/passwd.pdf", "..\\..\\windows\\system32\\x.pdf", "/etc/passwd",
                "C:\\Windows\\win.ini", "x.pdf\u0000.exe", "evil\u202Efdp.exe", "a\r\nContent-Type: text/html\r\n.pdf", ".pdf",
                "..", "CON.pdf", "ก".repeat(10_000) + ".pdf", "<script>alert(1)</script>.pdf", "${7*7}.pdf", "' OR 1=1 --.pdf",
                "lone\uD800.pdf", "🚨รายงาน\u200b.pdf", "x.PDF", "x.pdf.", "x.exe", "x.html", "x.svg", "x"));
        for (String name : names) {
            upload(target, "file name " + shortly(name), name, "application/pdf", pdf, Map.of());
        }
        // a zip bomb dressed as Office files: stored as it came (never unpacked) or refused, never expanded
        byte[] bomb = zipBomb();
        for (String name : List.of("งบประมาณ.docx", "ตาราง.xlsx", "ภาพ.odt")) {
            RawHttp.Reply r = upload(target, "zip bomb as " + name, name, "application/zip", bomb, Map.of());
            if (r.status() == 201 && r.json().get("size").asLong() != bomb.length) {
                failures.add("zip bomb " + name + " → stored with a size other than the bytes sent");
            }
        }
        byte[] exe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
        byte[] html = bytes("<!DOCTYPE html><html><script>alert(1)</script></html>");
        byte[] polyglot = bytes("%PDF-1.7\n<html><script>alert(1)</script></html>\n%%EOF");
        byte[] gifar = bytes("GIF89a<script>alert(1)</script>");
        upload(target, "an executable as .pdf", "หนังสือ.pdf", "application/pdf", exe, Map.of());
        upload(target, "HTML as .pdf", "หนังสือ.pdf", "application/pdf", html, Map.of());
        upload(target, "HTML as .txt declared text/html", "note.txt", "text/html", html, Map.of());
        upload(target, "a PNG that is a GIF with script", "ภาพ.png", "image/png", gifar, Map.of());
        RawHttp.Reply poly = upload(target, "a PDF/HTML polyglot", "polyglot.pdf", "text/html", polyglot, Map.of());
        if (poly.status() == 201) {
            RawHttp.Reply download = http.get("/api/attachments/" + poly.json().get("id").asLong(), "agency.health");
            if (!download.header("Content-Type").startsWith("application/pdf") || !download.header("Content-Disposition").startsWith("attachment")
                    || !download.header("X-Content-Type-Options").equals("nosniff")) {
                failures.add("a PDF/HTML polyglot is served in a way a browser could render: " + download.raw().headers().map());
            }
        }
        upload(target, "an empty file", "ว่าง.pdf", "application/pdf", new byte[0], Map.of());
        upload(target, "over the limit", "ใหญ่.pdf", "application/pdf", pdfOf((int) attachments.maxSizeBytes() + 1), Map.of());
        for (String id : List.of("-1", "abc", "99999999999999999999", "1.5", "' OR 1=1 --")) {
            upload(target, "partId=" + id, "x.pdf", "application/pdf", pdf, Map.of("partId", id));
            upload(target, "reportId=" + id, "x.pdf", "application/pdf", pdf, Map.of("reportId", id));
        }
        // no file part, a file part under another name, and a multipart body that lies about its boundary
        check("upload without a file", http.upload(target.path(), target.user(), null, null, null, Map.of()));
        check("upload with JSON instead of multipart", http.json("POST", target.path(), target.user(), "{\"file\":\"x\"}"));
        check("upload with a broken multipart body", http.send("POST", target.path(), target.user(),
                "multipart/form-data; boundary=abc", bytes("--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx"),
                Map.of("Accept", "application/json")));
        check("upload with text/xml", http.send("POST", target.path(), target.user(), "text/xml", pdf, Map.of("Accept", "application/json")));
    }

    private RawHttp.Reply upload(Target target, String what, String name, String type, byte[] content, Map<String, String> fields) {
        Map<String, Long> before = counts();
        RawHttp.Reply r = check("upload " + what, http.upload(target.path(), target.user(), name, type, content, fields));
        refusedChangesNothing("upload " + what, r, before);
        if (r.status() == 201) {
            String stored = r.json().get("fileName").asText();
            if (stored.contains("/") || stored.contains("\\") || stored.chars().anyMatch(Character::isISOControl)
                    || stored.chars().anyMatch(c -> c == 0x202E) || stored.startsWith(".")) {
                failures.add("upload " + what + " → kept a dangerous name: " + shortly(stored));
            }
            if (!List.of("pdf", "docx", "xlsx", "odt", "txt", "png").contains(stored.substring(stored.lastIndexOf('.') + 1).toLowerCase())) {
                failures.add("upload " + what + " → kept a type that is not allowed: " + shortly(stored));
            }
        }
        return r;
    }

    private static byte[] pdfOf(int size) {
        byte[] b = new byte[size];
        java.util.Arrays.fill(b, (byte) 'x');
        byte[] head = bytes("%PDF-1.7\n");
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    /** 20 MB of zeros per entry, ten entries, in about 200 KB of ZIP. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            byte[] zeros = new byte[1024 * 1024];
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(bytes("<?xml version=\"1.0\"?><Types/>"));
            zip.closeEntry();
            for (int e = 0; e < 10; e++) {
                zip.putNextEntry(new ZipEntry("word/document" + e + ".xml"));
                for (int i = 0; i < 20; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private <T> List<T> sample(List<T> values, int n) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static String shortly(String s) {
        String visible = s.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return visible.length() > 40 ? visible.substring(0, 40) + "…(" + s.length() + ")" : visible;
    }
}
