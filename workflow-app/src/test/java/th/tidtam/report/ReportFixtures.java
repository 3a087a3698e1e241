package th.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.PdfText;

/** Directives of the report tests' own meetings (95–97/2569), placed in time by moving their dates in the table. */
final class ReportFixtures {

    private final ApiClient api;
    private final JdbcTemplate jdbc;
    private final int port;

    ReportFixtures(int port, JdbcTemplate jdbc) {
        this.port = port;
        this.api = new ApiClient(port);
        this.jdbc = jdbc;
    }

    long issue(String subject, String meeting, String agenda, long lead, List<Long> support, String secrecy) {
        return api.issueScreened(DirectiveFixtures.Draft.of(subject, lead).text("ให้ดำเนินการและรายงานผลต่อที่ประชุม")
                .secrecy(secrecy).supporting(support).meeting(meeting, agenda));
    }

    void complete(String user, String taskId, Map<String, Object> body) {
        assertThat(taskId).as(user + " has the task").isNotNull();
        ApiClient.Response r = api.post("/api/tasks/" + taskId + "/complete", user, body);
        assertThat(r.status()).as(user + " completes " + taskId + ": " + r.raw()).isEqualTo(204);
    }

    String task(String user, long id, String kind) {
        return api.taskOf(user, id, kind);
    }

    ApiClient api() {
        return api;
    }

    void issuedDaysAgo(long id, int days) {
        jdbc.update("update directive set issued_at = ? where id = ?", ago(days), id);
    }

    void closedDaysAgo(long id, int days) {
        jdbc.update("update directive set closed_at = ? where id = ?", ago(days), id);
    }

    private static Timestamp ago(int days) {
        // the table holds Bangkok wall-clock time
        return Timestamp.valueOf(LocalDateTime.now(java.time.ZoneId.of("Asia/Bangkok")).minusDays(days));
    }

    record Download(int status, String contentType, String disposition, String directives, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Download download(String query, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports/follow-up" + query))
                .timeout(Duration.ofSeconds(120)).GET();
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((th.tidtam.support.TestLogins.credentials(user, "demo")).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Disposition").orElse(""),
                    r.headers().firstValue("X-Report-Directives").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String pdfText(byte[] pdf) {
        return PdfText.text(pdf);
    }

    /** Keeps the PDF and its first page as an image beside the screenshots, to look at how Thai is set. */
    static void keep(byte[] pdf, String name) {
        PdfText.keep(pdf, name, 2);
    }

    static int pdfPages(byte[] pdf) {
        return PdfText.pages(pdf);
    }

    /**
     * Thai as text extraction returns it: shaped text comes back with above/below marks in glyph order, not in
     * logical order, and ำ as its two glyphs. Comparing without the marks (and without line breaks) checks the words.
     */
    static String skeleton(String text) {
        return PdfText.skeleton(text);
    }

    static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
