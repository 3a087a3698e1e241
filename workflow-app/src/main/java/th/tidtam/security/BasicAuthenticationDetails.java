package th.tidtam.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The details of a login that came over HTTP Basic (a script), told apart from the login form's: only there may an
 * API token stand for the password, and only there is a second-factor person's password refused outright.
 */
final class BasicAuthenticationDetails extends WebAuthenticationDetails {

    static final AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> SOURCE =
            BasicAuthenticationDetails::new;

    private BasicAuthenticationDetails(HttpServletRequest request) {
        super(request);
    }
}
