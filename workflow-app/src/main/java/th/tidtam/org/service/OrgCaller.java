package th.tidtam.org.service;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking org (and the calendar) for something, as far as provinces go: read from Spring Security's context,
 * because org sits below the security module and cannot know its user type. The installation's administrator
 * (authority {@code ROLE_ADMIN}) and work with no user at all reach everything; every other signed-in person reaches
 * the province their positions lie in (the person's own province column, kept by {@link OrgAdministration#assign});
 * an anonymous caller reaches only what belongs to no province.
 */
@Component
public class OrgCaller {

    static final String INSTALLATION_ADMIN = "ROLE_ADMIN";

    private final JdbcTemplate jdbc;

    OrgCaller(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public OrgReach reach() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return OrgReach.EVERYTHING;
        }
        if (auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return OrgReach.province(null);
        }
        if (auth.getAuthorities().stream().anyMatch(a -> INSTALLATION_ADMIN.equals(a.getAuthority()))) {
            return OrgReach.EVERYTHING;
        }
        // one primary-key-like read per question: the admin screens and the unit list ask a handful of times
        Long province = jdbc.query("select province_id from person where username = ?",
                rs -> rs.next() ? rs.getObject(1, Long.class) : null, auth.getName());
        return OrgReach.province(province);
    }
}
