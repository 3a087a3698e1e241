package th.tidtam.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current request or Vaadin UI. */
@Component
public class CurrentUser {

    public Optional<TidtamUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TidtamUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public TidtamUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No logged-in user"));
    }
}
