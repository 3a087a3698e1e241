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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;

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
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
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
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the PDF and its first page as an image beside the screenshots, to look at how Thai is set. */
    static void keep(byte[] pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
            for (int page = 0; page < Math.min(2, doc.getNumberOfPages()); page++) {
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(page, 110),
                        "png", dir.resolve(name + "-page" + (page + 1) + ".png").toFile());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int pdfPages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Thai as text extraction returns it: shaped text comes back with above/below marks in glyph order, not in
     * logical order, and ำ as its two glyphs. Comparing without the marks (and without line breaks) checks the words.
     */
    static String skeleton(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            boolean mark = c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
            if (c == '\u0E33') {
                sb.append('\u0E32');
            } else if (!mark && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
