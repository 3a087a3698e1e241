package th.tidtam.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
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
        UnitSummary unit = fx.unit("ROUTING");
        PositionSummary chief = fx.position("CHIEF", unit.id(), null);
        PositionSummary deputy = fx.position("DEPUTY", unit.id(), chief.id());
        PositionSummary officer = fx.position("OFFICER", unit.id(), deputy.id());
        fx.hold(chief.id(), fx.person("chief").id(), directory.today().minusMonths(6));

        assertThat(routing.responsibleGroup(officer.code())).isEqualTo(chief.code());

        fx.hold(deputy.id(), fx.person("deputy").id(), directory.today());
        assertThat(routing.responsibleGroup(officer.code())).isEqualTo(deputy.code());
    }

    @Test
    void anUnknownPositionIsAnError() {
        assertThatThrownBy(() -> routing.responsibleGroup("NO-SUCH-POSITION")).isInstanceOf(IllegalArgumentException.class);
    }
}
