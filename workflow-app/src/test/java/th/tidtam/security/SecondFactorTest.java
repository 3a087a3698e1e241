package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.security.SecondFactors.Outcome;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * The second factor at login (issue 16): a code opens once, a replayed or expired code and a spent recovery code are
 * refused with their own reason and audited, wrong codes lock the account like wrong passwords, another administrator
 * resets a factor (never their own), and a right password alone never authenticates the session.
 */
@IntegrationTest
class SecondFactorTest {

    private static final String HERE = "127.0.0.1";

    @Autowired
    SecondFactors factors;
    @Autowired
    OrgAdministration administration;
    @Autowired
    PositionUserDetailsService users;
    @Autowired
    LoginAttempts attempts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    private record Enrolled(PersonSummary person, byte[] secret, long step, List<String> recoveryCodes) {
    }

    private Enrolled enrolled(String name) {
        PersonSummary person = new OrgFixtures(administration).person(name);
        SecondFactors.Enrolment enrolment = factors.begin();
        long step = Totp.step(clock.instant());
        List<String> codes = factors.confirm(person.id(), person.username(), enrolment, Totp.codeAt(enrolment.secret(), step));
        return new Enrolled(person, enrolment.secret(), step, codes);
    }

    private Outcome verify(Enrolled e, String code) {
        return factors.verify(e.person().username(), e.person().id(), code, HERE).outcome();
    }

    @Test
    void aCodeOpensTheLoginOnceAndIsThenRefusedAsReplayedAndAnOldCodeAsExpired() {
        Enrolled e = enrolled("tfacode");
        assertThat(factors.status(e.person().id()).enrolled()).isTrue();
        assertThat(factors.status(e.person().id()).recoveryCodesLeft()).isEqualTo(10);
        // the confirming code's step is spent already
        assertThat(verify(e, Totp.codeAt(e.secret(), e.step()))).isEqualTo(Outcome.REPLAYED);
        String next = Totp.codeAt(e.secret(), e.step() + 1);
        assertThat(verify(e, next)).isEqualTo(Outcome.ACCEPTED);
        assertThat(verify(e, next)).isEqualTo(Outcome.REPLAYED);
        assertThat(verify(e, Totp.codeAt(e.secret(), e.step() - 8))).isEqualTo(Outcome.EXPIRED);
        assertThat(verify(e, "12345x")).isEqualTo(Outcome.WRONG);

        List<String> reasons = jdbc.queryForList("select details from audit_log where username = ? and action = 'LOGIN_FAILED'",
                String.class, e.person().username());
        assertThat(reasons).anyMatch(d -> d.contains("REPLAYED")).anyMatch(d -> d.contains("EXPIRED"))
                .anyMatch(d -> d.contains("WRONG")).allMatch(d -> d.contains("second-factor"));
        assertThat(String.join(" ", reasons)).doesNotContain(next);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'SecondFactor' and action = 'CREATE'"
                + " and object_id = ?", Integer.class, String.valueOf(e.person().id()))).isEqualTo(1);
        // the secret is sealed at rest, never the base32 an app shows
        String sealed = jdbc.queryForObject("select secret_sealed from second_factor where person_id = ?", String.class,
                e.person().id());
        assertThat(sealed).doesNotContain(Totp.base32(e.secret()));
        attempts.unlock(e.person().username());
    }

    @Test
    void aRecoveryCodeOpensTheLoginOnceAndIsRefusedTheSecondTime() {
        Enrolled e = enrolled("tfarecovery");
        String code = e.recoveryCodes().get(3);
        assertThat(verify(e, code.toUpperCase())).isEqualTo(Outcome.RECOVERY_ACCEPTED);
        assertThat(verify(e, code)).isEqualTo(Outcome.RECOVERY_SPENT);
        assertThat(factors.status(e.person().id()).recoveryCodesLeft()).isEqualTo(9);
        assertThat(jdbc.queryForList("select code_hash from recovery_code where person_id = ?", String.class, e.person().id()))
                .hasSize(10).noneMatch(h -> h.contains(code.replace("-", "")));
        assertThat(jdbc.queryForList("select details from audit_log where username = ? and action = 'LOGIN_FAILED'",
                String.class, e.person().username())).anyMatch(d -> d.contains("RECOVERY_SPENT"));

        List<String> renewed = factors.renewRecoveryCodes(e.person().id(), e.person().username());
        assertThat(verify(e, e.recoveryCodes().get(0))).isEqualTo(Outcome.WRONG);
        assertThat(verify(e, renewed.get(0))).isEqualTo(Outcome.RECOVERY_ACCEPTED);
        attempts.unlock(e.person().username());
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswordsAndTheRightCodeDoesNotOpenItUntilUnlocked() {
        Enrolled e = enrolled("tfabrute");
        int max = attempts.properties().maxFailures();
        for (int i = 1; i < max; i++) {
            assertThat(verify(e, String.format("%06d", i))).isIn(Outcome.WRONG, Outcome.EXPIRED);
        }
        assertThat(verify(e, "000000")).isEqualTo(Outcome.LOCKED);
        assertThat(verify(e, Totp.codeAt(e.secret(), e.step() + 1))).isEqualTo(Outcome.LOCKED);
        assertThat(attempts.currentLocks()).anyMatch(l -> l.username().equals(e.person().username()));

        attempts.unlock(e.person().username());
        assertThat(verify(e, Totp.codeAt(e.secret(), e.step() + 1))).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void anotherAdministratorResetsAFactorWithAnAuditRowNamingBothButNeverTheirOwn() {
        Enrolled e = enrolled("tfareset");
        TidtamUser admin = users.loadUserByUsername("admin");
        TidtamUser someone = users.loadUserByUsername("staff");

        assertThatThrownBy(() -> factors.reset(admin, "admin")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("twofactor.error.reset-self");
        assertThatThrownBy(() -> factors.reset(someone, e.person().username())).isInstanceOf(AccessDeniedException.class);
        assertThat(factors.enrolled(e.person().id())).isTrue();

        factors.reset(admin, e.person().username());
        assertThat(factors.status(e.person().id())).isEqualTo(new SecondFactors.Status(false, null, 0));
        Map<String, Object> row = jdbc.queryForMap("select * from audit_log where object_type = 'SecondFactor'"
                + " and action = 'DELETE' and object_id = ? order by id desc limit 1", String.valueOf(e.person().id()));
        assertThat((String) row.get("details")).contains("FACTOR_RESET").contains("\"resetBy\":\"admin\"")
                .contains(e.person().username());
        assertThatThrownBy(() -> factors.reset(admin, e.person().username())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("twofactor.error.reset-none");
    }

    @Test
    void aPersonRemovesTheirOwnFactorButAnAdministratorCannot() {
        Enrolled e = enrolled("tfaremove");
        factors.removeOwn(users.loadUserByUsername(e.person().username()));
        assertThat(factors.enrolled(e.person().id())).isFalse();
        assertThatThrownBy(() -> factors.removeOwn(users.loadUserByUsername("admin"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("twofactor.error.required");
    }

    @Test
    void theRightPasswordOfAPersonWithASecondFactorLeavesTheSessionUnauthenticated() {
        Enrolled e = enrolled("tfaform");
        Http http = new Http(port);
        String session = http.anonymousSession();
        HttpResponse<String> login = http.formLogin(session, e.person().username(), OrgFixtures.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        String after = Http.sessionCookie(login).orElse(session);
        assertThat(http.send(Http.session(http.request("/api/me"), after).GET()).statusCode()).isEqualTo(401);
        // no LOGIN row yet: the login is not done
        assertThat(jdbc.queryForObject("select count(*) from audit_log where username = ? and action = 'LOGIN'",
                Integer.class, e.person().username())).isZero();
    }
}
