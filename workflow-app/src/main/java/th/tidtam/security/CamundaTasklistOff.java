package th.tidtam.security;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's Tasklist is switched off: Tidtam's My work replaces it, and its stored filters — which may hold
 * {@code ${currentUser()}}-style expressions the engine evaluates when a filter runs — would be an expression channel
 * on an engine (7.24.0 CE) with a known expression-injection advisory. Cockpit and Admin stay for administrators.
 *
 * <p>Answers 404 to everyone, administrators included, before any credentials are looked at: the Tasklist pages
 * ({@code /camunda/app/tasklist/…}), its plugin API ({@code /camunda/api/tasklist/…}) and the stored-filter resource of
 * both REST APIs ({@code /engine-rest/filter…}, {@code /engine-rest/engine/{name}/filter…} and the webapps' copy
 * {@code /camunda/api/engine/engine/{name}/filter…}): creating, listing, changing and running filters alike.
 */
final class CamundaTasklistOff extends OncePerRequestFilter {

    private static final Pattern OFF = Pattern.compile(
            "^/(camunda/app/tasklist|camunda/api/tasklist|engine-rest(/engine/[^/]+)?/filter|camunda/api/engine/engine/[^/]+/filter)(/.*)?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (off(pathOf(request)) || off(normalise(decoded(request))) || off(normalise(request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo())))) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"status\":404,\"title\":\"Not Found\",\"detail\":\"Camunda Tasklist is switched off\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request's path within the application, normalised so that {@code //}, {@code ;…} or case tricks do not slip by. */
    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return normalise(path);
    }

    private static String normalise(String path) {
        return path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
    }

    /** The path with its percent-escapes undone ({@code /camunda/app/%74asklist} is the Tasklist too). */
    private static String decoded(HttpServletRequest request) {
        try {
            return java.net.URLDecoder.decode(pathOf(request).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "/camunda/app/tasklist"; // not a path anyone needs: refuse rather than guess
        }
    }

    static boolean off(String path) {
        return OFF.matcher(path).matches();
    }
}
