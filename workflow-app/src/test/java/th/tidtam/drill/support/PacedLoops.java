package th.tidtam.drill.support;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The client loops of a drill (people at work, a probe), paced without a sleeping thread: a loop runs one step at a
 * time, each step names the pause before the next one (a client's pause between calls, the Retry-After it was told),
 * and the scheduler starts the next step when the pause is over. The pool grows by one thread per loop, so a step
 * blocked on the database (a call waiting for its connection during an outage) holds up no other loop; between steps
 * no thread waits for a loop at all.
 */
public final class PacedLoops {

    private final ScheduledThreadPoolExecutor scheduler;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger loops = new AtomicInteger();

    public PacedLoops(String prefix) {
        AtomicInteger threads = new AtomicInteger();
        scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, prefix + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // once stopped, a pause still to run out starts no further step
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs {@code step} over and over until {@link #stop}; it returns the pause in milliseconds before its next run. */
    public void start(String name, LongSupplier step) {
        scheduler.setCorePoolSize(loops.incrementAndGet());
        submit(new Runnable() {
            @Override
            public void run() {
                if (stop.get()) {
                    return;
                }
                Thread thread = Thread.currentThread();
                String pooled = thread.getName();
                thread.setName(name);
                long pause;
                try {
                    pause = step.getAsLong();
                } catch (RuntimeException | Error e) {
                    // as a thread of its own would: the loop ends, the failure is shown
                    System.err.println("loop " + name + " ended: " + e);
                    e.printStackTrace();
                    return;
                } finally {
                    thread.setName(pooled);
                }
                if (!stop.get()) {
                    submit(this, Math.max(0, pause));
                }
            }
        }, 0);
    }

    public boolean stopped() {
        return stop.get();
    }

    /** No step starts any more; the steps under way finish (their calls are recorded) within {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        stop.set(true);
        scheduler.shutdown();
        scheduler.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void submit(Runnable step, long pauseMillis) {
        try {
            scheduler.schedule(step, pauseMillis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // stopped between the step's end and its next start
        }
    }
}
