package th.tidtam.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * What the load run measured: every request's time by action, with the moment it was sent (so the busy first minutes
 * — everyone arriving and logging in, everyone's first step — can be told from the rest), its errors and the
 * conflicts between two people. Prints the figures per action and the verdict against the targets of P6.
 */
final class LoadFigures {

    /** Reads: p95 at most 100 ms (issue 17, P6). */
    static final Set<String> READS = Set.of("my_work", "open_directive", "alerts", "dashboard");
    /** Decisions, which change a case and move its process: p95 at most 300 ms. */
    static final Set<String> DECISIONS = Set.of("acknowledge", "progress_report", "final_report", "review", "screen",
            "issue_directive", "chase");
    static final long READ_TARGET_MS = 100;
    static final long DECISION_TARGET_MS = 300;
    /**
     * A login (the form, the password check, the page the browser lands on) is judged as a decision: it writes a
     * session, and its BCrypt check is meant to cost CPU time.
     */
    static final long LOGIN_TARGET_MS = 300;

    private record Sample(long atMs, long ms) {
    }

    private final Map<String, ConcurrentLinkedQueue<Sample>> timings = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<String>> errors = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<String>> conflicts = new ConcurrentHashMap<>();
    private volatile long runStart = System.nanoTime();

    /** The run proper starts now (what came before, the preparation, is forgotten). */
    void startRun() {
        timings.clear();
        errors.clear();
        conflicts.clear();
        runStart = System.nanoTime();
    }

    /** A request of {@code action} sent at {@code startNanos} ({@link System#nanoTime()}) has been answered. */
    void took(String action, long startNanos) {
        long now = System.nanoTime();
        timings.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>())
                .add(new Sample((startNanos - runStart) / 1_000_000, (now - startNanos) / 1_000_000));
    }

    /** The time of the last answer of {@code action} (ms), or -1. */
    long last(String action) {
        ConcurrentLinkedQueue<Sample> samples = timings.get(action);
        return samples == null ? -1 : samples.stream().reduce((a, b) -> b).map(Sample::ms).orElse(-1L);
    }

    void error(String action, String what) {
        errors.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(what);
    }

    void conflict(String action, String what) {
        conflicts.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(what);
    }

    /**
     * The table per action: all of the run, then the same from {@code steadyFromMs} on (after the arrivals and
     * everyone's first step), the p50 of each minute, the errors and conflicts, and the verdict.
     */
    void report(double seconds, long steadyFromMs, Consumer<String> say) {
        say.accept(String.format(Locale.ROOT, "%-18s %7s %6s %8s %8s %8s | %-16s %7s %8s %8s", "action", "count", "errors",
                "p50 ms", "p95 ms", "p99 ms", "from " + steadyFromMs / 1000 + " s on:", "count", "p50 ms", "p95 ms"));
        Map<String, long[]> all = new TreeMap<>();
        Map<String, long[]> steady = new TreeMap<>();
        timings.forEach((action, samples) -> {
            all.put(action, samples.stream().mapToLong(Sample::ms).sorted().toArray());
            steady.put(action, samples.stream().filter(s -> s.atMs >= steadyFromMs).mapToLong(Sample::ms).sorted().toArray());
        });
        long total = 0;
        long failed = 0;
        List<long[]> everything = new ArrayList<>();
        List<long[]> everythingSteady = new ArrayList<>();
        for (var e : all.entrySet()) {
            long[] ms = e.getValue();
            long[] st = steady.get(e.getKey());
            int errs = errors.getOrDefault(e.getKey(), new ConcurrentLinkedQueue<>()).size();
            if (!e.getKey().startsWith("login_")) {
                // the login's own requests are in "login" already
                total += ms.length;
                failed += errs;
                everything.add(ms);
                everythingSteady.add(st);
            }
            say.accept(row(e.getKey(), ms, errs, st));
        }
        long[] merged = merge(everything);
        say.accept(row("all requests", merged, (int) failed, merge(everythingSteady)));
        say.accept(String.format(Locale.ROOT, "throughput %.1f requests/s over %.0f s; errors %d (%.3f%%)", total / seconds,
                seconds, failed, total == 0 ? 0 : 100.0 * failed / total));
        byMinute(say);
        errors.forEach((action, list) -> list.stream().limit(10).forEach(e -> say.accept("error " + action + ": " + e)));
        conflicts.forEach((action, list) -> say.accept("conflict between two people (404, clear message, nothing changed) "
                + action + ": " + list.size() + ", e.g. " + list.peek()));
        verdict(all, steady, say);
    }

    private static String row(String action, long[] ms, int errs, long[] steady) {
        return String.format(Locale.ROOT, "%-18s %7d %6d %8d %8d %8d | %-16s %7d %8d %8d", action, ms.length, errs, at(ms, .50),
                at(ms, .95), at(ms, .99), "", steady.length, at(steady, .50), at(steady, .95));
    }

    /** The p50 of each action minute by minute: shows what the busy start costs and what a quiet minute does. */
    private void byMinute(Consumer<String> say) {
        long minutes = timings.values().stream().flatMap(q -> q.stream()).mapToLong(s -> s.atMs / 60_000).max().orElse(0) + 1;
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-18s", "p50 ms by minute"));
        for (int m = 1; m <= minutes; m++) {
            head.append(String.format(Locale.ROOT, " %6s", "m" + m));
        }
        say.accept(head.toString());
        new TreeMap<>(timings).forEach((action, samples) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s", action));
            for (int m = 0; m < minutes; m++) {
                long from = m * 60_000L;
                long[] ms = samples.stream().filter(s -> s.atMs >= from && s.atMs < from + 60_000).mapToLong(Sample::ms)
                        .sorted().toArray();
                line.append(ms.length == 0 ? String.format(Locale.ROOT, " %6s", "-")
                        : String.format(Locale.ROOT, " %6d", at(ms, .50)));
            }
            say.accept(line.toString());
        });
    }

    /** Each action against its target (p95 of the whole run); the steady part's p95 beside it. */
    private void verdict(Map<String, long[]> all, Map<String, long[]> steady, Consumer<String> say) {
        say.accept("verdict (P6: reads p95 <= " + READ_TARGET_MS + " ms, decisions p95 <= " + DECISION_TARGET_MS
                + " ms, login judged as a decision: form + BCrypt check + the page it lands on, 0 errors):");
        int met = 0;
        int judged = 0;
        for (var e : all.entrySet()) {
            String action = e.getKey();
            long target = READS.contains(action) ? READ_TARGET_MS
                    : DECISIONS.contains(action) ? DECISION_TARGET_MS
                    : action.equals("login") ? LOGIN_TARGET_MS : -1;
            if (target < 0) {
                continue;
            }
            long p95 = at(e.getValue(), .95);
            int errs = errors.getOrDefault(action, new ConcurrentLinkedQueue<>()).size();
            boolean ok = p95 <= target && errs == 0;
            judged++;
            met += ok ? 1 : 0;
            say.accept(String.format(Locale.ROOT, "  %-16s %-6s p95 %6d ms (target %d, steady part %d ms), errors %d",
                    action, ok ? "MET" : "MISSED", p95, target, at(steady.get(action), .95), errs));
        }
        say.accept(String.format(Locale.ROOT, "  %d of %d actions within target", met, judged));
    }

    private static long[] merge(List<long[]> parts) {
        long[] merged = parts.stream().flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(merged);
        return merged;
    }

    static long at(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
