package th.tidtam.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static th.tidtam.support.PdfText.skeleton;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.base.time.ThaiDigits;
import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.PdfText;

/**
 * The demo's meetings: a past monthly meeting with attendance and adopted minutes whose directives are in follow-up
 * carrying the meeting and agenda item; a next meeting open for agenda items; "before the next meeting" uses its
 * date; its agenda and the past meeting's minutes download as PDFs that read as they should.
 */
@IntegrationTest
class MeetingDemoTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeetingSchedule schedule;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    ApiClient api;

    record Row(long id, String number, String status, String minutes, Long adoptedAt) {
    }

    List<Row> monthly() {
        return jdbc.query("""
                select m.id, m.number, m.status, m.minutes_status, m.adopted_at_meeting_id from meeting m
                  join meeting_body b on b.id = m.body_id where b.code = 'MONTHLY' order by m.starts_at
                """, (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                (Long) rs.getObject(5, Long.class)));
    }

    @Test
    void thePastMeetingHasAttendanceAdoptedMinutesAndDirectivesInFollowUpAndTheNextIsOpen() {
        List<Row> all = monthly();
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        Row past = all.get(0);
        Row last = all.get(1);
        Row next = all.get(2);
        assertThat(past.status()).isEqualTo("HELD");
        assertThat(past.minutes()).isEqualTo("ADOPTED");
        assertThat(past.adoptedAt()).isEqualTo(last.id());
        assertThat(last.minutes()).isEqualTo("CHECKED");
        assertThat(jdbc.queryForObject("select count(*) from meeting_attendance where meeting_id = ?", Long.class, past.id()))
                .as("attendance recorded").isGreaterThan(30L);
        List<Map<String, Object>> directives = jdbc.queryForList("""
                select d.meeting_number, d.agenda_item, d.status from directive d where d.source_kind = 'MEETING'
                   and d.meeting_number = ?""", past.number());
        assertThat(directives).as("the past meeting's directives are in follow-up").isNotEmpty()
                .allSatisfy(d -> assertThat((String) d.get("agenda_item")).startsWith("3."));
        assertThat(jdbc.queryForObject("select count(*) from directive where source_kind = 'MEETING' and meeting_number = ?",
                Long.class, last.number())).as("and so are the last one's").isPositive();

        assertThat(next.status()).isEqualTo("SCHEDULED");
        assertThat(jdbc.queryForObject("select cut_off_date from meeting where id = ?", LocalDate.class, next.id()))
                .as("the call for items is still open").isAfterOrEqualTo(calendar.today());
        assertThat(jdbc.queryForList("select status from agenda_item where meeting_id = ?", String.class, next.id()))
                .contains("ACCEPTED", "SUBMITTED");
        // "before the next meeting" uses the next meeting's date
        assertThat(schedule.nextMonthlySittingAfter(calendar.today()).orElseThrow().number()).isEqualTo(next.number());
        assertThat(api.get("/api/directives/due-before-next-meeting", "secretary").body().get("meetingNumber").asText())
                .isEqualTo(next.number());
    }

    @Test
    void theMinutesAndTheAgendaDownloadAsPdfsWithThaiDigits() {
        List<Row> all = monthly();
        Row past = all.get(0);
        Download minutes = download("/api/meetings/" + past.id() + "/minutes.pdf", "governor");
        assertThat(minutes.status()).as(new String(minutes.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(minutes.disposition()).contains("minutes-monthly-" + past.number().replace('/', '-') + ".pdf");
        PdfText.keep(minutes.body(), "demo-minutes-" + past.number().replace('/', '-'), 3);
        String text = skeleton(PdfText.reading(minutes.body()));
        assertThat(text).contains(skeleton("รายงานการประชุมคณะกรมการจังหวัดและหัวหน้าส่วนราชการประจำจังหวัดฉะเชิงเทรา"),
                skeleton("ครั้งที่ " + ThaiDigits.toThai(past.number())), skeleton("ผู้มาประชุม"), skeleton("ระเบียบวาระที่ ๓"),
                skeleton("ข้อสั่งการ"), skeleton("กำจัดผักตบชวา"), skeleton("มติที่ประชุม"), skeleton("ผู้ตรวจรายงานการประชุม"),
                skeleton("ที่ประชุมรับรองรายงานการประชุมนี้แล้ว"));

        Row next = all.get(2);
        Download agenda = download("/api/meetings/" + next.id() + "/agenda.pdf", "agency.health");
        assertThat(agenda.status()).isEqualTo(200);
        PdfText.keep(agenda.body(), "demo-agenda-" + next.number().replace('/', '-'), 2);
        assertThat(skeleton(PdfText.reading(agenda.body()))).contains(skeleton("ระเบียบวาระการประชุม"),
                skeleton("ครั้งที่ " + ThaiDigits.toThai(next.number())), skeleton("แผนเฝ้าระวังโรคติดต่อช่วงฤดูหนาว"));

        assertThat(download("/api/meetings/" + next.id() + "/minutes.pdf", "secretary").status()).as("no minutes yet")
                .isEqualTo(400);
        assertThat(download("/api/meetings/" + past.id() + "/minutes.pdf", "staff").status()).as("not a member").isEqualTo(404);
    }

    record Download(int status, String disposition, byte[] body) {
    }

    Download download(String path, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((th.tidtam.support.TestLogins.credentials(user, "demo")).getBytes(StandardCharsets.UTF_8))).GET().build();
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Disposition").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
