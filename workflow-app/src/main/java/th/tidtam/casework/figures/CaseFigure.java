package th.tidtam.casework.figures;

/**
 * What a person responsible counts for one case type: coordination requests count the parties asked, unowned matters
 * the parts held.
 *
 * @param caseType       the case type's key
 * @param titleKey       the message key of the figures' title (the case type's plural name)
 * @param route          the list screen the title links to, e.g. {@code coordination}
 * @param open           not finished
 * @param overdue        open past their due date
 * @param finished       answered or done
 * @param finishedOnTime of those, by their due date
 */
public record CaseFigure(String caseType, String titleKey, String route, long open, long overdue, long finished,
        long finishedOnTime) {

    /** Finished on time as a share of those finished, 0–100; null when none finished yet. */
    public Integer onTimePercent() {
        return finished == 0 ? null : (int) Math.round(100.0 * finishedOnTime / finished);
    }
}
