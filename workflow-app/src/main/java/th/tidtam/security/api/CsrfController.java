package th.tidtam.security.api;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSRF token of the caller's session: a page using the API with the browser's session sends it in the named
 * header with every POST, PUT and DELETE. Scripts with HTTP Basic need none.
 */
@RestController
class CsrfController {

    record Token(String headerName, String parameterName, String token) {
    }

    @GetMapping("/api/csrf")
    Token csrf(CsrfToken token) {
        return new Token(token.getHeaderName(), token.getParameterName(), token.getToken());
    }
}
