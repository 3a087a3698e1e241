package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.security.Totp;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * Issue 16 in the browser: a new administrator is taken to enrolment at the first login (QR code, secret, a code
 * to confirm, recovery codes once) and logs in with the app's code afterwards; a person makes an API token on their
 * security page, a script uses it, the token is revoked on the screen and the script is refused.
 */
@IntegrationTest
class SecondFactorBrowserTest extends BrowserTestSupport {

    @Autowired
    OrgAdministration administration;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aNewAdministratorEnrolsAtTheFirstLoginAndThenLogsInWithTheAppsCode() {
        OrgFixtures fx = new OrgFixtures(administration);
        // the installation's administrator (a post in the system's unit, no province) must enrol; a province's need not
        long systemUnit = jdbc.queryForObject("select id from org_unit where kind = 'SYSTEM'", Long.class);
        var position = fx.position("TFAADMIN", systemUnit, null, PositionRole.ADMINISTRATOR);
        PersonSummary person = fx.person("tfaadmin");
        fx.hold(position.id(), person.id(), LocalDate.now(clock).minusDays(1));

        submitPassword(person.username());
        assertThat(page.locator("#second-factor-qr")).isVisible();
        String secretText = page.locator("#second-factor-secret").getAttribute("data-secret");
        byte[] secret = base32(secretText);
        // nothing else opens before enrolment is done: the session is not logged in yet
        screenshot("second-factor-enrol-th");
        long step = Totp.step(clock.instant());
        page.locator("#second-factor-enrol-code input").fill("000000".equals(Totp.codeAt(secret, step)) ? "111111" : "000000");
        page.locator("#second-factor-enrol-confirm").click();
        assertThat(page.locator("#second-factor-error")).isVisible();
        page.locator("#second-factor-enrol-code input").fill(Totp.codeAt(secret, step));
        page.locator("#second-factor-enrol-confirm").click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        screenshot("second-factor-recovery-codes-th");
        page.waitForNavigation(() -> page.locator("#second-factor-continue").click());
        waitForShell();
        assertThat(page.getByTestId("current-user")).hasAttribute("data-username", person.username());

        logout();
        submitPassword(person.username());
        assertThat(page.locator("#second-factor-code")).isVisible();
        // the enrolment's code is spent: typed again it is refused as used (or, on a slow machine, as expired)
        answerSecondFactor(Totp.codeAt(secret, step));
        assertThat(page.locator("#second-factor-error")).containsText(java.util.regex.Pattern.compile("ถูกใช้ไปแล้ว|หมดอายุ"));
        screenshot("second-factor-replayed-th");
        long next = Math.max(step + 1, Totp.step(clock.instant()));
        // a double click sends the code once: the login completes and no second, replayed submit is counted against it
        page.locator("#second-factor-code input").fill(Totp.codeAt(secret, next));
        page.waitForNavigation(() -> page.locator("#second-factor-submit").dblclick());
        waitForShell();
        assertThat(page.getByTestId("current-user")).hasAttribute("data-username", person.username());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from login_failure where username = ?", Integer.class, person.username()))
                .as("failures counted after the double-clicked login").isZero();
        open("me/security");
        assertThat(page.locator("#factor-status")).containsText("เปิดใช้อยู่");
        assertThat(page.locator("#factor-remove")).isHidden();
        screenshot("my-security-admin-th");
    }

    @Test
    void aScriptUsesAnApiTokenUntilItIsRevokedOnTheScreen() {
        PersonSummary person = new OrgFixtures(administration).person("tokenscreen");
        submitPassword(person.username());
        waitForShell();
        open("me/security");
        page.locator("#token-name input").fill("สคริปต์รายงานประจำวัน");
        page.locator("#token-create").click();
        waitForVaadin();
        String token = page.locator("#token-value input").inputValue();
        assertThat(token).startsWith("tdt_");
        assertThat(page.getByTestId("api-tokens")).containsText("สคริปต์รายงานประจำวัน");
        screenshot("api-token-made-th");

        assertThat(script(person.username(), token)).isEqualTo(200);
        open("me/security");
        // the token is shown once: a new visit of the page has only its name
        assertThat(page.locator("#token-value")).hasCount(0);
        page.getByTestId("revoke-token-สคริปต์รายงานประจำวัน").click();
        page.locator("#security-confirm").click();
        waitForVaadin();
        // the grid keeps a removed row's cells, hidden
        assertThat(page.getByTestId("revoke-token-สคริปต์รายงานประจำวัน")).isHidden();
        screenshot("api-token-revoked-th");
        assertThat(script(person.username(), token)).isEqualTo(401);
    }

    @Test
    void theGovernorIsOfferedASecondFactorAtLoginAndMayPutItOff() {
        loginAs("governor", Lang.THAI);
        assertThat(page.locator("#second-factor-offer")).isVisible();
        screenshot("second-factor-offer-th");
        page.locator("#second-factor-offer-later").click();
        assertThat(page.locator("#second-factor-offer")).isHidden();
    }

    private void submitPassword(String username) {
        open("login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(OrgFixtures.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form [part='vaadin-login-submit']").first()
                .click();
    }

    private int script(String username, String token) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("api/me")))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((username + ":" + token).getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
