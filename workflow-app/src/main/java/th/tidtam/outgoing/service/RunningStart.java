package th.tidtam.outgoing.service;

/**
 * Where a book's series continues from: the last number already handed out on paper in that calendar year (CE) for
 * the normal or the circular series. Never lower than what the register has handed out.
 */
public record RunningStart(Boolean circular, Integer year, Integer lastNumber) {
}
