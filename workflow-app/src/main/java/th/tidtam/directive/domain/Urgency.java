package th.tidtam.directive.domain;

/** ชั้นความเร็ว: how fast a directive must be acted on. The rank orders inboxes (most urgent first). */
public enum Urgency {
    NORMAL(3), URGENT(2), VERY_URGENT(1), MOST_URGENT(0);

    private final int rank;

    Urgency(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
