/**
 * The dashboard's figures; published for the national roll-up ({@code rollup}), which reads the per-day summary's
 * figures ({@link th.tidtam.dashboard.service.SummaryFigures}) of every province.
 */
@org.springframework.modulith.NamedInterface("service")
package th.tidtam.dashboard.service;
