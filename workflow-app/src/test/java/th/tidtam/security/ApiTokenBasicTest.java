package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;
import th.tidtam.support.TestLogins;

/**
 * HTTP Basic with API tokens (issue 16): a token carries exactly the person's rights and stops at once when revoked;
 * unknown tokens count towards the lock; the password of an administrator or of anyone with a second factor is
 * refused there with "use an API token", everyone else's still works; Camunda's REST follows the same rule.
 */
@IntegrationTest
class ApiTokenBasicTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    SecondFactors factors;
    @Autowired
    OrgAdministration administration;
    @Autowired
    LoginAttempts attempts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String username, String secret) {
        Http http = new Http(port);
        return http.send(http.request(path).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8))).GET());
    }

    @Test
    void theAdministratorsPasswordIsRefusedOverBasicWithAMessageToUseATokenAndTheTokenWorks() {
        HttpResponse<String> refused = get("/api/me", "admin", "demo");
        assertThat(refused.statusCode()).isEqualTo(401);
        JsonNode problem = Http.body(refused);
        assertThat(problem.get("code").asText()).isEqualTo("twofactor.basic.use-token");
        assertThat(problem.get("message_th").asText()).contains("โทเค็น API");
        assertThat(problem.get("message_en").asText()).contains("API token");
        assertThat(get("/engine-rest/engine", "admin", "demo").statusCode()).isEqualTo(401);
        assertThat(get("/camunda/app/cockpit/default/", "admin", "demo").statusCode()).isEqualTo(401);
        // a wrong password is still just a wrong password
        assertThat(Http.body(get("/api/me", "admin", "not-the-password")).get("code").asText()).isEqualTo("error.unauthorized");

        String token = TestLogins.adminToken();
        HttpResponse<String> me = get("/api/me", "admin", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(Http.body(me).get("roles").toString()).contains("ADMIN");
        assertThat(get("/engine-rest/engine", "admin", token).statusCode()).isEqualTo(200);
        // a token is the person's: under another username it opens nothing
        assertThat(get("/api/me", "staff", token).statusCode()).isEqualTo(401);
        attempts.unlock("staff");
    }

    @Test
    void aTokenGivesExactlyThePersonsRightsAndIsRefusedOnceRevoked() {
        PersonSummary person = new OrgFixtures(administration).person("tokenuser");
        ApiTokens.IssuedToken issued = tokens.create(person.id(), person.username(), "สคริปต์ทดสอบ");
        assertThat(issued.token()).startsWith(ApiTokens.PREFIX);
        assertThat(jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, issued.id()))
                .isNotEqualTo(issued.token()).hasSize(64);

        HttpResponse<String> me = get("/api/me", person.username(), issued.token());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(Http.body(me).get("username").asText()).isEqualTo(person.username());
        assertThat(Http.body(me).get("roles").toString()).doesNotContain("ADMIN");
        assertThat(get("/api/admin/login-locks", person.username(), issued.token()).statusCode()).isEqualTo(403);
        assertThat(tokens.active(person.id())).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
        // no second factor: the password keeps working for this person
        assertThat(get("/api/me", person.username(), OrgFixtures.PASSWORD).statusCode()).isEqualTo(200);

        tokens.revoke(person.id(), person.username(), issued.id());
        assertThat(get("/api/me", person.username(), issued.token()).statusCode()).isEqualTo(401);
        assertThat(tokens.active(person.id())).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.revoke(person.id(), person.username(), issued.id()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("apitoken.error.not-found");
        assertThat(jdbc.queryForList("select action from audit_log where object_type = 'ApiToken' and object_id = ?",
                String.class, String.valueOf(issued.id()))).containsExactly("CREATE", "DELETE");
        attempts.unlock(person.username());
    }

    @Test
    void unknownTokensCountTowardsTheLockLikeWrongPasswords() {
        PersonSummary person = new OrgFixtures(administration).person("tokenguess");
        String fake = ApiTokens.PREFIX + "A".repeat(43);
        for (int i = 0; i < attempts.properties().maxFailures(); i++) {
            assertThat(get("/api/me", person.username(), fake).statusCode()).isEqualTo(401);
        }
        ApiTokens.IssuedToken real = tokens.create(person.id(), person.username(), "ok");
        assertThat(get("/api/me", person.username(), real.token()).statusCode()).isEqualTo(423);
        attempts.unlock(person.username());
        assertThat(get("/api/me", person.username(), real.token()).statusCode()).isEqualTo(200);
    }

    @Test
    void aScriptsTokenDoesNotResetTheCountOfWrongSecondFactorCodes() {
        PersonSummary person = new OrgFixtures(administration).person("tokennoreset");
        SecondFactors.Enrolment enrolment = factors.begin();
        factors.confirm(person.id(), person.username(), enrolment, Totp.code(enrolment.secret(), clock.instant()));
        ApiTokens.IssuedToken script = tokens.create(person.id(), person.username(), "every minute");
        int max = attempts.properties().maxFailures();
        for (int i = 1; i < max; i++) {
            // someone with the password guesses codes, while the person's script keeps running with its token
            factors.verify(person.username(), person.id(), "99999" + (i % 10), "203.0.113.9");
            assertThat(get("/api/me", person.username(), script.token()).statusCode()).isEqualTo(200);
        }
        assertThat(factors.verify(person.username(), person.id(), "888888", "203.0.113.9").outcome())
                .isEqualTo(SecondFactors.Outcome.LOCKED);
        attempts.unlock(person.username());
    }

    @Test
    void aPersonWhoEnrolledASecondFactorMustUseATokenOverBasic() {
        PersonSummary person = new OrgFixtures(administration).person("tokenenrolled");
        SecondFactors.Enrolment enrolment = factors.begin();
        factors.confirm(person.id(), person.username(), enrolment, Totp.code(enrolment.secret(), clock.instant()));
        HttpResponse<String> refused = get("/api/me", person.username(), OrgFixtures.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(Http.body(refused).get("code").asText()).isEqualTo("twofactor.basic.use-token");
        assertThat(jdbc.queryForList("select details from audit_log where username = ? and action = 'LOGIN_FAILED'",
                String.class, person.username())).anyMatch(d -> d.contains("PasswordNotAccepted"));
        ApiTokens.IssuedToken issued = tokens.create(person.id(), person.username(), "cron");
        assertThat(get("/api/me", person.username(), issued.token()).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenNameIsRequiredAndNothingIsMadeWithoutOne() {
        PersonSummary person = new OrgFixtures(administration).person("tokenname");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create(person.id(), person.username(), "  "))
                .isInstanceOf(RuleViolation.class);
        assertThat(tokens.active(person.id())).isEmpty();
    }

}
