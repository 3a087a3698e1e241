package th.tidtam.org.service;

/** One alias of a unit, with the id the administrator removes it by. */
public record UnitAliasSummary(long id, long unitId, String alias) {
}
