package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.PersonForm;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * Repeated wrong passwords lock a username (423), too many failures from one address block it (429 with
 * Retry-After), on every way of logging in. Every test uses its own throwaway people and made-up client addresses
 * (X-Forwarded-For, trusted from loopback as from a proxy), and clears what it counted.
 */
@IntegrationTest
class LoginLockoutTest {

    @LocalServerPort
    int port;
    @Autowired
    OrgAdministration administration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LoginAttempts attempts;
    @Autowired
    ConfigurableApplicationContext context;

    private Http http;
    private OrgFixtures fixtures;
    private final Set<String> usernames = new HashSet<>();
    private final Set<String> addresses = new HashSet<>();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new OrgFixtures(administration);
    }

    @AfterEach
    void forgetWhatThisTestCounted() {
        for (String name : usernames) {
            attempts.unlock(name);
        }
        for (String address : addresses) {
            jdbc.update("delete from login_failure where address = ?", address);
            jdbc.update("delete from login_lock where kind = 'ADDRESS' and subject = ?", address);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndEvenTheRightPasswordIsThenRefusedWith423() {
        String user = person("locked");
        String from = address();
        for (int i = 0; i < maxFailures(); i++) {
            assertThat(api(user, "wrong-" + i, from).statusCode()).as("failure " + (i + 1)).isEqualTo(401);
        }

        HttpResponse<String> locked = api(user, OrgFixtures.PASSWORD, from);

        assertThat(locked.statusCode()).isEqualTo(423);
        JsonNode problem = Http.body(locked);
        assertThat(problem.get("code").asText()).isEqualTo("login.locked.message");
        assertThat(problem.get("message_th").asText()).contains("ระงับการเข้าสู่ระบบชั่วคราว").contains("ผู้ดูแลระบบ");
        assertThat(problem.get("message_en").asText()).contains("locked").contains("15 minutes");
        assertThat(locked.body()).doesNotContain("Exception");
    }

    @Test
    void unknownAndDisabledUsernamesLockExactlyLikeARealOneSoNothingRevealsWhichLoginsExist() {
        String real = person("real");
        PersonSummary disabledPerson = fixtures.person("disabled");
        usernames.add(disabledPerson.username());
        administration.updatePerson(disabledPerson.id(), new PersonForm(disabledPerson.username(),
                disabledPerson.fullNameTh(), disabledPerson.fullNameEn(), null, "", false));
        String unknown = "t.nobody." + UUID.randomUUID().toString().substring(0, 8);
        usernames.add(unknown);
        String from = address();
        List<HttpResponse<String>> realAnswers = new ArrayList<>();
        List<List<HttpResponse<String>>> others = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i <= maxFailures(); i++) {
            realAnswers.add(api(real, "wrong", from));
            others.get(0).add(api(unknown, "wrong", from));
            others.get(1).add(api(disabledPerson.username(), "wrong", from));
        }
        // and a disabled account's right password reveals nothing either
        others.get(2).addAll(List.of(api(disabledPerson.username(), OrgFixtures.PASSWORD, from)));
        for (List<HttpResponse<String>> answers : others.subList(0, 2)) {
            for (int i = 0; i <= maxFailures(); i++) {
                assertThat(answers.get(i).statusCode()).as("attempt " + (i + 1)).isEqualTo(realAnswers.get(i).statusCode());
                assertThat(answers.get(i).body()).isEqualTo(realAnswers.get(i).body());
            }
            assertThat(answers.get(maxFailures()).statusCode()).isEqualTo(423);
        }
        assertThat(others.get(2).get(0).body()).isEqualTo(realAnswers.get(maxFailures()).body());
    }

    @Test
    void aSuccessfulLoginStartsTheCountAfresh() {
        String user = person("reset");
        String from = address();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < maxFailures() - 1; i++) {
                assertThat(api(user, "wrong", from).statusCode()).isEqualTo(401);
            }
            assertThat(api(user, OrgFixtures.PASSWORD, from).statusCode()).as("round " + round).isEqualTo(200);
        }
        assertThat(attempts.accountLockedUntil(user)).isEmpty();
    }

    @Test
    void aLockCountsForTheLoginFormTheApiTheEngineRestApiAndTheCamundaWebapps() {
        String user = person("paths");
        String from = address();
        // failures through the login form count towards the same lock
        for (int i = 0; i < maxFailures(); i++) {
            HttpResponse<String> form = http.formLogin(null, user, "wrong", "X-Forwarded-For", from);
            assertThat(form.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        }

        assertThat(api(user, OrgFixtures.PASSWORD, from).statusCode()).isEqualTo(423);
        assertThat(get("/engine-rest/engine", user, OrgFixtures.PASSWORD, from).statusCode()).isEqualTo(423);
        assertThat(get("/camunda/app/cockpit/default/", user, OrgFixtures.PASSWORD, from).statusCode()).isEqualTo(423);
        HttpResponse<String> form = http.formLogin(null, user, OrgFixtures.PASSWORD, "X-Forwarded-For", from);
        assertThat(form.headers().firstValue("Location")).as("the right password on the form during the lock")
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    }

    @Test
    void theAdministratorAndOnlyTheAdministratorUnlocksAnAccount() {
        String user = person("unlock");
        String from = address();
        lock(user, from);

        assertThat(http.send(Http.basic(http.request("/api/admin/login-locks/" + user), "staff", "demo").DELETE())
                .statusCode()).isEqualTo(403);
        HttpResponse<String> list = http.send(Http.basic(http.request("/api/admin/login-locks"), "admin", "demo").GET());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"" + user + "\"");
        assertThat(api(user, OrgFixtures.PASSWORD, from).statusCode()).isEqualTo(423);

        assertThat(http.send(Http.basic(http.request("/api/admin/login-locks/" + user), "admin", "demo").DELETE())
                .statusCode()).isEqualTo(204);

        assertThat(api(user, OrgFixtures.PASSWORD, from).statusCode()).isEqualTo(200);
        assertThat(http.send(Http.basic(http.request("/api/admin/login-locks"), "admin", "demo").GET()).body())
                .doesNotContain("\"" + user + "\"");
    }

    @Test
    void aLockEndsByItselfWhenItsTimeIsUp() {
        String user = person("expire");
        String from = address();
        lock(user, from);
        // the lock's 15 minutes pass
        jdbc.update("update login_lock set locked_until = date_sub(utc_timestamp(3), interval 1 second)"
                + " where kind = 'ACCOUNT' and subject = ?", user);
        jdbc.update("update login_failure set failed_at = date_sub(failed_at, interval 20 minute) where username = ?", user);

        assertThat(api(user, OrgFixtures.PASSWORD, from).statusCode()).isEqualTo(200);
    }

    @Test
    void tooManyFailuresFromOneAddressAreAnswered429WithRetryAfterWhateverTheUsername() {
        String from = address();
        String user = person("victim");
        int limit = attempts.properties().addressMaxFailures();
        for (int i = 0; i < limit; i++) {
            String guess = "t.spray." + i + "." + UUID.randomUUID().toString().substring(0, 6);
            usernames.add(guess);
            assertThat(api(guess, "wrong", from).statusCode()).as("failure " + (i + 1)).isEqualTo(401);
        }

        HttpResponse<String> blocked = api(user, OrgFixtures.PASSWORD, from);

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).hasValueSatisfying(
                v -> assertThat(Long.parseLong(v)).isBetween(1L, attempts.properties().addressWindow().toSeconds() + 1));
        JsonNode problem = Http.body(blocked);
        assertThat(problem.get("code").asText()).isEqualTo("login.throttled.message");
        assertThat(problem.get("message_th").asText()).contains("หลายครั้งเกินกำหนด");
        assertThat(problem.get("message_en").asText()).contains("Too many failed logins");
        // the same person from another computer is not affected
        assertThat(api(user, OrgFixtures.PASSWORD, address()).statusCode()).isEqualTo(200);
    }

    @Test
    void loginsPublishSpringsStandardAuthenticationEventsLockedOnesIncluded() {
        String user = person("events");
        String from = address();
        List<AbstractAuthenticationEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = e -> {
            if (e instanceof AbstractAuthenticationEvent a && a.getAuthentication().getName().equals(user)) {
                events.add(a);
            }
        };
        ApplicationEventMulticaster multicaster = context.getBean(
                AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
        multicaster.addApplicationListener(listener);
        try {
            assertThat(api(user, OrgFixtures.PASSWORD, from).statusCode()).isEqualTo(200);
            lock(user, from);
            assertThat(api(user, OrgFixtures.PASSWORD, from).statusCode()).isEqualTo(423);
        } finally {
            multicaster.removeApplicationListener(listener);
        }
        assertThat(events).anyMatch(e -> e instanceof AuthenticationSuccessEvent);
        assertThat(events).filteredOn(e -> e instanceof AuthenticationFailureBadCredentialsEvent).hasSize(maxFailures());
        assertThat(events).anyMatch(e -> e instanceof AuthenticationFailureLockedEvent);
    }

    private void lock(String user, String from) {
        for (int i = 0; i < maxFailures(); i++) {
            assertThat(api(user, "wrong", from).statusCode()).isEqualTo(401);
        }
    }

    private int maxFailures() {
        return attempts.properties().maxFailures();
    }

    private String person(String name) {
        String username = fixtures.person(name).username();
        usernames.add(username);
        return username;
    }

    /** A made-up client address from the documentation range, fresh for every call. */
    private String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String a = "198.51." + r.nextInt(0, 100) + "." + r.nextInt(1, 255);
        addresses.add(a);
        return a;
    }

    private HttpResponse<String> api(String username, String password, String from) {
        return get("/api/me", username, password, from);
    }

    private HttpResponse<String> get(String path, String username, String password, String from) {
        HttpRequest.Builder request = Http.basic(http.request(path), username, password).header("X-Forwarded-For", from)
                .header("Accept", "application/json").GET();
        return http.send(request);
    }
}
