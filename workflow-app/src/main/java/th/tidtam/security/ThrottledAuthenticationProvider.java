package th.tidtam.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
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
        LoginAttempts.Blocks blocks = unlessDown(() -> attempts.blocks(username, address));
        if (blocks.address().isPresent()) {
            throw new LoginRefused.TooManyLoginAttempts(blocks.address().get());
        }
        if (blocks.account().isPresent()) {
            throw new LoginRefused.AccountLockedOut(blocks.account().get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException | DisabledException wrong) {
            // a disabled account counts like a wrong password, or only existing-but-disabled names would never lock
            unlessDown(() -> attempts.failed(username, address));
            throw wrong;
        }
        if (result != null) {
            unlessDown(() -> attempts.succeeded(username));
        }
        return result;
    }

    /**
     * The counters live in the database: when it is down (before or in the middle of a login) no login can be
     * checked and none is let through unchecked — the caller hears "unavailable" (503), not "wrong password".
     */
    private static void unlessDown(Runnable count) {
        unlessDown(() -> {
            count.run();
            return null;
        });
    }

    private static <T> T unlessDown(java.util.function.Supplier<T> count) {
        try {
            return count.get();
        } catch (DataAccessException unavailable) {
            throw new AuthenticationServiceException("login counters unavailable", unavailable);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
