package th.tidtam.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import th.tidtam.TidtamApplication;

/**
 * The benchmark suite: {@code ./mvnw -q -pl workflow-app -Pbenchmark verify -Dbenchmark.mode=quick} (or {@code full}).
 * Starts the application on a fresh embedded MariaDB, generates the data (deterministic by seed), and prints one line
 * per measure — id, our figure, the baseline measured in the same run on the same data, and a "higher is better"
 * ratio — to standard output and to {@code target/benchmark-results.txt}. Never part of the test suite.
 */
public final class BenchmarkMain {

    static final long SEED = 20261125L;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("benchmark.mode", "quick").trim().toLowerCase(Locale.ROOT);
        if (!mode.equals("quick") && !mode.equals("full")) {
            System.err.println("benchmark.mode must be quick or full, not " + mode);
            System.exit(2);
        }
        boolean full = mode.equals("full");
        long started = System.nanoTime();
        List<String> lines = new ArrayList<>();
        lines.add("# Tidtam benchmarks, mode=" + mode + ", " + LocalDateTime.now().withNano(0) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, seed " + SEED);
        print(lines, lines.get(0));

        java.util.Set<String> only = java.util.Set.of(System.getProperty("benchmark.only", "P1,P2,P3,P4,P5")
                .toUpperCase(Locale.ROOT).split("\\s*,\\s*"));
        // P5 first: it starts applications of its own and needs the machine to itself
        if (only.contains("P5")) {
            print(lines, new ColdStart(full).run());
        }

        // P5 alone (-Dbenchmark.only=P5) needs no application of the benchmark's own
        if (!only.equals(java.util.Set.of("P5"))) {
            ConfigurableApplicationContext app = start("target/benchmark-db/" + UUID.randomUUID());
            try {
                print(lines, "# engine " + engine(app));
                new Measures(app, full, lines).run(only);
            } finally {
                app.close();
            }
        }
        print(lines, String.format(Locale.ROOT, "# done in %.1f min", (System.nanoTime() - started) / 60e9));
        Path out = Path.of("target", "benchmark-results-" + mode + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        System.exit(0);
    }

    static void print(List<String> lines, String line) {
        lines.add(line);
        System.out.println(line);
        System.out.flush();
    }

    /** Which engine this build runs on (Camunda 7 by default, Operaton with -Poperaton): the engine's jar. */
    static String engine(ConfigurableApplicationContext app) throws Exception {
        java.security.CodeSource source = app.getBean(ProcessEngine.class).getClass().getProtectionDomain().getCodeSource();
        return source == null ? "unknown" : Path.of(source.getLocation().toURI()).getFileName().toString();
    }

    static ConfigurableApplicationContext start(String dataDir) {
        SpringApplication application = new SpringApplication(TidtamApplication.class);
        return application.run(
                "--tidtam.embedded-db.data-dir=" + dataDir,
                "--tidtam.embedded-db.server-dir=target/mariadb-server",
                "--tidtam.embedded-db.fresh=true",
                "--tidtam.embedded-db.allow-temp-dir=true",
                "--tidtam.demo-data=true",
                "--tidtam.attachments.dir=" + dataDir + "-files",
                "--server.port=0",
                // the benchmark drives timers itself; a job executor would compete for the two cores
                "--camunda.bpm.job-execution.enabled=false",
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.launch-browser=false",
                "--logging.level.root=WARN",
                "--logging.level.th.tidtam=WARN",
                "--spring.main.banner-mode=off");
    }
}
