package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.org.PositionRole;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/** What a user may do follows from the positions they hold or act in today, nothing else. */
@IntegrationTest
class RolesFromPositionsTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory directory;

    @Test
    void theDemoUsersGetTheRolesOfTheirPositions() {
        assertThat(roles("governor")).contains("ROLE_GOVERNOR").doesNotContain("ROLE_ADMIN");
        assertThat(roles("director.admin")).contains("ROLE_UNIT_HEAD").doesNotContain("ROLE_ADMIN", "ROLE_GOVERNOR");
        assertThat(roles("staff")).contains("ROLE_STAFF").doesNotContain("ROLE_UNIT_HEAD", "ROLE_ADMIN");
        assertThat(roles("admin")).contains("ROLE_ADMIN");
        assertThat(roles("head")).contains("ROLE_HEAD_OF_OFFICE", "ROLE_UNIT_HEAD");
        assertThat(roles("secretary")).contains("ROLE_SECRETARIAT");
    }

    @Test
    void anActingPeriodGivesThePositionsRoleOnlyWhileItLasts() {
        OrgFixtures fx = new OrgFixtures(admin);
        PositionSummary secretariat = fx.position("SECRETARIAT", fx.unit("ROLES").id(), null, PositionRole.SECRETARIAT);
        PersonSummary person = fx.person("acting");
        LocalDate today = directory.today();
        Actor acting = fx.act(secretariat.id(), person.id(), today.minusDays(10), null);

        assertThat(roles(person.username())).contains("ROLE_SECRETARIAT");

        admin.endAssignment(acting.assignmentId(), today.minusDays(1));

        assertThat(roles(person.username())).containsExactly("ROLE_USER");
    }

    @Test
    void anActingPeriodThatHasNotStartedGivesNoRoleYet() {
        OrgFixtures fx = new OrgFixtures(admin);
        PositionSummary secretariat = fx.position("LATER", fx.unit("LATER").id(), null, PositionRole.SECRETARIAT);
        PersonSummary person = fx.person("later");
        LocalDate today = directory.today();
        fx.act(secretariat.id(), person.id(), today.plusDays(1), today.plusDays(10));

        assertThat(roles(person.username())).containsExactly("ROLE_USER");
    }

    private List<String> roles(String username) {
        return users.loadUserByUsername(username).getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(String::valueOf).toList();
    }
}
