package th.tidtam.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** Timings after warm-up, reported as percentiles in milliseconds. */
record Stats(double p50, double p95, double p99, int samples) {

    static Stats measure(int warmUp, int samples, Supplier<?> operation) {
        for (int i = 0; i < warmUp; i++) {
            operation.get();
        }
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            operation.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(ms);
        return new Stats(at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), samples);
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    String millis() {
        return String.format(Locale.ROOT, "p50=%.2fms p95=%.2fms", p50, p95);
    }
}
