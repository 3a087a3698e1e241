/**
 * What operations watch (issue 17): the cached database figures behind the modules' gauges, the route tags of the
 * request timer and its latency histogram. Each module registers its own meters on the data it owns.
 */
@org.springframework.modulith.NamedInterface("metrics")
package th.tidtam.base.metrics;
