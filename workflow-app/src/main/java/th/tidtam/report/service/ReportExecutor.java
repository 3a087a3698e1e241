package th.tidtam.report.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * Reports are generated off the UI thread so that the screen keeps answering. Two threads: the machine has few cores
 * and a queue is fairer than many slow renders at once.
 */
@Component
public class ReportExecutor {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "follow-up-report-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
