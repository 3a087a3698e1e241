package th.tidtam.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses every request to Camunda's REST API — and to the webapps' own copy of it under {@code /camunda/api/} — that
 * carries a query expression — an {@code orQueries} block or any {@code …Expression} field, in the query string or
 * anywhere in a JSON body — even from the administrator: a 2026 advisory lists 7.24.0 CE as open to remote code
 * execution through them, fixed only in enterprise patches. Tidtam never needs them; a refused request reaches
 * nothing. The price: Tasklist filters that use expressions (e.g. "assigned to ${currentUser()}") are refused too;
 * Tidtam creates no Tasklist filters, and its users work in the application, not in Tasklist.
 */
final class EngineQueryExpressionGuard extends OncePerRequestFilter {

    private static final int MAX_BODY = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String name : request.getParameterMap().keySet()) {
            if (forbidden(name)) {
                refuse(response, name);
                return;
            }
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("json")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        String offending = null;
        try {
            offending = body.length == 0 ? null : find(JSON.readTree(body));
        } catch (IOException notJson) {
            // the engine answers malformed JSON itself; nothing was evaluated
        }
        if (offending != null) {
            refuse(response, offending);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    static boolean forbidden(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("orqueries") || n.endsWith("expression") || n.endsWith("expressions");
    }

    private static String find(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (forbidden(field.getKey())) {
                    return field.getKey();
                }
                String inner = find(field.getValue());
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String inner = find(element);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static void refuse(HttpServletResponse response, String field) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Map.of(
                "type", "about:blank", "title", "Bad Request", "status", 400, "code", "engine.error.expression-refused",
                "field", field,
                "message_th", "ระบบไม่รับคำค้นที่มีนิพจน์ (" + field + ") เพื่อความปลอดภัย",
                "message_en", "Queries carrying expressions (" + field + ") are refused for security reasons.")));
    }

    /** The request with its body read once for the check and replayed to the engine. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
