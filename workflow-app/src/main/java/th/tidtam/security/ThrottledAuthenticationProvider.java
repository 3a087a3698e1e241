package th.tidtam.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password login — the login form and HTTP Basic on every chain — passes here: a blocked address or a locked
 * username is refused before the password is checked (a correct password does not open a locked account), a wrong
 * password is counted, a good one clears the username's count. Unknown usernames are counted and locked like real
 * ones, so the answers never tell which logins exist.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var blocked = attempts.addressBlockedUntil(address);
        if (blocked.isPresent()) {
            throw new LoginRefused.TooManyLoginAttempts(blocked.get());
        }
        var locked = attempts.accountLockedUntil(username);
        if (locked.isPresent()) {
            throw new LoginRefused.AccountLockedOut(locked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            attempts.failed(username, address);
            throw wrong;
        }
        if (result != null) {
            attempts.succeeded(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
