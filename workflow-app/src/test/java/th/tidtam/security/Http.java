package th.tidtam.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Raw HTTP against the running server, cookies handled by hand (so a test can keep, plant and replay a session id),
 * redirects never followed.
 */
final class Http {

    static final String BROWSER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    Http(int port) {
        this.port = port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder basic(HttpRequest.Builder request, String username, String password) {
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((th.tidtam.support.TestLogins.credentials(username, password)).getBytes(StandardCharsets.UTF_8)));
    }

    static HttpRequest.Builder session(HttpRequest.Builder request, String sessionId) {
        return request.header("Cookie", "JSESSIONID=" + sessionId);
    }

    static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    static HttpRequest.BodyPublisher form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    /** A session the server handed out to an anonymous visitor of the login page. */
    String anonymousSession() {
        HttpResponse<String> page = send(request("/login").GET());
        return sessionCookie(page).orElseThrow(() -> new IllegalStateException("no session for the login page"));
    }

    /** Posts the login form (as the Vaadin login form does) within the given session; answers the response. */
    HttpResponse<String> formLogin(String sessionId, String username, String password, String... extraHeaders) {
        HttpRequest.Builder post = request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("username", username, "password", password));
        if (sessionId != null) {
            session(post, sessionId);
        }
        for (int i = 0; i < extraHeaders.length; i += 2) {
            post.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return send(post);
    }

    /** Logs in through the form and answers the session id of the logged-in session. */
    String loginSession(String username, String password) {
        String before = anonymousSession();
        HttpResponse<String> login = formLogin(before, username, password);
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + login.statusCode() + " " + login.headers().map());
        }
        return sessionCookie(login).orElse(before);
    }

    /** The CSRF token of a session, from GET /api/csrf. */
    String csrfToken(String sessionId) {
        HttpResponse<String> r = send(session(request("/api/csrf"), sessionId).GET());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("no CSRF token: " + r.statusCode() + " " + r.body());
        }
        return body(r).get("token").asText();
    }

    static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst();
    }

    static Optional<String> sessionCookieHeader(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }
}
