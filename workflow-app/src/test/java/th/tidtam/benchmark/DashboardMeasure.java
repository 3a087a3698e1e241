package th.tidtam.benchmark;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/** P3: the dashboard's figures at both scales against recomputing them from the engine's history tables. */
final class DashboardMeasure {

    private final List<String> lines;

    DashboardMeasure(ConfigurableApplicationContext app, boolean full, List<String> lines) {
        this.lines = lines;
    }

    void run() {
        BenchmarkMain.print(lines, "P3 dashboard: not measured yet");
    }
}
