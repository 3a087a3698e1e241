package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;
import th.tidtam.support.Race;

/**
 * Two administrators record overlapping acting periods for the same vacant position at the same moment, each in
 * its own transaction: the position's row lock decides, exactly one period is stored and the other is refused.
 */
@IntegrationTest
class ConcurrentActingAssignmentTest {

    private static final String ACCEPTED = "accepted";

    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoOverlappingActingPeriodsRecordedAtTheSameMomentLeaveExactlyOne() throws Exception {
        // a few rounds: a missing lock shows up as two stored periods in at least one of them
        for (int round = 0; round < 3; round++) {
            OrgFixtures fx = new OrgFixtures(admin);
            PositionSummary vacant = fx.position("RACE", fx.unit("RACE").id(), null);
            PersonSummary first = fx.person("first");
            PersonSummary second = fx.person("second");
            LocalDate today = directory.today();

            List<String> outcomes = race(
                    () -> fx.act(vacant.id(), first.id(), today, today.plusDays(30)),
                    () -> fx.act(vacant.id(), second.id(), today.plusDays(7), null));

            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(ACCEPTED, "org.error.acting-overlap");
            assertThat(jdbc.queryForObject("select count(*) from position_assignment where position_id = ?", Long.class,
                    vacant.id())).as("acting periods stored in round %d", round).isEqualTo(1);
            assertThat(directory.history(vacant.id())).hasSize(1);
        }
    }

    /** Runs both changes on their own threads, released together; answers "accepted" or the refusal's key. */
    private static List<String> race(Runnable one, Runnable other) throws Exception {
        return Race.atOnce(outcome(one), outcome(other));
    }

    private static Callable<String> outcome(Runnable change) {
        return () -> {
            try {
                change.run();
                return ACCEPTED;
            } catch (RuleViolation refused) {
                return refused.messageKey();
            }
        };
    }
}
