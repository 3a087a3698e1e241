package th.tidtam.base.metrics;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Where a module gets {@link CachedFigures} for gauges whose values the database answers. A Prometheus scrape only
 * ever reads the last figures: a stale one is read again at most once per {@code tidtam.metrics.refresh-interval}
 * (20 s), on one thread of its own, so however often and however many scrapers ask, the database sees one query per
 * source per interval, and a scrape during a database outage still answers at once (with the last figures). For each
 * source {@code tidtam_figures_age_seconds{source}} tells how old its figures are: it keeps growing while the
 * database does not answer.
 */
@Component
public class DatabaseGauges implements DisposableBean {

    private final MeterRegistry registry;
    private final Duration refreshInterval;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tidtam-gauges");
        t.setDaemon(true);
        return t;
    });

    DatabaseGauges(MeterRegistry registry, @Value("${tidtam.metrics.refresh-interval:20s}") Duration refreshInterval) {
        this.registry = registry;
        this.refreshInterval = refreshInterval;
    }

    /** Figures of {@code source} read by {@code read}, their age registered as a gauge. */
    public <T> CachedFigures<T> figures(String source, Supplier<T> read) {
        return figures(source, read, value -> {
        });
    }

    /**
     * As {@link #figures(String, Supplier)}; {@code afterRead} runs on the reading thread after each successful read
     * (e.g. to register a gauge for a case type seen for the first time), never during a scrape.
     */
    public <T> CachedFigures<T> figures(String source, Supplier<T> read, Consumer<T> afterRead) {
        CachedFigures<T> figures = new CachedFigures<>(source, read, afterRead, refreshInterval, reader);
        Gauge.builder("tidtam.figures.age", figures, CachedFigures::ageSeconds).tag("source", source).baseUnit("seconds")
                .description("Seconds since the figures of this source were last read from the database")
                .strongReference(true).register(registry);
        return figures;
    }

    public MeterRegistry registry() {
        return registry;
    }

    @Override
    public void destroy() {
        reader.shutdownNow();
    }
}
