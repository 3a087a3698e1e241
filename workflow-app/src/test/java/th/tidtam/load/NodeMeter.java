package th.tidtam.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The node's CPU time, memory and garbage collection during the run (from /proc on Linux and the JDK's jstat and
 * jcmd), and the machine's load average every 30 s beside the node's share of the CPU: on a shared machine the
 * latencies mean little without both.
 */
final class NodeMeter {

    private final long pid;
    private long cpuTicksAtStart;
    private long cpuTicksAtLastSample;
    private Map<String, Double> gcAtStart = Map.of();
    private volatile long maxRssKb;
    private final List<String> every30s = Collections.synchronizedList(new ArrayList<>());
    private ScheduledExecutorService sampler;

    /** @param pid the node's process, or 0 when it runs elsewhere (then only the load average is sampled) */
    NodeMeter(long pid) {
        this.pid = pid;
    }

    void start() {
        cpuTicksAtStart = cpuTicks();
        cpuTicksAtLastSample = cpuTicksAtStart;
        gcAtStart = gc();
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "node-meter");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleWithFixedDelay(() -> maxRssKb = Math.max(maxRssKb, rssKb()), 0, 5, TimeUnit.SECONDS);
        sampler.scheduleAtFixedRate(this::sample, 30, 30, TimeUnit.SECONDS);
    }

    /** The load average and, when the node is ours, the cores it used over the last 30 s. */
    private void sample() {
        String load = loadAverage().split(" ")[0];
        if (pid == 0) {
            every30s.add(load);
            return;
        }
        long ticks = cpuTicks();
        every30s.add(String.format(Locale.ROOT, "%s/%.2f", load, (ticks - cpuTicksAtLastSample) / 100.0 / 30));
        cpuTicksAtLastSample = ticks;
    }

    List<String> report(double seconds) {
        sampler.shutdownNow();
        List<String> lines = new ArrayList<>();
        if (pid != 0) {
            double cpu = (cpuTicks() - cpuTicksAtStart) / 100.0;
            lines.add(String.format(Locale.ROOT, "node CPU %.0f s over %.0f s = %.2f cores on average; RSS max %d MB; heap %s",
                    cpu, seconds, cpu / seconds, maxRssKb / 1024, heap()));
            lines.add(gcReport(gcAtStart, gc(), seconds));
            lines.add("every 30 s, load average (1 min) / cores the node used: " + String.join(" ", every30s));
        } else {
            lines.add("load average (1 min) every 30 s: " + String.join(" ", every30s));
        }
        lines.add("load average after: " + loadAverage() + " (2 cores, shared with other builds)");
        return lines;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    private static String gcReport(Map<String, Double> before, Map<String, Double> after, double seconds) {
        if (before.isEmpty() || after.isEmpty()) {
            return "GC: ? (no jstat)";
        }
        double young = after.getOrDefault("YGC", 0.0) - before.getOrDefault("YGC", 0.0);
        double youngS = after.getOrDefault("YGCT", 0.0) - before.getOrDefault("YGCT", 0.0);
        double full = after.getOrDefault("FGC", 0.0) - before.getOrDefault("FGC", 0.0);
        double concurrent = after.getOrDefault("CGC", 0.0) - before.getOrDefault("CGC", 0.0);
        double total = after.getOrDefault("GCT", 0.0) - before.getOrDefault("GCT", 0.0);
        return String.format(Locale.ROOT, "GC during the run: %.0f young (%.2f s), %.0f full, %.0f concurrent cycles; "
                + "%.2f s in pauses in all = %.2f %% of the run; old generation %.0f MB used at the end", young, youngS, full,
                concurrent, total, 100 * total / seconds, after.getOrDefault("OU", 0.0) / 1024);
    }

    /** {@code jstat -gc}: counts and seconds of the collections so far, and the generations' use (KB). */
    private Map<String, Double> gc() {
        String text = jdkTool("jstat", "-gc", Long.toString(pid));
        List<String> lines = text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        Map<String, Double> values = new TreeMap<>();
        if (lines.size() >= 2) {
            String[] names = lines.get(0).split("\\s+");
            String[] numbers = lines.get(1).split("\\s+");
            for (int i = 0; i < Math.min(names.length, numbers.length); i++) {
                try {
                    values.put(names[i], Double.parseDouble(numbers[i]));
                } catch (NumberFormatException notANumber) {
                    // "-" for a figure this collector does not have
                }
            }
        }
        return values;
    }

    private String heap() {
        return jdkTool("jcmd", Long.toString(pid), "GC.heap_info").lines()
                .filter(l -> l.contains("total") && l.contains("used")).findFirst().orElse("?").trim();
    }

    private static String jdkTool(String tool, String... args) {
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return text;
        } catch (Exception e) {
            return "";
        }
    }

    private long cpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }

    private long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            // gone
        }
        return 0;
    }
}
