package th.tidtam.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;

/**
 * The one rule of secrecy (issue 16) as a table: every role × clearance × case class. The governor and the head of
 * office are cleared for everything whatever their recorded clearance; everyone else exactly as far as their
 * clearance covers the class; an unclassified case needs no clearance.
 */
class ClearanceRuleTest {

    @Test
    void everyRoleClearanceAndClassFollowsTheTable() {
        for (PositionRole role : PositionRole.values()) {
            for (SecrecyClass clearance : SecrecyClass.values()) {
                for (SecrecyClass caseClass : SecrecyClass.values()) {
                    boolean expected = caseClass == SecrecyClass.NONE || role == PositionRole.GOVERNOR
                            || role == PositionRole.HEAD_OF_OFFICE || clearance.ordinal() >= caseClass.ordinal();
                    assertThat(Clearance.cleared(role, clearance, caseClass))
                            .as("%s cleared for %s, case %s", role, clearance, caseClass).isEqualTo(expected);
                    assertThat(Clearance.cleared(position(1L, role, clearance), caseClass)).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aPositionWithoutARecordedClearanceIsClearedForNothingClassified() {
        assertThat(Clearance.cleared(PositionRole.STAFF, null, SecrecyClass.CONFIDENTIAL)).isFalse();
        assertThat(Clearance.cleared(PositionRole.STAFF, null, SecrecyClass.NONE)).isTrue();
        assertThat(Clearance.cleared(PositionRole.STAFF, SecrecyClass.NONE, null)).as("no class: unclassified").isTrue();
    }

    @Test
    void onlyThePositionsClearedForTheClassCountAndNoneIsNeverAnEmptyList() {
        List<CurrentPosition> mine = List.of(position(1L, PositionRole.STAFF, SecrecyClass.NONE),
                position(2L, PositionRole.STAFF, SecrecyClass.CONFIDENTIAL), position(3L, PositionRole.STAFF, SecrecyClass.SECRET));

        assertThat(Clearance.clearedIds(mine, SecrecyClass.NONE)).containsExactly(1L, 2L, 3L);
        assertThat(Clearance.clearedIds(mine, SecrecyClass.CONFIDENTIAL)).containsExactly(2L, 3L);
        assertThat(Clearance.clearedIds(mine, SecrecyClass.SECRET)).containsExactly(3L);
        assertThat(Clearance.clearedIds(List.of(position(1L, PositionRole.SECRETARIAT, SecrecyClass.NONE)), SecrecyClass.SECRET))
                .as("an 'in' list is never empty").containsExactly(-1L);
        assertThat(Clearance.seesEveryClass(mine)).isFalse();
        assertThat(Clearance.seesEveryClass(List.of(position(9L, PositionRole.HEAD_OF_OFFICE, SecrecyClass.NONE)))).isTrue();
    }

    private static CurrentPosition position(Long id, PositionRole role, SecrecyClass clearance) {
        return new CurrentPosition(id, "P" + id, "ตำแหน่ง " + id, "Position " + id, 1L, "หน่วย", "Unit", role, false, clearance,
                AssignmentKind.HOLDER, null, null, null, 1L);
    }
}
