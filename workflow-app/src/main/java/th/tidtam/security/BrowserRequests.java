package th.tidtam.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a request tells about its sender. Browsers mark every request with {@code Sec-Fetch-*} headers that page
 * scripts cannot forge; scripts (curl, java.net.http, Python) send none of them.
 */
final class BrowserRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private BrowserRequests() {
    }

    static boolean fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Dest") != null) {
            return true;
        }
        String agent = request.getHeader("User-Agent");
        return agent != null && agent.startsWith("Mozilla/");
    }

    static boolean sendsBasic(HttpServletRequest request) {
        String auth = request.getHeader("Authorization");
        return auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6);
    }

    static boolean changesState(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    /**
     * Sent by a page of another site (or subdomain): the browser says so in Sec-Fetch-Site; an older browser without
     * it still names the page's origin in Origin.
     */
    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        if (origin.equals("null")) {
            return true;
        }
        try {
            URI o = URI.create(origin);
            int port = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            return !(request.getScheme().equalsIgnoreCase(o.getScheme())
                    && request.getServerName().equalsIgnoreCase(o.getHost()) && request.getServerPort() == port);
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }
}
