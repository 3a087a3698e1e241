package th.tidtam.base.metrics;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/** The request timer's route tags and its latency histogram (README, "Monitoring"). */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** Boot's request observation filter takes this convention for every request (uri tags, see the class). */
    @Bean
    HttpRouteTags httpRouteTags() {
        return new HttpRouteTags();
    }

    /**
     * Request latency as a histogram (Prometheus buckets, so that p95 can be computed across nodes with
     * {@code histogram_quantile}): every route gets a few fixed buckets with exact edges at 100 ms and 300 ms, the
     * targets for reads and decisions (issue 17, P6); the JSON API's routes and the screens' round trips — the actions
     * people wait for — get Micrometer's full bucket ladder from 5 ms to 30 s besides. Every series of the timer must
     * be a histogram: Prometheus' registry cannot mix histograms and summaries under one name.
     */
    @Bean
    MeterFilter requestLatencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                DistributionStatisticConfig.Builder latency = DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(EDGES);
                if (histogrammed(id.getTag(HttpRouteTags.URI))) {
                    latency.percentilesHistogram(true).minimumExpectedValue((double) Duration.ofMillis(5).toNanos())
                            .maximumExpectedValue((double) Duration.ofSeconds(30).toNanos());
                }
                return latency.build().merge(config);
            }
        };
    }

    /** The fixed bucket edges of every route, in nanoseconds. */
    static final double[] EDGES = java.util.stream.LongStream.of(25, 100, 300, 1000, 3000, 10000)
            .mapToDouble(ms -> Duration.ofMillis(ms).toNanos()).toArray();

    static boolean histogrammed(String uri) {
        return uri != null && (uri.startsWith("/api/") || uri.equals("VAADIN_UIDL"));
    }
}
