package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.support.IntegrationTest;

@IntegrationTest
class ChainOfCommandQueriesTest {

    @Autowired
    OrgDirectory directory;

    @Test
    void staffMembersChainRunsThroughTheirDirectorAndTheHeadOfOfficeToTheGovernor() {
        PositionSummary staff = directory.positionByCode("GRP-ADMIN-OFFICER-1").orElseThrow();

        List<String> chain = directory.chainAbove(staff.id()).stream().map(PositionSummary::code).toList();

        assertThat(chain).containsExactly("GRP-ADMIN-DIR", "HEAD-OF-OFFICE", "GOVERNOR");
    }

    @Test
    void anActingHolderIsWhoMustActForAVacantDistrictChief() {
        PositionSummary chief = directory.positionByCode("DIST-11-CHIEF").orElseThrow();

        assertThat(directory.actorsFor(chief.id())).singleElement().satisfies(actor -> {
            assertThat(actor.username()).isEqualTo("deputy.khlongkhuean");
            assertThat(actor.kind()).isEqualTo(AssignmentKind.ACTING);
            assertThat(actor.orderNumber()).contains("3106/2569");
        });
    }

    @Test
    void aPersonsCurrentPositionsAreThoseHeldPlusThoseActedInToday() {
        Long directorAdmin = directory.person("director.admin").orElseThrow().id();

        assertThat(directory.positionsFilled(directorAdmin)).extracting(p -> p.code() + ":" + p.capacity())
                .containsExactlyInAnyOrder("GRP-ADMIN-DIR:HOLDER", "GRP-HR-DIR:ACTING");
    }
}
