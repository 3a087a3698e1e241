package th.tidtam.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.org.domain.OrgUnit;
import th.tidtam.org.domain.Position;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/** Candidate groups for BPMN tasks: the position, or whoever must do its work while it is vacant. */
@IntegrationTest
class OrgRoutingTest {

    @Autowired
    OrgRouting routing;
    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory directory;

    @Test
    void aFilledPositionIsItsOwnCandidateGroup() {
        assertThat(routing.responsibleGroup("HEAD-OF-OFFICE")).isEqualTo("HEAD-OF-OFFICE");
        assertThat(routing.responsibleGroupForRole("GOVERNOR")).isEqualTo("GOVERNOR");
        assertThat(routing.responsibleGroupForRole("HEAD_OF_OFFICE")).isEqualTo("HEAD-OF-OFFICE");
    }

    @Test
    void aVacantPositionWithAnActingHolderKeepsItsOwnGroup() {
        assertThat(routing.responsibleGroup("GRP-HR-DIR")).isEqualTo("GRP-HR-DIR");
        assertThat(routing.responsibleGroup("DIST-11-CHIEF")).isEqualTo("DIST-11-CHIEF");
    }

    @Test
    void aVacantPositionsWorkGoesToTheNearestFilledSuperior() {
        OrgFixtures fx = new OrgFixtures(admin);
        OrgUnit unit = fx.unit("ROUTING");
        Position chief = fx.position("CHIEF", unit.getId(), null);
        Position deputy = fx.position("DEPUTY", unit.getId(), chief.getId());
        Position officer = fx.position("OFFICER", unit.getId(), deputy.getId());
        fx.hold(chief.getId(), fx.person("chief").getId(), directory.today().minusMonths(6));

        assertThat(routing.responsibleGroup(officer.getCode())).isEqualTo(chief.getCode());

        fx.hold(deputy.getId(), fx.person("deputy").getId(), directory.today());
        assertThat(routing.responsibleGroup(officer.getCode())).isEqualTo(deputy.getCode());
    }

    @Test
    void anUnknownPositionIsAnError() {
        assertThatThrownBy(() -> routing.responsibleGroup("NO-SUCH-POSITION")).isInstanceOf(IllegalArgumentException.class);
    }
}
