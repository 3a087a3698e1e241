package th.tidtam.base.metrics;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last figures a query answered, for gauges (made by {@link DatabaseGauges}). Asking for them never waits for the
 * database: when they are older than the interval, one read is started on the reader's thread and the caller gets the
 * figures as they are; a read that fails keeps the last figures (none yet: {@code null}, which gauges show as NaN)
 * and is tried again an interval later.
 */
public final class CachedFigures<T> {

    private static final Logger log = LoggerFactory.getLogger(CachedFigures.class);

    private final String source;
    private final Supplier<T> read;
    private final Consumer<T> afterRead;
    private final long intervalNanos;
    private final Executor reader;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile T latest;
    private volatile long readAt;
    private volatile long triedAt;
    private volatile boolean tried;
    private volatile boolean failing;

    CachedFigures(String source, Supplier<T> read, Consumer<T> afterRead, Duration interval, Executor reader) {
        this.source = source;
        this.read = read;
        this.afterRead = afterRead;
        this.intervalNanos = interval.toNanos();
        this.reader = reader;
    }

    /** The last figures read, or null before the first read succeeded; starts a read when they are stale. */
    public T latest() {
        long now = System.nanoTime();
        if ((!tried || now - triedAt >= intervalNanos) && reading.compareAndSet(false, true)) {
            tried = true;
            triedAt = now;
            try {
                reader.execute(this::readNow);
            } catch (RejectedExecutionException shuttingDown) {
                reading.set(false);
            }
        }
        return latest;
    }

    /** Seconds since the last successful read; NaN before the first. */
    public double ageSeconds() {
        latest();
        return latest == null ? Double.NaN : (System.nanoTime() - readAt) / 1e9;
    }

    private void readNow() {
        try {
            T value = read.get();
            latest = value;
            readAt = System.nanoTime();
            if (failing) {
                log.info("Figures of {} are read again", source);
                failing = false;
            }
            afterRead.accept(value);
        } catch (RuntimeException e) {
            // once per outage, not once per interval: the age gauge tells how long it lasts
            if (!failing) {
                log.warn("Figures of {} could not be read; the last ones stand: {}", source, e.toString());
                failing = true;
            }
        } finally {
            reading.set(false);
        }
    }
}
