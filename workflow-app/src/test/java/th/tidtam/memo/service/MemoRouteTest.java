package th.tidtam.memo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MemoRouteTest {

    private static final Long DIRECTOR = 2L, HEAD = 3L, GOVERNOR = 4L, VICE = 5L, SECTION = 6L;

    @Test
    void viceGovernorStandsJustBeforeTheGovernor() {
        assertThat(MemoRoute.plan(List.of(DIRECTOR, HEAD, GOVERNOR), GOVERNOR, GOVERNOR, VICE))
                .containsExactly(DIRECTOR, HEAD, VICE, GOVERNOR);
    }

    @Test
    void routeEndsAtTheAddressee() {
        assertThat(MemoRoute.plan(List.of(DIRECTOR, HEAD, GOVERNOR), HEAD, GOVERNOR, VICE)).containsExactly(DIRECTOR, HEAD);
        assertThat(MemoRoute.plan(List.of(DIRECTOR, HEAD, GOVERNOR), VICE, GOVERNOR, VICE)).containsExactly(DIRECTOR, HEAD, VICE);
    }

    @Test
    void addresseeNotAboveTheDrafterHasNoRoute() {
        assertThat(MemoRoute.plan(List.of(DIRECTOR, HEAD, GOVERNOR), 99L, GOVERNOR, VICE)).isEmpty();
    }

    @Test
    void withoutViceGovernorTheChainIsTheRoute() {
        assertThat(MemoRoute.plan(List.of(DIRECTOR, HEAD, GOVERNOR), GOVERNOR, GOVERNOR, null))
                .containsExactly(DIRECTOR, HEAD, GOVERNOR);
    }

    @Test
    void vacantLevelIsPassedToTheNextFilledOne() {
        List<MemoRoute.Level> levels = List.of(level(SECTION, true), level(DIRECTOR, false), level(GOVERNOR, false));
        MemoRoute.Step step = MemoRoute.next(levels, null).orElseThrow();
        assertThat(step.target()).isEqualTo(DIRECTOR);
        assertThat(step.skipped()).containsExactly(SECTION);
    }

    @Test
    void vacantAddresseeIsNeverPassed() {
        List<MemoRoute.Level> levels = List.of(level(DIRECTOR, false), level(HEAD, true), level(GOVERNOR, true));
        MemoRoute.Step step = MemoRoute.next(levels, DIRECTOR).orElseThrow();
        assertThat(step.target()).isEqualTo(GOVERNOR);
        assertThat(step.skipped()).containsExactly(HEAD);
    }

    @Test
    void nothingFollowsTheTop() {
        assertThat(MemoRoute.next(List.of(level(DIRECTOR, false), level(GOVERNOR, false)), GOVERNOR)).isEmpty();
    }

    @Test
    void levelNoLongerOnTheRouteGoesStraightToTheAddressee() {
        List<MemoRoute.Level> levels = List.of(level(DIRECTOR, false), level(HEAD, false), level(GOVERNOR, false));
        assertThat(MemoRoute.next(levels, 42L).orElseThrow().target()).isEqualTo(GOVERNOR);
    }

    private static MemoRoute.Level level(Long id, boolean vacant) {
        return new MemoRoute.Level(id, vacant);
    }
}
