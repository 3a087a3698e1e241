package th.tidtam.casework;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * ชั้นความเร็ว of Thai official correspondence: how fast a case must be acted on. One scale for every case type; the
 * rank orders inboxes (most urgent first). Declared in the order forms offer it (ordinary first).
 */
public enum Urgency {
    /** ปกติ */
    NORMAL(3),
    /** ด่วน */
    URGENT(2),
    /** ด่วนมาก */
    VERY_URGENT(1),
    /** ด่วนที่สุด */
    MOST_URGENT(0);

    private final int rank;

    Urgency(int rank) {
        this.rank = rank;
    }

    /** 0 for the most urgent; work without an urgency ranks as {@link #NORMAL}. */
    public int rank() {
        return rank;
    }

    /** Every urgency, most urgent first (as inboxes sort). */
    public static List<Urgency> mostUrgentFirst() {
        return Arrays.stream(values()).sorted(Comparator.comparingInt(Urgency::rank)).toList();
    }

    /** The urgency named by a value (a process variable, a stored name), if it names one. */
    public static Optional<Urgency> of(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.toString().trim();
        return Arrays.stream(values()).filter(u -> u.name().equalsIgnoreCase(name)).findFirst();
    }
}
