package th.tidtam.base.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The figures behind the database gauges, without Spring: a scrape never waits, an outage keeps the last figures. */
class CachedFiguresTest {

    @Test
    void aScrapeNeverWaitsForTheDatabaseItStartsOneReadAndAnswersWhatIsKnown() {
        List<Runnable> queued = new ArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        CachedFigures<Integer> figures = new CachedFigures<>("t", reads::incrementAndGet, v -> {
        }, Duration.ofSeconds(20), queued::add);

        assertThat(figures.latest()).as("nothing read yet: the gauge shows NaN").isNull();
        assertThat(figures.latest()).isNull();
        assertThat(queued).as("one read, however many scrapes").hasSize(1);
        queued.get(0).run();

        assertThat(figures.latest()).isEqualTo(1);
        assertThat(queued).as("fresh figures are not read again").hasSize(1);
        assertThat(figures.ageSeconds()).isBetween(0.0, 20.0);
    }

    @Test
    void aReadThatFailsKeepsTheLastFiguresAndIsTriedAgainAnIntervalLater() {
        AtomicInteger calls = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        CachedFigures<Integer> figures = new CachedFigures<>("t", () -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("the database is down");
            }
            return 7;
        }, seen::add, Duration.ZERO, Runnable::run);

        figures.latest();
        assertThat(figures.latest()).as("the read failed; the last figures stand").isEqualTo(7);
        assertThat(figures.latest()).isEqualTo(7);
        assertThat(calls.get()).as("tried again after each interval (zero here)").isGreaterThanOrEqualTo(3);
        assertThat(seen).as("only a successful read is passed on").containsExactly(7);
    }
}
