package th.tidtam.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

import th.tidtam.base.time.ApplicationZone;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.service.MeetingCalendar;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.process.InboxFilter;
import th.tidtam.process.WorkInbox;
import th.tidtam.process.WorkItem;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * A person's calendar address as Outlook, Google and Thunderbird read it: made over the API, read without a login,
 * parsed back by ical4j to the due date of the person's work and their meetings, nothing of another position's work,
 * classified work without its subject; renewed, revoked, forged and malformed addresses answer 404 with an empty body
 * and change nothing; an address presenting too many unknown tokens is refused for a while.
 */
@IntegrationTest
class CalendarFeedTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired ApiClient api;
    @Autowired DirectiveFixtures directives;
    @Autowired OrgDirectory org;
    @Autowired WorkInbox inbox;
    @Autowired MeetingCalendar meetingCalendar;
    @Autowired JdbcTemplate jdbc;
    @Value("${local.server.port}") int port;

    private HttpResponse<String> read(String url, String forwardedFor) throws Exception {
        String path = url.substring(url.indexOf("/feeds/"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String newAddress(String user) {
        ApiClient.Response made = api.post("/api/me/calendar-feed", user, "");
        assertThat(made.status()).as(made.raw()).isEqualTo(201);
        String url = made.body().get("url").asText();
        assertThat(url).matches("http://localhost:8080/feeds/calendar/[A-Za-z0-9_-]{43}\\.ics");
        return url;
    }

    private static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private long feedRows() {
        return jdbc.queryForObject("select count(*) from calendar_feed", Long.class);
    }

    private static Optional<VEvent> event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getProperty(Property.UID).map(p -> p.getValue().equals(uid)).orElse(false)).findFirst();
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).map(p -> p.getValue()).orElse(null);
    }

    @Test
    void aPersonsFeedShowsTheDueDatesOfTheirWorkAndTheirMeetingsAndNothingOfAnotherPosition() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        long mine = api.issueScreened(directives.draft("ปฏิทินงานของสาธารณสุข " + run, "AG-12-HEAD").dueInWorkingDays(7));
        long secret = api.issueScreened(directives.draft("เรื่องลับของสาธารณสุข " + run, "AG-12-HEAD").secrecy("CONFIDENTIAL")
                .dueInWorkingDays(8));
        long others = api.issueScreened(directives.draft("งานของหน่วยอื่น " + run, "AG-03-HEAD").dueInWorkingDays(7));
        String myTask = api.taskOf("agency.health", mine, "acknowledgePart");
        String secretTask = api.taskOf("agency.health", secret, "acknowledgePart");
        assertThat(myTask).isNotNull();
        assertThat(secretTask).isNotNull();
        WorkItem work = inbox.byTaskId(myTask).orElseThrow();
        assertThat(work.dueAt()).isNotNull();

        String url = newAddress("agency.health");
        HttpResponse<String> answer = read(url, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
        assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).contains("private");
        String ics = answer.body();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("TZID:Asia/Bangkok\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).startsWith("ติดตาม · ");
        VEvent task = event(calendar, "task-" + myTask + "@localhost").orElseThrow();
        assertThat(value(task, Property.SUMMARY)).contains("ปฏิทินงานของสาธารณสุข " + run).startsWith(work.caseNumber());
        assertThat(value(task, Property.URL)).isEqualTo("http://localhost:8080/work/" + myTask);
        DtStart<Temporal> due = task.getRequiredProperty(Property.DTSTART);
        LocalDate dueDay = work.dueAt().atZone(ApplicationZone.ID).toLocalDate();
        if (due.getDate() instanceof LocalDate day) {
            assertThat(day).isEqualTo(dueDay);
        } else {
            assertThat(Instant.from(due.getDate())).isBefore(work.dueAt());
            assertThat(ZonedDateTime.from(due.getDate()).toLocalDate()).isEqualTo(dueDay);
        }

        // classified work: that it is due, never what it is about
        VEvent classified = event(calendar, "task-" + secretTask + "@localhost").orElseThrow();
        assertThat(value(classified, Property.SUMMARY)).isEqualTo("งานลับ");
        assertThat(ics).doesNotContain("เรื่องลับของสาธารณสุข");

        // another position's work is not in it
        assertThat(ics).doesNotContain("งานของหน่วยอื่น " + run);
        List<WorkItem> othersWork = inbox.forPositions(List.of("AG-03-HEAD"), InboxFilter.none().containing(run), 0, 10);
        assertThat(othersWork).as("the other agency has its part of directive %d", others).isNotEmpty();
        othersWork.forEach(w -> assertThat(ics).doesNotContain(w.taskId()));

        // the meetings of the bodies the public health office sits in (the demo's monthly meeting)
        List<Long> positions = org.positionsFilled(org.person("agency.health").orElseThrow().id()).stream()
                .map(CurrentPosition::positionId).toList();
        LocalDate today = LocalDate.now(ApplicationZone.ID);
        List<MeetingSummary> meetings = meetingCalendar.ofPositions(positions, today.minusDays(90).atStartOfDay(),
                today.plusDays(400).atStartOfDay());
        assertThat(meetings).isNotEmpty();
        MeetingSummary m = meetings.get(0);
        VEvent meeting = event(calendar, "meeting-" + m.id() + "@localhost").orElseThrow();
        assertThat(value(meeting, Property.SUMMARY)).contains(m.number());
        DtStart<Temporal> starts = meeting.getRequiredProperty(Property.DTSTART);
        assertThat(Instant.from(starts.getDate())).isEqualTo(m.startsAt().atZone(ApplicationZone.ID).toInstant());
        assertThat(starts.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Bangkok");
        if (m.room() != null) {
            assertThat(value(meeting, Property.LOCATION)).isEqualTo(m.room());
        }

        ApiClient.Response status = api.get("/api/me/calendar-feed", "agency.health");
        assertThat(status.body().get("active").asBoolean()).isTrue();
        assertThat(status.body().hasNonNull("lastReadAt")).isTrue();
        assertThat(status.raw()).doesNotContain(url.substring(url.lastIndexOf('/') + 1, url.length() - 4));
        assertThat(api.delete("/api/me/calendar-feed", "agency.health").status()).isEqualTo(204);
    }

    @Test
    void aRenewedRevokedForgedOrMalformedAddressAnswers404WithAnEmptyBodyAndChangesNothing() throws Exception {
        String first = newAddress("district.plaengyao");
        String second = newAddress("district.plaengyao");
        assertThat(read(first, null).statusCode()).isEqualTo(404);
        assertThat(read(first, null).body()).isEmpty();
        assertThat(read(second, null).statusCode()).isEqualTo(200);

        long rows = feedRows();
        for (String token : List.of(randomToken(), "abc", "x".repeat(5000), "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "..%2F..%2Fetc%2Fpasswd", "%E0%B8%81".repeat(43), randomToken().toUpperCase())) {
            HttpResponse<String> refused = read("/feeds/calendar/" + token + ".ics", null);
            assertThat(refused.statusCode()).as(token).isIn(404, 400);
            assertThat(refused.body()).as(token).doesNotContain("VCALENDAR").doesNotContain("Exception");
            if (refused.statusCode() == 404) {
                assertThat(refused.body()).as(token).isEmpty();
            }
        }
        assertThat(feedRows()).isEqualTo(rows);

        assertThat(api.delete("/api/me/calendar-feed", "district.plaengyao").status()).isEqualTo(204);
        assertThat(read(second, null).statusCode()).isEqualTo(404);
        ApiClient.Response nothingToRevoke = api.delete("/api/me/calendar-feed", "district.plaengyao");
        assertThat(nothingToRevoke.status()).isEqualTo(400);
        assertThat(nothingToRevoke.body().get("message_th").asText()).contains("ไม่มีลิงก์ปฏิทิน");
        assertThat(nothingToRevoke.body().get("message_en").asText()).contains("no live calendar address");
        assertThat(feedRows()).isEqualTo(rows);
        assertThat(api.get("/api/me/calendar-feed", "district.plaengyao").body().get("active").asBoolean()).isFalse();
        // without a login there is no "me"
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/calendar-feed"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isIn(401, 403);
        assertThat(feedRows()).isEqualTo(rows);
    }

    @Test
    void anAddressPresentingTooManyUnknownTokensIsRefusedForAWhileButSubscribersOfRevokedAddressesAreNot() throws Exception {
        String scanner = "203.0.113." + (1 + RANDOM.nextInt(250)) + ", 198.51.100." + (1 + RANDOM.nextInt(250));
        String client = scanner.substring(0, scanner.indexOf(','));
        String live = newAddress("district.thatakiap");
        String revoked = newAddress("district.thatakiap");
        live = newAddress("district.thatakiap");
        // a calendar still subscribed to an old address keeps asking: that is not guessing
        for (int i = 0; i < 25; i++) {
            assertThat(read(revoked, client).statusCode()).isEqualTo(404);
        }
        assertThat(read(live, client).statusCode()).isEqualTo(200);
        int refusedAt = -1;
        for (int i = 0; i < 25 && refusedAt < 0; i++) {
            HttpResponse<String> r = read("/feeds/calendar/" + randomToken() + ".ics", client);
            if (r.statusCode() == 429) {
                refusedAt = i;
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
            } else {
                assertThat(r.statusCode()).isEqualTo(404);
            }
        }
        assertThat(refusedAt).as("the 21st unknown token is refused").isEqualTo(20);
        assertThat(read(live, client).statusCode()).as("even a good token, from that address").isEqualTo(429);
        assertThat(read(live, "192.0.2." + (1 + RANDOM.nextInt(250))).statusCode()).as("another address").isEqualTo(200);
        assertThat(api.delete("/api/me/calendar-feed", "district.thatakiap").status()).isEqualTo(204);
    }
}
