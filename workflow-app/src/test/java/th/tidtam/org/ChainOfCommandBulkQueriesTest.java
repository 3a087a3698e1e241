package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.org.service.UnitTree;
import th.tidtam.support.IntegrationTest;

/** The bulk questions other modules ask of the chain of command (visibility, dashboard, audit), on the demo province. */
@IntegrationTest
class ChainOfCommandBulkQueriesTest {

    @Autowired
    OrgDirectory directory;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private long position(String code) {
        return directory.positionByCode(code).orElseThrow().id();
    }

    @Test
    void positionsAtOrBelowAreThePositionsThemselvesAndEveryoneReportingToThemAtAnyDepth() {
        Set<Long> below = directory.positionsAtOrBelow(List.of(position("HEAD-OF-OFFICE")));

        assertThat(below).contains(position("HEAD-OF-OFFICE"), position("GRP-ADMIN-DIR"), position("GRP-ADMIN-OFFICER-1"))
                .doesNotContain(position("GOVERNOR"), position("VICE-GOVERNOR-1"));
        assertThat(directory.positionsAtOrBelow(List.of(position("GOVERNOR"))))
                .as("everyone reports to the governor in the end").containsAll(below).hasSizeGreaterThan(below.size());
        assertThat(directory.positionsAtOrBelow(List.of())).isEmpty();
    }

    @Test
    void onlyUnitHeadsHeadAUnit() {
        long director = position("GRP-ADMIN-DIR");
        Map<Long, Long> headed = directory.unitsHeadedBy(List.of(director, position("GRP-ADMIN-OFFICER-1")));

        assertThat(headed).containsOnlyKeys(director);
        assertThat(headed.get(director)).isEqualTo(directory.position(director).orElseThrow().unitId());
    }

    @Test
    void theTreeReckonsSpheresAsTheSupervisionOrderDoes() {
        UnitTree tree = directory.unitTree();
        long vg1 = position("VICE-GOVERNOR-1");

        for (UnitSummary unit : tree.units()) {
            assertThat(tree.sphereOf(unit.id())).as(unit.code())
                    .isEqualTo(directory.supervisingPosition(unit.id()).orElse(null));
        }
        Set<Long> supervised = directory.unitsSupervisedBy(List.of(vg1));
        assertThat(supervised).isNotEmpty().allMatch(u -> directory.supervisorOf(u).orElseThrow() == vg1);
        assertThat(tree.unitsInSpheres(Set.of(vg1))).containsAll(supervised)
                .allMatch(u -> tree.sphereOf(u) == vg1);
        assertThat(tree.supervisors()).contains(vg1, position("VICE-GOVERNOR-2"));
        long agency = supervised.iterator().next();
        assertThat(tree.unitAndBelow(agency)).contains(agency).allMatch(u -> tree.sphereOf(u) != null);
        assertThat(directory.unitsInOrder(supervised)).extracting(UnitSummary::id).containsExactlyInAnyOrderElementsOf(supervised);
    }

    @Test
    void positionsOnAConnectionAreHeldFirstThenActing() throws Exception {
        long person = jdbc.queryForObject("select id from person where username = 'director.admin'", Long.class);
        List<CurrentPosition> positions;
        try (var connection = dataSource.getConnection()) {
            positions = directory.positionsOn(connection, person, directory.today());
        }
        assertThat(positions).extracting(p -> p.code() + ":" + p.capacity())
                .containsExactly("GRP-ADMIN-DIR:HOLDER", "GRP-HR-DIR:ACTING");
    }
}
