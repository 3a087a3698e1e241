package th.tidtam.security;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests as a hostile or careless client sends them: any method, any bytes, any headers, Basic credentials of a demo
 * user (password {@code demo}) or none, redirects never followed.
 */
final class RawHttp {

    record Reply(int status, byte[] bytes, HttpResponse<byte[]> raw) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (Exception e) {
                return null;
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Reply send(String method, String path, String user, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((th.tidtam.support.TestLogins.credentials(user, "demo")).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.body() == null ? new byte[0] : r.body(), r);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    Reply send(String method, String path, String user, String contentType, byte[] body) {
        return send(method, path, user, contentType, body, Map.of("Accept", "application/json"));
    }

    Reply get(String path, String user) {
        return send("GET", path, user, null, null);
    }

    Reply json(String method, String path, String user, String json) {
        return send(method, path, user, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart upload of one file (and optional plain fields), the part's header written as browsers write it. */
    Reply upload(String path, String user, String fileName, String partType, byte[] content, Map<String, String> fields) {
        String boundary = "----tidtam" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LinkedHashMap<>(fields).forEach((k, v) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + k + "\"\r\n\r\n" + v + "\r\n"));
        if (fileName != null) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName.replace("\"", "%22") + "\"\r\nContent-Type: " + partType + "\r\n\r\n");
            out.writeBytes(content);
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return send("POST", path, user, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
