package th.tidtam.casework.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.CaseAccess;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.casework.timeline.TimelineEntry;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * A case type that is not the directive ({@link LetterCaseType}, registered only in the tests) gets numbers, a
 * timeline, alerts, attachments and visibility from the casework core without any change to the core or My work.
 */
@IntegrationTest
class ASecondCaseTypeUsesTheCoreTest {

    enum LetterEvent { RECEIVED, FORWARDED }

    // a series of its own per run, so the test holds on a database that outlives it
    final NumberSeries.Series INCOMING = new NumberSeries.Series("LETTER-IN-" + java.util.UUID.randomUUID(),
            NumberSeries.Restart.CALENDAR_YEAR);
    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired LetterCaseType letters;
    @Autowired NumberSeries numbers;
    @Autowired Timeline timeline;
    @Autowired Alerts alerts;
    @Autowired CaseAttachments attachments;
    @Autowired CaseAccess access;
    @Autowired OrgDirectory org;
    @Autowired UserDetailsService users;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;
    @Autowired th.tidtam.org.service.Provinces provinces;
    @LocalServerPort int port;

    @Test
    void aLetterIsNumberedPerCalendarYearWithoutGapsNextToTheDirectivesBuddhistEraSeries() {
        // each province counts on its own (issue 18): the demo province's series
        long province = provinces.byCode("TH-24").orElseThrow().id();
        int first = tx.execute(s -> numbers.next(province, INCOMING, 2026));
        int second = tx.execute(s -> numbers.next(province, INCOMING, 2026));
        int nextYear = tx.execute(s -> numbers.next(province, INCOMING, 2027));
        assertThat(second).isEqualTo(first + 1);
        assertThat(nextYear).isEqualTo(1);
        assertThat(tx.execute(s -> numbers.next(province, INCOMING)).period()).isEqualTo(LocalDate.now(clock).getYear());
    }

    @Test
    void aLettersTimelineKeepsWhoDidWhatInWhichPositionApartFromEveryOtherCase() {
        CurrentPosition clerk = positionOf("staff");
        CaseRef letter = CaseRef.of(LetterCaseType.TYPE, 9101);
        tx.executeWithoutResult(s -> {
            timeline.record(letter, null, LetterEvent.RECEIVED, ActorStamp.system(), "มท 0211.3/ว 1234 📨", clock.instant());
            timeline.record(letter, null, LetterEvent.FORWARDED, new ActorStamp(7L, clerk.positionId(), clerk.capacity()),
                    "ส่งกลุ่มงานอำนวยการ", clock.instant());
        });
        List<TimelineEntry> entries = timeline.of(letter);
        assertThat(entries).extracting(TimelineEntry::kind).containsExactly("RECEIVED", "FORWARDED");
        assertThat(entries.get(0).by().bySystem()).isTrue();
        assertThat(entries.get(1).by().positionId()).isEqualTo(clerk.positionId());
        assertThat(entries.get(0).detail()).isEqualTo("มท 0211.3/ว 1234 📨");
        assertThat(timeline.of(CaseRef.of("DIRECTIVE", 9101))).noneMatch(e -> e.is(LetterEvent.RECEIVED));
    }

    @Test
    void anAlertAboutALetterReachesItsPositionWithTheLettersOwnIdField() {
        CaseRef letter = CaseRef.of(LetterCaseType.TYPE, 9102);
        Long position = positionOf("staff").positionId();
        tx.executeWithoutResult(s -> alerts.raise(position, letter, null, AlertKind.REMINDER, "หนังสือด่วน", clock.instant()));
        JsonNode mine = new ApiClient(port).get("/api/alerts?limit=100", "staff").body();
        JsonNode alert = null;
        for (JsonNode a : mine) {
            if ("LETTER".equals(a.path("caseType").asText()) && a.path("caseId").asLong() == 9102) {
                alert = a;
            }
        }
        assertThat(alert).as("the letter's alert among %s", mine).isNotNull();
        assertThat(alert.path("letterId").asLong()).isEqualTo(9102);
        assertThat(alert.has("directiveId")).isFalse();
    }

    @Test
    void onlyPositionsOnALettersRouteSeeItAndItsFiles() {
        letters.route(9103, positionOf("staff").code());
        CaseRef letter = CaseRef.of(LetterCaseType.TYPE, 9103);
        CaseAttachments.Item file = as("staff", () -> attachments.add(letter, null, null, "หนังสือรับ.pdf",
                "application/pdf", PDF));
        assertThat(as("staff", () -> access.canSee(letter))).isTrue();
        assertThat(as("staff", () -> attachments.list(letter))).extracting(CaseAttachments.Item::id).contains(file.id());

        assertThat(as("agency.health", () -> access.canSee(letter))).isFalse();
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/attachments/" + file.id(), "staff").status()).isEqualTo(200);
        assertThat(api.get("/api/attachments/" + file.id(), "agency.health").status()).isEqualTo(404);
        assertThatThrownBy(() -> as("agency.health", () -> attachments.add(letter, null, null, "x.pdf", "application/pdf", PDF)))
                .isInstanceOf(th.tidtam.base.api.ApiProblems.NotFound.class);
        assertThat(as("staff", () -> attachments.list(letter))).hasSize(1);
    }

    private CurrentPosition positionOf(String username) {
        return as(username, () -> access.myPositions().get(0));
    }

    private <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
