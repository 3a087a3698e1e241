package th.tidtam.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Calls the running application's JSON API over real HTTP with HTTP Basic, as a script would. */
public class ApiClient {

    public record Response(int status, JsonNode body, String raw) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    public Response get(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    public Response post(String path, String user, Object body) {
        try {
            String json = body instanceof String s ? s : JSON.writeValueAsString(body);
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), user);
    }

    /**
     * The governor issues a directive to one unit (NORMAL urgency, due in working days, the given cadence) and the
     * head of office confirms it at screening, so the unit's part is waiting to be acknowledged; returns its id.
     */
    public long issueScreened(String subject, long leadUnitId, String cadence, int dueInWorkingDays) {
        return issueScreened(DirectiveFixtures.Draft.of(subject, leadUnitId).cadence(cadence)
                .dueInWorkingDays(dueInWorkingDays));
    }

    /** The governor issues the draft and the head of office confirms it at screening; returns its id. */
    public long issueScreened(DirectiveFixtures.Draft draft) {
        Response issued = post("/api/directives", "governor", draft.body());
        if (issued.status() != 201) {
            throw new IllegalStateException("issue failed: " + issued.raw());
        }
        long id = issued.body().get("id").asLong();
        Response screened = post("/api/tasks/" + taskOf("head", id, "screenDirective") + "/complete", "head",
                java.util.Map.of("outcome", "CONFIRM"));
        if (screened.status() != 204) {
            throw new IllegalStateException("screening failed: " + screened.raw());
        }
        return id;
    }

    /** The id of the user's open task of this kind on this directive, from "My work"; null when there is none. */
    public String taskOf(String user, long directiveId, String kind) {
        for (JsonNode t : get("/api/tasks?limit=500", user).body()) {
            if (t.path("directiveId").asLong() == directiveId && t.get("taskDefinitionKey").asText().equals(kind)) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }

    /** {@code user} is a demo login (password "demo") or "login:password" for a fixture's person. */
    private Response send(HttpRequest.Builder builder, String user) {
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user.contains(":") ? user : TestLogins.credentials(user, "demo")).getBytes(StandardCharsets.UTF_8)));
        }
        builder.header("Accept", "application/json").timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode node = r.body() == null || r.body().isBlank() ? null : parse(r.body());
            return new Response(r.statusCode(), node, r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
