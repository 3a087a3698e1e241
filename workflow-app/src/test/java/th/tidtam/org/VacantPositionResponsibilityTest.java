package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/** A vacancy never loses work: it goes to an acting holder, else to the nearest filled position above. */
@IntegrationTest
class VacantPositionResponsibilityTest {

    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory directory;

    @Test
    void workOfAVacantPositionGoesToTheNearestFilledSuperior() {
        OrgFixtures fx = new OrgFixtures(admin);
        UnitSummary unit = fx.unit("VACANT");
        PositionSummary top = fx.position("TOP", unit.id(), null);
        PositionSummary middle = fx.position("MIDDLE", unit.id(), top.id());
        PositionSummary bottom = fx.position("BOTTOM", unit.id(), middle.id());
        LocalDate today = directory.today();
        fx.hold(top.id(), fx.person("top").id(), today.minusYears(1));

        assertThat(directory.chainAbove(bottom.id())).extracting(PositionSummary::code)
                .containsExactly(middle.code(), top.code());
        assertThat(directory.actorsFor(bottom.id())).isEmpty();
        assertThat(directory.actorsFor(middle.id())).isEmpty();
        assertThat(directory.responsiblePosition(bottom.id())).contains(top.id());
        assertThat(directory.responsiblePosition(middle.id())).contains(top.id());
        assertThat(directory.responsiblePosition(top.id())).contains(top.id());
    }

    @Test
    void anActingHolderTakesTheWorkUntilTheActingPeriodEnds() {
        OrgFixtures fx = new OrgFixtures(admin);
        UnitSummary unit = fx.unit("ACTING");
        PositionSummary top = fx.position("TOP", unit.id(), null);
        PositionSummary middle = fx.position("MIDDLE", unit.id(), top.id());
        PositionSummary bottom = fx.position("BOTTOM", unit.id(), middle.id());
        LocalDate today = directory.today();
        fx.hold(top.id(), fx.person("top").id(), today.minusYears(1));
        PersonSummary actingPerson = fx.person("acting");
        Actor acting = fx.act(middle.id(), actingPerson.id(), today.minusDays(3), null);

        assertThat(directory.responsiblePosition(bottom.id())).contains(middle.id());
        assertThat(directory.actorsFor(middle.id())).singleElement()
                .satisfies(a -> assertThat(a.username()).isEqualTo(actingPerson.username()));

        admin.endAssignment(acting.assignmentId(), today.minusDays(1));

        assertThat(directory.actorsFor(middle.id())).isEmpty();
        assertThat(directory.responsiblePosition(bottom.id())).contains(top.id());
    }

    @Test
    void aChainWithNobodyInItHasNoResponsiblePosition() {
        OrgFixtures fx = new OrgFixtures(admin);
        UnitSummary unit = fx.unit("EMPTY");
        PositionSummary top = fx.position("TOP", unit.id(), null);
        PositionSummary below = fx.position("BELOW", unit.id(), top.id());

        assertThat(directory.responsiblePosition(below.id())).isEmpty();
    }

    @Test
    void theDemoVacanciesAreCoveredByTheirActingHolders() {
        Long hrDirector = directory.positionByCode("GRP-HR-DIR").orElseThrow().id();
        Long khlongKhuean = directory.positionByCode("DIST-11-CHIEF").orElseThrow().id();

        assertThat(directory.responsiblePosition(hrDirector)).contains(hrDirector);
        assertThat(directory.responsiblePosition(khlongKhuean)).contains(khlongKhuean);
        assertThat(directory.actorsFor(hrDirector)).extracting(a -> a.username()).containsExactly("director.admin");
        assertThat(directory.chainAbove(khlongKhuean)).extracting(PositionSummary::code).containsExactly("GOVERNOR");
    }
}
