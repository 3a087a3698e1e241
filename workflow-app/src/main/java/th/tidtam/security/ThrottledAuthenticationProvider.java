package th.tidtam.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every login — the login form and HTTP Basic on every chain — passes here: a blocked address or a locked username
 * is refused before anything is checked (a correct password does not open a locked account), a wrong password or
 * API token is counted, a good password clears the username's count. Unknown usernames are counted and locked like
 * real ones, so the answers never tell which logins exist.
 *
 * <p>Second factor (issue 16): over HTTP Basic a script sends an API token ({@link ApiTokens}) in place of the
 * password; a person with a second factor enrolled or required (administrators) may not use the password there
 * ({@link LoginRefused.PasswordNotAccepted}, 401 "use an API token"). On the login form their right password only
 * leads to the second step ({@link LoginRefused.SecondFactorRequired}); their count of failures is cleared only when
 * the second factor is given, so a known password buys no extra guesses at the code.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final PositionUserDetailsService users;
    private final ApiTokens tokens;
    private final SecondFactors secondFactors;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts,
            PositionUserDetailsService users, ApiTokens tokens, SecondFactors secondFactors) {
        this.passwords = passwords;
        this.attempts = attempts;
        this.users = users;
        this.tokens = tokens;
        this.secondFactors = secondFactors;
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
        boolean basic = authentication.getDetails() instanceof BasicAuthenticationDetails;
        Object credentials = authentication.getCredentials();
        if (basic && credentials instanceof String secret && ApiTokens.looksLikeToken(secret)) {
            return byToken(authentication, username, address, secret);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException | DisabledException wrong) {
            // a disabled account counts like a wrong password, or only existing-but-disabled names would never lock
            unlessDown(() -> attempts.failed(username, address));
            throw wrong;
        }
        if (result != null && result.getPrincipal() instanceof TidtamUser user) {
            boolean enrolled = unlessDown(() -> secondFactors.enrolled(user.personId()));
            if (enrolled || SecondFactors.requiredFor(user)) {
                if (basic) {
                    throw new LoginRefused.PasswordNotAccepted();
                }
                throw new LoginRefused.SecondFactorRequired(user.username(), user.personId(), enrolled);
            }
        }
        if (result != null) {
            unlessDown(() -> attempts.succeeded(username));
        }
        return result;
    }

    /**
     * An API token: the person's rights of today, exactly as a login gives them. It clears the username's wrong
     * passwords, as a good password does, but not its wrong second-factor codes ({@link LoginAttempts#succeededWithToken}).
     */
    private Authentication byToken(Authentication authentication, String username, String address, String token) {
        TidtamUser user;
        try {
            user = unlessDown(() -> users.loadUserByUsername(username));
        } catch (UsernameNotFoundException unknown) {
            user = null;
        }
        TidtamUser found = user;
        if (found == null || !found.isEnabled() || !unlessDown(() -> tokens.authenticate(found.personId(), token))) {
            unlessDown(() -> attempts.failed(username, address));
            throw new BadCredentialsException("unknown or revoked API token");
        }
        unlessDown(() -> attempts.succeededWithToken(username));
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(found, null,
                found.getAuthorities());
        result.setDetails(authentication.getDetails());
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
