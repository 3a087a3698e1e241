package th.tidtam.process;

import java.util.Arrays;
import java.util.Optional;

/** How urgent a directive is (ความเร่งด่วน of Thai official correspondence), most urgent first. */
public enum Urgency {
    /** ด่วนที่สุด */
    MOST_URGENT,
    /** ด่วนมาก */
    VERY_URGENT,
    /** ด่วน */
    URGENT,
    /** ปกติ */
    NORMAL;

    /** 0 for the most urgent; work without an urgency ranks as {@link #NORMAL}. */
    public int rank() {
        return ordinal();
    }

    /** The urgency named by a process variable's value, if it names one. */
    public static Optional<Urgency> of(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.toString().trim();
        return Arrays.stream(values()).filter(u -> u.name().equalsIgnoreCase(name)).findFirst();
    }
}
