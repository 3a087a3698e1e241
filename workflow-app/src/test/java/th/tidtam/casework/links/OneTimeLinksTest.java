package th.tidtam.casework.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.time.ApplicationZone;
import th.tidtam.casework.CaseRef;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.Race;

/**
 * One-time links as a partner without a login meets them, and as someone guessing meets them: guessed tokens open
 * nothing and the guesser's address is soon refused even with a real token, a link stops at its expiry on the engine
 * clock, two submits at once answer once, and every use is on the audit trail with its address.
 */
@IntegrationTest
class OneTimeLinksTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Addresses of the documentation range, fresh per run: no other test's tries count against them. */
    private static final String RUN = Long.toHexString(System.nanoTime() & 0xffffL);

    @Autowired OneTimeLinks links;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private static long nextCase = System.nanoTime() % 1_000_000_000L;

    @AfterEach
    void clockBack() {
        EngineClockTravel.backToNow();
    }

    private static String address(String name) {
        return "2001:db8:" + RUN + "::" + name;
    }

    private static CaseRef aCase() {
        return CaseRef.of("LINKTEST", ++nextCase);
    }

    private static String guess() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private IssuedLink issue(CaseRef ref) {
        return links.issue(ref, 7L, clock.instant().plus(Duration.ofDays(3)));
    }

    @Test
    void guessedTokensOpenNothingAndAnAddressOverTheLimitIsRefusedEvenWithTheRealToken() {
        IssuedLink real = issue(aCase());
        assertThat(real.token()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.queryForObject("select count(*) from case_link where token_hash = ?", Long.class, real.token()))
                .as("the token itself is never stored").isZero();

        // 2,000 guesses spread over 200 addresses, each staying within its limit of 10 failures: none opens
        int opened = 0;
        for (int i = 0; i < 2000; i++) {
            if (links.open(guess(), address("g" + (i / 10))).isPresent()) {
                opened++;
            }
        }
        assertThat(opened).isZero();

        // one more try from a guessing address is refused, even with the real token, for the rest of the window
        String guesser = address("g0");
        assertThatThrownBy(() -> links.open(real.token(), guesser)).isInstanceOf(LinksThrottled.class)
                .satisfies(e -> assertThat(((LinksThrottled) e).waitMinutes()).isBetween(1L, 10L));
        assertThatThrownBy(() -> links.redeem(real.token(), guesser)).isInstanceOf(LinksThrottled.class);
        // malformed and hostile tokens are just unknown
        assertThat(links.open("' or 1=1 --", address("hostile"))).isEmpty();
        assertThat(links.open("ก".repeat(100_000), address("hostile"))).isEmpty();
        assertThat(links.open(null, address("hostile"))).isEmpty();

        // the partner's own address is not held back by someone else's guessing
        assertThat(links.open(real.token(), address("partner"))).get().extracting(LinkTarget::linkId)
                .isEqualTo(real.linkId());
        assertThat(links.usedAt(real.linkId())).isEmpty();
    }

    @Test
    void aLinkStopsOpeningAtItsExpiryOnTheEngineClock() {
        LocalDate today = LocalDate.now(clock.withZone(ApplicationZone.ID));
        CaseRef ref = aCase();
        Instant expiry = today.plusDays(5).atTime(23, 59, 59).atZone(ApplicationZone.ID).toInstant();
        IssuedLink link = links.issue(ref, 3L, expiry);

        EngineClockTravel.at(today.plusDays(5));
        assertThat(links.open(link.token(), address("expiry"))).get()
                .isEqualTo(new LinkTarget(link.linkId(), ref, 3L, expiry));

        EngineClockTravel.at(today.plusDays(6));
        assertThat(links.open(link.token(), address("expiry"))).isEmpty();
        assertThatThrownBy(() -> links.redeem(link.token(), address("expiry"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining(OneTimeLinks.UNUSABLE);
        assertThat(links.usedAt(link.linkId())).isEmpty();

        // a link cannot be issued already expired
        assertThatThrownBy(() -> links.issue(ref, 3L, clock.instant().minusSeconds(1))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("links.error.expiry-past");
    }

    @Test
    void twoSubmitsAtOnceAnswerOnceAndTheSecondIsRefused() throws Exception {
        IssuedLink link = issue(aCase());
        List<String> outcomes = Race.atOnce(() -> submit(link.token(), "one"), () -> submit(link.token(), "two"));
        assertThat(outcomes).containsExactlyInAnyOrder("answered", OneTimeLinks.UNUSABLE);
        assertThat(links.usedAt(link.linkId())).isPresent();

        // after answering, the page shows the one "cannot be used" page: nothing opens any more
        assertThat(links.open(link.token(), address("one"))).isEmpty();
        assertThatThrownBy(() -> links.redeem(link.token(), address("one"))).isInstanceOf(RuleViolation.class);
    }

    private String submit(String token, String who) {
        try {
            links.redeem(token, address(who));
            return "answered";
        } catch (RuleViolation refused) {
            return refused.messageKey();
        }
    }

    @Test
    void issuingOpeningAnsweringRevokingAndFailingAreOnTheAuditTrailWithTheirAddress() {
        CaseRef ref = aCase();
        IssuedLink answered = issue(ref);
        IssuedLink revoked = issue(ref);
        links.open(answered.token(), address("audit"));
        links.redeem(answered.token(), address("audit"));
        links.revoke(revoked.linkId());
        links.open(revoked.token(), address("audit"));
        links.open(guess(), address("audit"));

        List<String> rows = new ArrayList<>(jdbc.queryForList("select details from audit_log where action = 'LINK'"
                + " and object_type = ? and object_id = ? order by id", String.class, ref.type(), String.valueOf(ref.id())));
        assertThat(String.join("\n", rows)).contains("ISSUED", "OPENED", "ANSWERED", "REVOKED");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'LINK' and address = ?",
                Long.class, address("audit"))).isEqualTo(4L);
        assertThat(jdbc.queryForList("select details from audit_log where action = 'LINK' and address = ?"
                + " and object_id is null", String.class, address("audit"))).singleElement().asString().contains("UNKNOWN");
        assertThat(links.usedAt(answered.linkId())).isPresent();
        assertThat(links.usedAt(revoked.linkId())).isEmpty();
    }
}
