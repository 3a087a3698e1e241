package th.tidtam.audit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the audit trail straight from its table, as an investigator would, and calls the server from an address. */
final class AuditRows {

    private final JdbcTemplate jdbc;

    AuditRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> of(String objectType, Object objectId) {
        return jdbc.queryForList("select * from audit_log where object_type = ? and object_id = ? order by id", objectType,
                String.valueOf(objectId));
    }

    List<Map<String, Object>> of(String objectType, Object objectId, String action) {
        return of(objectType, objectId).stream().filter(r -> action.equals(r.get("action"))).toList();
    }

    List<Map<String, Object>> byUser(String username, String action, long afterId) {
        return jdbc.queryForList("select * from audit_log where username = ? and action = ? and id > ? order by id",
                username, action, afterId);
    }

    long lastId() {
        Long id = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
        return id == null ? 0 : id;
    }

    /** A request as if it came through the office's reverse proxy for a client at {@code clientAddress}. */
    static HttpResponse<String> get(int port, String path, String user, String clientAddress) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("X-Forwarded-For", clientAddress).GET();
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((th.tidtam.support.TestLogins.credentials(user, "demo")).getBytes(StandardCharsets.UTF_8)));
        }
        return send(b.build());
    }

    static HttpResponse<String> postForm(int port, String path, String form, String clientAddress) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", clientAddress).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
