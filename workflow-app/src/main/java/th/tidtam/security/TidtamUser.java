package th.tidtam.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import th.tidtam.base.ui.DisplayName;

/** The logged-in person. Authorities are derived from the positions they fill at login time. */
public record TidtamUser(Long personId, String username, String passwordHash, String fullNameTh, String fullNameEn,
        String preferredLocale, boolean enabled, List<GrantedAuthority> authorities) implements UserDetails, DisplayName {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public String fullName(boolean thai) {
        return thai ? fullNameTh : fullNameEn;
    }

    @Override
    public String displayName(boolean thai) {
        return fullName(thai);
    }

    public boolean hasRole(String role) {
        return authorities.stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
