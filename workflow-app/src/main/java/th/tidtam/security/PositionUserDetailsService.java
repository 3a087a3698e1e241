package th.tidtam.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.org.service.Credentials;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;

/** Users are the people of the chain of command; what they may do follows from the positions they fill today. */
@Service
class PositionUserDetailsService implements UserDetailsService {

    private final OrgDirectory directory;

    PositionUserDetailsService(OrgDirectory directory) {
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public TidtamUser loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        Credentials credentials = directory.credentials(normalized).filter(c -> c.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        PersonSummary person = credentials.person();
        return new TidtamUser(person.id(), person.username(), credentials.passwordHash(), person.fullNameTh(),
                person.fullNameEn(), person.preferredLocale(), person.enabled(),
                authoritiesFor(directory.positionsFilled(person.id())));
    }

    static List<GrantedAuthority> authoritiesFor(List<CurrentPosition> positions) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Roles.USER);
        for (CurrentPosition p : positions) {
            switch (p.role()) {
                case GOVERNOR -> roles.add(Roles.GOVERNOR);
                case VICE_GOVERNOR -> roles.add(Roles.VICE_GOVERNOR);
                case HEAD_OF_OFFICE -> roles.add(Roles.HEAD_OF_OFFICE);
                case SECRETARIAT -> roles.add(Roles.SECRETARIAT);
                case ADMINISTRATOR -> roles.add(p.provinceId() == null ? Roles.ADMIN : Roles.PROVINCE_ADMIN);
                case MINISTRY -> roles.add(Roles.MINISTRY);
                case STAFF -> roles.add(p.unitHead() ? Roles.UNIT_HEAD : Roles.STAFF);
            }
            if (p.unitHead()) {
                roles.add(Roles.UNIT_HEAD);
            }
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        return authorities;
    }
}
