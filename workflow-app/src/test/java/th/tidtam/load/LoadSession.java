package th.tidtam.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One person's session with the node, as a browser holds it: logged in through the login form, the session cookie
 * on every request, and the session's CSRF token (read once from the page the browser lands on, as a page script
 * would) on every state-changing one. Every answer's time goes to the run's {@link LoadFigures} under its action.
 */
final class LoadSession {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    record Result(int status, String body) {
    }

    final String login;
    private final String cookie;
    private final String csrf;
    private final Client client;

    private LoadSession(String login, String cookie, String csrf, Client client) {
        this.login = login;
        this.cookie = cookie;
        this.csrf = csrf;
        this.client = client;
    }

    /** The HTTP client of the run, shared by every session: where the node is and where the figures go. */
    record Client(String base, HttpClient http, LoadFigures figures) {

        /**
         * The login form, as a browser posts it: the session it answers with is the person's session from then on.
         * Timed as one action, {@code login}, and by its three requests: the form ({@code login_form}), the password
         * check ({@code login_post}, BCrypt) and the application's page it lands on ({@code login_shell}, Vaadin's
         * bootstrap page, which carries the CSRF token). Each request is sent when the answer before it has arrived.
         */
        CompletableFuture<LoadSession> login(String login) {
            long start = System.nanoTime();
            return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).thenCompose(page -> {
                        figures.took("login_form", start);
                        String cookie = sessionCookie(page).orElse("");
                        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=demo";
                        long posted = System.nanoTime();
                        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                                .thenApply(r -> {
                                    figures.took("login_post", posted);
                                    String location = r.headers().firstValue("Location").orElse("");
                                    if (r.statusCode() != 302 || location.contains("error")) {
                                        throw new IllegalStateException("login of " + login + " answered " + r.statusCode()
                                                + " " + location);
                                    }
                                    return sessionCookie(r).orElse(cookie);
                                });
                    }).thenCompose(session -> {
                        long shellStart = System.nanoTime();
                        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", session).GET()
                                .build(), HttpResponse.BodyHandlers.ofString()).thenApply(shell -> {
                                    figures.took("login_shell", shellStart);
                                    Matcher m = CSRF_META.matcher(shell.body());
                                    if (!m.find()) {
                                        throw new IllegalStateException("no CSRF token in the page of " + login + " ("
                                                + shell.statusCode() + ")");
                                    }
                                    figures.took("login", start);
                                    return new LoadSession(login, session, m.group(1), this);
                                });
                    });
        }

        private static Optional<String> sessionCookie(HttpResponse<?> r) {
            return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
        }
    }

    /** The answer's JSON (null unless 200), when it arrives. */
    CompletableFuture<JsonNode> json(String action, String path) {
        return send(action, HttpRequest.newBuilder(URI.create(client.base + path)).GET(), 200).thenApply(r -> {
            try {
                return r.status == 200 ? JSON.readTree(r.body) : null;
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        });
    }

    CompletableFuture<Result> post(String action, String path, Object body) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return send(action, HttpRequest.newBuilder(URI.create(client.base + path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), 0);
    }

    /** Sends asynchronously; the time taken runs from the send to the whole answer received. */
    private CompletableFuture<Result> send(String action, HttpRequest.Builder request, int expected) {
        request.header("Cookie", cookie).header("Accept", "application/json").timeout(Duration.ofSeconds(120));
        long start = System.nanoTime();
        return client.http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(r -> received(action, expected, start, r));
    }

    private Result received(String action, int expected, long start, HttpResponse<String> r) {
        client.figures.took(action, start);
        boolean ok = expected == 0 ? r.statusCode() / 100 == 2 : r.statusCode() == expected;
        if (!ok && r.statusCode() == 404 && r.body().contains("may already have been done")) {
            // two people, one moment: e.g. the head of office reviews a report of a part that its unit finished a
            // second before (which ends the review); the API answered clearly and nothing was changed
            client.figures.conflict(action, login + " " + r.uri().getPath());
        } else if (!ok) {
            client.figures.error(action, login + " " + r.statusCode() + " " + r.uri().getPath() + " "
                    + r.body().substring(0, Math.min(300, r.body().length())).replace('\n', ' '));
        }
        return new Result(r.statusCode(), r.body());
    }
}
