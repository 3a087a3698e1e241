package th.tidtam.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a demo login in on the test's thread, as a session would hold it, for calls to services made directly (the
 * {@link SignedOutBetweenTests} extension signs out again after each test).
 */
public final class SignIn {

    private SignIn() {
    }

    public static void as(UserDetailsService users, String login) {
        UserDetails user = users.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
