package th.tidtam.security;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A province's administrator (PROVINCE_ADMIN) may look into the engine's REST API, read-only (the webapps' rules
 * below are ready for Cockpit, which stays the installation's administrator's until its API is shown to check
 * tenants): the engine shows them their province's processes alone (the process module sets their tenant), but its writes are not all
 * tenant-bound — a deployment, a process definition's or job definition's suspension, a message or signal reach every
 * province, and a deployed model runs code. So for them: reading (GET, and the POST queries of Camunda's API: a
 * resource or history resource, or its count) and nothing else; no Camunda Admin; no lists of the country's users,
 * groups and tenants (their own profile excepted). The installation's administrator (ADMIN) passes untouched.
 */
final class ProvinceAdminEngineAccess extends OncePerRequestFilter {

    private static final Pattern REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)?$");
    private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)?$");
    private static final Pattern QUERY = Pattern.compile("^/(history/)?[a-z-]+(/count)?$");
    private static final Pattern OWN_PROFILE = Pattern.compile("^/user/([^/]+)/profile$");
    private static final Set<String> NOT_QUERIES = Set.of("/message", "/signal", "/condition", "/history/cleanup");
    private static final Set<String> IDENTITY = Set.of("user", "group", "tenant", "identity");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TidtamUser user && !user.hasRole(Roles.ADMIN)
                && user.hasRole(Roles.PROVINCE_ADMIN) && !allowed(request.getMethod(), CamundaTasklistOff.pathOf(request),
                        user.username())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"read-only for a province's administrator\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean allowed(String method, String path, String username) {
        boolean reading = "GET".equals(method) || "HEAD".equals(method);
        Matcher engine = REST.matcher(path);
        if (!engine.matches()) {
            engine = WEBAPP_ENGINE.matcher(path);
        }
        if (engine.matches()) {
            return engineCall(reading, method, engine.group(1) == null ? "/" : engine.group(1), username);
        }
        if (path.startsWith("/camunda/app/admin") || path.startsWith("/camunda/api/admin/")) {
            // the webapps ask the admin API who is logged in, and may log out
            return path.startsWith("/camunda/api/admin/auth/") && (reading || path.endsWith("/logout"));
        }
        if (path.startsWith("/camunda/api/cockpit/plugin/")) {
            return reading || "POST".equals(method);
        }
        return reading;
    }

    private static boolean engineCall(boolean reading, String method, String resource, String username) {
        String first = resource.length() > 1 ? resource.substring(1).split("/", 2)[0] : "";
        if (IDENTITY.contains(first)) {
            Matcher own = OWN_PROFILE.matcher(resource);
            return reading && own.matches() && own.group(1).equalsIgnoreCase(username);
        }
        if (reading) {
            return true;
        }
        return "POST".equals(method) && QUERY.matcher(resource).matches() && !NOT_QUERIES.contains(resource);
    }
}
