package th.tidtam.support;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.awaitility.Awaitility;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.ApiTokens;
import th.tidtam.security.SecondFactors;
import th.tidtam.security.Totp;

/**
 * The demo administrator must use a second factor (issue 16): over HTTP Basic with an API token instead of the
 * password "demo", in the browser with a TOTP code after the password. Once per Spring context (at first use) the
 * administrator is enrolled through the application's own service with a secret known to the tests and given an
 * API token; {@link #credentials} then turns "admin:demo" into "admin:&lt;token&gt;" for every test that logs in over
 * Basic, and {@link #nextAdminCode} gives each browser login a code of a time step not yet used — the replay rule
 * stays as strict as in production: a step is never offered twice, and when the three steps the server accepts
 * (now and one either side) are spent, the next login waits for the next step (at most 30 s, rare: the suite's admin
 * logins are seconds to minutes apart).
 */
public final class TestLogins {

    public static final String ADMIN = "admin";
    /** 20 bytes, as the application makes them; only for the test database. */
    static final byte[] ADMIN_SECRET = "tidtam-test-admin-2f".getBytes(StandardCharsets.US_ASCII);

    /** The second province's administrator (issue 18), who must use a second factor too. */
    public static final String PROVINCE_ADMIN = th.tidtam.demo.SecondProvinceDemoData.ADMINISTRATOR;

    private static Enroller enroller;
    private static String adminToken;
    private static final java.util.Map<String, String> provinceAdminTokens = new java.util.HashMap<>();
    private static final Set<Long> usedSteps = new HashSet<>();

    private TestLogins() {
    }

    /**
     * The Basic "user:secret" a test means by a user and password: an administrator's token for "admin:demo" and for
     * the second province's administrator (enrolled at first use, once the test has loaded that province).
     */
    public static String credentials(String user, String password) {
        if (ADMIN.equals(user) && "demo".equals(password)) {
            return user + ":" + adminToken();
        }
        if (PROVINCE_ADMIN.equals(user) && "demo".equals(password)) {
            return user + ":" + provinceAdminToken();
        }
        return user + ":" + password;
    }

    /** Whether the login is one of the administrators the tests enrol (they must use a second factor). */
    public static boolean mustUseASecondFactor(String user) {
        return ADMIN.equals(user) || PROVINCE_ADMIN.equals(user);
    }

    /** Enrols the administrator now (if not yet), so that a browser login asks for a code instead of enrolment. */
    public static void enrolled(String user) {
        if (PROVINCE_ADMIN.equals(user)) {
            provinceAdminToken();
        } else {
            adminToken();
        }
    }

    private static synchronized String provinceAdminToken() {
        adminToken();
        return provinceAdminTokens.computeIfAbsent(PROVINCE_ADMIN, enroller::enrol);
    }

    /** The administrator's API token of this context. */
    public static synchronized String adminToken() {
        if (adminToken == null) {
            if (enroller == null) {
                throw new IllegalStateException("no integration-test context has started: the admin has no token yet");
            }
            adminToken = enroller.enrolAdmin();
        }
        return adminToken;
    }

    /** The administrator's secret as enrolled (for tests that compute codes themselves). */
    public static byte[] adminSecret() {
        adminToken();
        return ADMIN_SECRET.clone();
    }

    /**
     * A code of the administrator's authenticator for a step the server accepts now and no login used before: the
     * current step, else the next, else the previous while it is young enough not to expire before the server
     * checks it; when all are spent, the next step is awaited.
     */
    public static synchronized String nextAdminCode() {
        adminToken();
        Clock clock = enroller.clock;
        Awaitility.await("a TOTP step the administrator has not used").atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(500)).until(() -> freeStep(clock) != null);
        long step = freeStep(clock);
        usedSteps.add(step);
        return Totp.codeAt(ADMIN_SECRET, step);
    }

    private static Long freeStep(Clock clock) {
        long now = clock.instant().getEpochSecond();
        long current = Math.floorDiv(now, Totp.STEP.getSeconds());
        long into = now - current * Totp.STEP.getSeconds();
        for (long s : new long[] { current, current + 1 }) {
            if (!usedSteps.contains(s)) {
                return s;
            }
        }
        return into < 15 && !usedSteps.contains(current - 1) ? current - 1 : null;
    }

    /** A bean of the test context: enrols the administrator through the service when the first test needs it. */
    public static final class Enroller {

        private final SecondFactors factors;
        private final ApiTokens tokens;
        private final OrgDirectory directory;
        private final Clock clock;

        Enroller(SecondFactors factors, ApiTokens tokens, OrgDirectory directory, Clock clock) {
            this.factors = factors;
            this.tokens = tokens;
            this.directory = directory;
            this.clock = clock;
            synchronized (TestLogins.class) {
                enroller = this;
                adminToken = null;
                provinceAdminTokens.clear();
            }
        }

        String enrolAdmin() {
            return enrol(ADMIN);
        }

        String enrol(String username) {
            long personId = directory.person(username).orElseThrow(() -> new IllegalStateException(
                    username + " does not exist yet: load the second province first")).id();
            // the step of the confirming code is spent like a login's
            long step = Math.floorDiv(clock.instant().getEpochSecond(), Totp.STEP.getSeconds());
            usedSteps.add(step);
            factors.confirm(personId, username, new SecondFactors.Enrolment(ADMIN_SECRET.clone()),
                    Totp.codeAt(ADMIN_SECRET, step));
            return tokens.create(personId, username, "test support").token();
        }
    }
}
