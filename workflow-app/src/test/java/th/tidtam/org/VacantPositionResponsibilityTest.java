package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.org.domain.Assignment;
import th.tidtam.org.domain.OrgUnit;
import th.tidtam.org.domain.Person;
import th.tidtam.org.domain.Position;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
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
        OrgUnit unit = fx.unit("VACANT");
        Position top = fx.position("TOP", unit.getId(), null);
        Position middle = fx.position("MIDDLE", unit.getId(), top.getId());
        Position bottom = fx.position("BOTTOM", unit.getId(), middle.getId());
        LocalDate today = directory.today();
        fx.hold(top.getId(), fx.person("top").getId(), today.minusYears(1));

        assertThat(directory.chainAbove(bottom.getId())).extracting(PositionSummary::code)
                .containsExactly(middle.getCode(), top.getCode());
        assertThat(directory.actorsFor(bottom.getId())).isEmpty();
        assertThat(directory.actorsFor(middle.getId())).isEmpty();
        assertThat(directory.responsiblePosition(bottom.getId())).contains(top.getId());
        assertThat(directory.responsiblePosition(middle.getId())).contains(top.getId());
        assertThat(directory.responsiblePosition(top.getId())).contains(top.getId());
    }

    @Test
    void anActingHolderTakesTheWorkUntilTheActingPeriodEnds() {
        OrgFixtures fx = new OrgFixtures(admin);
        OrgUnit unit = fx.unit("ACTING");
        Position top = fx.position("TOP", unit.getId(), null);
        Position middle = fx.position("MIDDLE", unit.getId(), top.getId());
        Position bottom = fx.position("BOTTOM", unit.getId(), middle.getId());
        LocalDate today = directory.today();
        fx.hold(top.getId(), fx.person("top").getId(), today.minusYears(1));
        Person actingPerson = fx.person("acting");
        Assignment acting = fx.act(middle.getId(), actingPerson.getId(), today.minusDays(3), null);

        assertThat(directory.responsiblePosition(bottom.getId())).contains(middle.getId());
        assertThat(directory.actorsFor(middle.getId())).singleElement()
                .satisfies(a -> assertThat(a.username()).isEqualTo(actingPerson.getUsername()));

        admin.endAssignment(acting.getId(), today.minusDays(1));

        assertThat(directory.actorsFor(middle.getId())).isEmpty();
        assertThat(directory.responsiblePosition(bottom.getId())).contains(top.getId());
    }

    @Test
    void aChainWithNobodyInItHasNoResponsiblePosition() {
        OrgFixtures fx = new OrgFixtures(admin);
        OrgUnit unit = fx.unit("EMPTY");
        Position top = fx.position("TOP", unit.getId(), null);
        Position below = fx.position("BELOW", unit.getId(), top.getId());

        assertThat(directory.responsiblePosition(below.getId())).isEmpty();
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
