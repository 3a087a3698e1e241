package th.tidtam.benchmark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs a step as a demo person, on the calling thread, the way a logged-in request would: with the user its session
 * loaded at the login (once per person here), not loaded again for every step — a logged-in request reads its user
 * from the session, and the login is no part of a lifecycle.
 */
final class AsUser {

    private static final Map<String, UserDetails> LOGGED_IN = new ConcurrentHashMap<>();

    private AsUser() {
    }

    static <T> T as(UserDetailsService users, String username, Supplier<T> action) {
        UserDetails user = LOGGED_IN.computeIfAbsent(username, users::loadUserByUsername);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
