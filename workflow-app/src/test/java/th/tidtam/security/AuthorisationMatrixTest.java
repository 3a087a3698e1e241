package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * Every role against every screen and every handler the running application has, as declared in
 * {@code authorisation-matrix.txt}. The routes come from Vaadin's route registry and the handlers from Spring MVC's
 * handler mappings, so a new screen or endpoint without a rule fails here, naming it. Screens are judged by the same
 * {@link NavigationAccessControl} that guards navigation (and anonymous requests over HTTP must land on the login
 * page); handlers and Camunda's paths are called over real HTTP with each role's credentials.
 */
@IntegrationTest
class AuthorisationMatrixTest {

    /**
     * The demo login standing for each role, in the table's column order; null is the anonymous caller. The last two
     * (issue 18) are province B's administrator and the Ministry's desk; a rule with eight outcomes leaves them out.
     */
    static final List<String> ROLES = List.of("anonymous", "staff", "unit-head", "secretariat", "head-of-office",
            "vice-governor", "governor", "administrator", "province-admin", "ministry");
    static final List<String> LOGINS = java.util.Arrays.asList(null, "staff", "director.admin", "secretary", "head",
            "vicegovernor1", "governor", "admin", SecondProvinceDemoData.ADMINISTRATOR, SecondProvinceDemoData.MINISTRY);
    /** The outcomes a rule must give at least: the roles of one province and the installation's administrator. */
    static final int ONE_PROVINCE_ROLES = 8;

    record Rule(String kind, String key, String probe, List<String> outcomes, int line) {
    }

    @LocalServerPort
    int port;

    private CheapLogins cheapLogins;

    @Autowired
    SecondProvinceDemoData secondProvince;

    @BeforeEach
    void cheapLogins() {
        secondProvince.ensureLoaded(org.today());
        cheapLogins = new CheapLogins(jdbc, LOGINS.stream().filter(java.util.Objects::nonNull).toList());
    }

    @AfterEach
    void restoreLogins() {
        cheapLogins.restore();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ServletContext servletContext;

    @Autowired
    NavigationAccessControl navigationAccessControl;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrgDirectory org;

    private RawHttp http;
    private List<Rule> rules;

    @BeforeEach
    void readTheTable() throws Exception {
        http = new RawHttp(port);
        rules = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("authorisation-matrix.txt"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\\|");
                assertThat(cols).as("line %d: kind | key | probe | outcomes", n).hasSize(4);
                List<String> outcomes = List.of(cols[3].trim().split("\\s+"));
                assertThat(outcomes.size()).as("line %d: one outcome per role %s (or per role of one province)", n, ROLES)
                        .isIn(ROLES.size(), ONE_PROVINCE_ROLES);
                rules.add(new Rule(cols[0].trim(), cols[1].trim(), cols[2].trim(), outcomes, n));
            }
        }
    }

    /** "GET /api/x" for each method and pattern a handler declares; "* /x" when it takes any method. */
    private Set<String> handlersOfTheApplication() {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        keys.add("* " + pattern);
                    }
                    methods.forEach(m -> keys.add(m.name() + " " + pattern));
                }
            }
        }
        return keys;
    }

    private ApplicationRouteRegistry registry() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
    }

    private Map<String, RouteData> routesOfTheApplication() {
        Map<String, RouteData> routes = new LinkedHashMap<>();
        registry().getRegisteredRoutes().forEach(r -> routes.put(r.getTemplate().isEmpty() ? "(home)" : r.getTemplate(), r));
        return routes;
    }

    @Test
    void everyRouteAndEveryHandlerOfTheApplicationHasARuleAndEveryRuleStillHasItsEndpoint() {
        Set<String> handlers = handlersOfTheApplication();
        Set<String> routes = routesOfTheApplication().keySet();
        assertThat(handlers).as("the handler mappings were read").contains("GET /api/me");
        assertThat(routes).as("the route registry was read").contains("work");

        Set<String> ruled = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Rule r : rules) {
            String key = r.kind() + " " + r.key();
            if (!ruled.add(key)) {
                problems.add("two rules for " + key + " (line " + r.line() + ")");
            }
            if (r.kind().equals("MVC") && !handlers.contains(r.key())) {
                problems.add("rule for an endpoint that no longer exists: " + r.key() + " (line " + r.line() + ")");
            }
            if (r.kind().equals("ROUTE") && !routes.contains(r.key())) {
                problems.add("rule for a route that no longer exists: " + r.key() + " (line " + r.line() + ")");
            }
        }
        handlers.stream().filter(h -> !ruled.contains("MVC " + h))
                .forEach(h -> problems.add("new endpoint without an authorisation rule: " + h));
        routes.stream().filter(r -> !ruled.contains("ROUTE " + r))
                .forEach(r -> problems.add("new route without an authorisation rule: " + r));

        assertThat(problems).as("authorisation-matrix.txt against the running application").isEmpty();
    }

    @Test
    void everyRoleReachesExactlyTheScreensItsRuleAllows() {
        Map<String, RouteData> routes = routesOfTheApplication();
        Router router = new Router(registry());
        Map<String, String> ids = fixture();
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Rule r : rules) {
            if (!r.kind().equals("ROUTE") || !routes.containsKey(r.key())) {
                continue;
            }
            RouteData route = routes.get(r.key());
            String path = r.probe().equals("-") ? (r.key().equals("(home)") ? "" : r.key()) : fill(r.probe(), ids);
            for (int i = 0; i < r.outcomes().size(); i++) {
                String expected = r.outcomes().get(i);
                String actual = navigation(router, route, path, LOGINS.get(i));
                cells++;
                if (!expected.equals(actual)) {
                    mismatches.add(r.key() + " as " + ROLES.get(i) + ": expected " + expected + " but was " + actual);
                }
            }
            // over HTTP, a browser without a session is sent to the login page for anything but an open screen
            RawHttp.Reply anonymous = http.send("GET", "/" + path, null, null, null,
                    Map.of("Accept", "text/html,application/xhtml+xml"));
            cells++;
            if (r.outcomes().get(0).equals("login")) {
                if (anonymous.status() != 302 || !anonymous.header("Location").endsWith("/login")) {
                    mismatches.add("GET /" + path + " anonymously over HTTP: expected a redirect to /login but was "
                            + anonymous.status() + " " + anonymous.header("Location"));
                }
            } else if (anonymous.status() != 200) {
                mismatches.add("GET /" + path + " anonymously over HTTP: expected 200 but was " + anonymous.status());
            }
        }
        System.out.printf("AuthorisationMatrixTest: %d route × role cells checked%n", cells);
        assertThat(cells).isGreaterThan(100);
        assertThat(mismatches).isEmpty();
    }

    private String navigation(Router router, RouteData route, String path, String login) {
        UsernamePasswordAuthenticationToken principal = null;
        Predicate<String> roles = role -> false;
        if (login != null) {
            UserDetails user = users.loadUserByUsername(login);
            principal = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            Set<String> granted = new java.util.HashSet<>(user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
            roles = role -> granted.contains("ROLE_" + role);
        }
        NavigationContext navigation = new NavigationContext(router, route.getNavigationTarget(), new Location(path),
                RouteParameters.empty(), principal, roles, false);
        AccessCheckDecision decision = navigationAccessControl.checkAccess(navigation, false).decision();
        if (decision == AccessCheckDecision.ALLOW) {
            return "allow";
        }
        return login == null ? "login" : "deny";
    }

    @Test
    void everyRoleGetsExactlyTheAnswerItsRuleSaysFromEveryHandlerAndFromCamunda() {
        Map<String, String> ids = fixture();
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Rule r : rules) {
            if (r.kind().equals("ROUTE") || r.probe().equals("-")) {
                continue;
            }
            // the entitled caller's write goes last: a refused caller must meet the thing still in place
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < r.outcomes().size(); i++) {
                if (!(r.outcomes().get(i).startsWith("2") && !r.probe().startsWith("GET"))) {
                    order.add(i);
                }
            }
            for (int i = 0; i < r.outcomes().size(); i++) {
                if (r.outcomes().get(i).startsWith("2") && !r.probe().startsWith("GET")) {
                    order.add(i);
                }
            }
            for (int i : order) {
                RawHttp.Reply reply = call(fill(r.probe(), ids), LOGINS.get(i));
                cells++;
                String expected = r.outcomes().get(i);
                if (!expected.equals(String.valueOf(reply.status()))) {
                    String body = reply.text();
                    mismatches.add(r.key() + " as " + ROLES.get(i) + ": expected " + expected + " but was " + reply.status()
                            + " " + body.substring(0, Math.min(160, body.length())));
                }
            }
        }
        System.out.printf("AuthorisationMatrixTest: %d endpoint × role cells checked over HTTP%n", cells);
        assertThat(cells).isGreaterThan(300);
        assertThat(mismatches).isEmpty();
    }

    private RawHttp.Reply call(String probe, String login) {
        String[] parts = probe.split(" ", 3);
        String method = parts[0];
        String path = parts[1];
        String body = parts.length > 2 ? parts[2] : null;
        if (body == null) {
            return http.send(method, path, login, null, null);
        }
        if (body.startsWith("multipart:")) {
            return http.upload(path, login, body.substring("multipart:".length()), "application/pdf", new byte[0], Map.of());
        }
        return http.json(method, path, login, body);
    }

    private static String fill(String probe, Map<String, String> ids) {
        String filled = probe;
        for (Map.Entry<String, String> e : ids.entrySet()) {
            filled = filled.replace("{" + e.getKey() + "}", e.getValue());
        }
        assertThat(filled).as("every placeholder of %s is known", probe).doesNotContainPattern("\\{[a-zA-Z]+\\}");
        return filled;
    }

    /**
     * An ordinary directive of the General Administration Group (held by director.admin), screened so that its
     * acknowledgement waits; the governor's file on it; a saved filter of staff; an alert to staff (a part delegated to
     * staff's position on a second directive).
     */
    private Map<String, String> fixture() {
        ApiClient api = new ApiClient(port);
        long unit = org.positionByCode("GRP-ADMIN-DIR").orElseThrow().unitId();
        long directive = api.issueScreened("ตารางสิทธิ์ " + System.nanoTime(), unit, "NONE", 10);
        RawHttp.Reply file = http.upload("/api/directives/" + directive + "/attachments", "governor", "หนังสือสั่งการ.pdf",
                "application/pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), Map.of());
        assertThat(file.status()).as(file.text()).isEqualTo(201);
        String ackTask = api.taskOf("director.admin", directive, "acknowledgePart");
        assertThat(ackTask).isNotNull();

        RawHttp.Reply filter = http.json("POST", "/api/tasks/filters", "staff", "{\"name\":\"ตาราง " + System.nanoTime() + "\"}");
        assertThat(filter.status()).as(filter.text()).isEqualTo(201);

        long second = api.issueScreened("ตารางสิทธิ์ มอบงาน " + System.nanoTime(), unit, "NONE", 10);
        long staffPosition = org.positionByCode("GRP-ADMIN-OFFICER-1").orElseThrow().id();
        ApiClient.Response ack = api.post("/api/tasks/" + api.taskOf("director.admin", second, "acknowledgePart") + "/complete",
                "director.admin", Map.of("delegateTo", staffPosition));
        assertThat(ack.status()).as(ack.raw()).isEqualTo(204);
        long alert = -1;
        for (com.fasterxml.jackson.databind.JsonNode a : api.get("/api/alerts?limit=100", "staff").body()) {
            if (a.path("directiveId").asLong() == second) {
                alert = a.get("id").asLong();
            }
        }
        assertThat(alert).as("the delegation alerted staff").isPositive();

        Map<String, String> ids = new HashMap<>();
        ids.put("directive", String.valueOf(directive));
        ids.put("attachment", String.valueOf(file.json().get("id").asLong()));
        ids.put("ackTask", ackTask);
        ids.put("filter", String.valueOf(filter.json().get("id").asLong()));
        ids.put("alert", String.valueOf(alert));
        ids.put("unit", String.valueOf(unit));
        ids.put("position", String.valueOf(staffPosition));
        ids.put("person", String.valueOf(org.person("staff").orElseThrow().id()));
        // the demo's monthly meeting body and its upcoming meeting (open for agenda items), with one of its items
        long body = -1;
        for (com.fasterxml.jackson.databind.JsonNode b : api.get("/api/meetings/bodies", "secretary").body()) {
            if (b.get("kind").asText().equals("MONTHLY")) {
                body = b.get("id").asLong();
            }
        }
        assertThat(body).as("the demo's monthly meeting body").isPositive();
        long meeting = -1;
        for (com.fasterxml.jackson.databind.JsonNode m : api.get("/api/meetings/bodies/" + body + "/meetings", "secretary").body()) {
            if (m.get("status").asText().equals("SCHEDULED") && meeting < 0) {
                meeting = m.get("id").asLong();
            }
        }
        assertThat(meeting).as("the demo's next monthly meeting").isPositive();
        ids.put("body", String.valueOf(body));
        ids.put("meeting", String.valueOf(meeting));
        ids.put("meetingItem", api.get("/api/meetings/" + meeting + "/items", "secretary").body().get(0).get("id").asText());
        LettersMatrixIds.put(ids, api, org);
        OutgoingMatrixIds.put(ids, api, org);
        MemoMatrixIds.put(ids, api, org);
        OrdersMatrixIds.put(ids, api, org);
        PartnersMatrixIds.put(ids, api, org);
        CoordinationMatrixIds.put(ids, api, org);
        MattersMatrixIds.put(ids, api, org);
        DiscussionMatrixIds.put(ids, api, org);
        NotifyMatrixIds.put(ids, api, org);
        return ids;
    }
}
