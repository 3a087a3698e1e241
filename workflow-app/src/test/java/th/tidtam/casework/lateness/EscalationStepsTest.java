package th.tidtam.casework.lateness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How far up the ladder late work should be by now: pure arithmetic, no Spring. */
class EscalationStepsTest {

    @Test
    void workThatIsNotLateYetClimbsNoRung() {
        assertThat(EscalationLadder.rungsDue(0, 3, 2)).isZero();
    }

    @Test
    void theFirstLateWorkingDayReachesTheFirstRung() {
        assertThat(EscalationLadder.rungsDue(1, 3, 2)).isEqualTo(1);
        assertThat(EscalationLadder.rungsDue(2, 3, 2)).isEqualTo(1);
    }

    @Test
    void everyStepOfWorkingDaysAddsOneRung() {
        assertThat(EscalationLadder.rungsDue(3, 3, 2)).isEqualTo(2);
        assertThat(EscalationLadder.rungsDue(5, 3, 2)).isEqualTo(3);
    }

    @Test
    void theLadderEndsAtItsTopRung() {
        assertThat(EscalationLadder.rungsDue(40, 3, 2)).isEqualTo(3);
        assertThat(EscalationLadder.rungsDue(40, 0, 2)).isZero();
    }
}
