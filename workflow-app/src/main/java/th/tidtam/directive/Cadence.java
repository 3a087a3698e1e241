package th.tidtam.directive;

/** How often the units report progress. */
public enum Cadence {
    NONE, DAILY, WEEKLY, EVERY_N_DAYS, MONTHLY, BEFORE_NEXT_MEETING
}
