package th.tidtam.notify;

import java.util.EnumSet;
import java.util.Set;

import th.tidtam.casework.Urgency;
import th.tidtam.casework.alert.AlertKind;

/**
 * What a message is about, as a person chooses its channel. The first five cannot wait (immediate by default); the
 * rest go to the daily digest. The screens translate {@code notify.kind.<name>}.
 */
public enum NotificationKind {
    /** new ด่วนที่สุด work for your position */
    MOST_URGENT_WORK(Channel.IMMEDIATE),
    /** someone's late work was escalated to you */
    ESCALATED_TO_YOU(Channel.IMMEDIATE),
    /** what you submitted came back with a comment */
    REPORT_RETURNED(Channel.IMMEDIATE),
    /** your request for more time was refused */
    EXTENSION_REFUSED(Channel.IMMEDIATE),
    /** a comment mentions your position */
    MENTIONED(Channel.IMMEDIATE),
    /** new work that is not ด่วนที่สุด */
    NEW_WORK(Channel.DIGEST),
    /** a due date is near, or passed */
    REMINDER(Channel.DIGEST),
    /** every other alert (your work escalated, work delegated, a request, a publication) */
    OTHER(Channel.DIGEST);

    private final Channel builtInDefault;

    NotificationKind(Channel builtInDefault) {
        this.builtInDefault = builtInDefault;
    }

    /** The channel when neither the administrator nor the person said otherwise. */
    public Channel builtInDefault() {
        return builtInDefault;
    }

    /** Every channel: what the administrator allows until they narrow it. */
    public Set<Channel> builtInAllowed() {
        return EnumSet.allOf(Channel.class);
    }

    /** The kind of an alert. */
    public static NotificationKind of(AlertKind alert) {
        if (alert == null) {
            return OTHER;
        }
        return switch (alert.name()) {
            case "ESCALATED_TO_YOU" -> ESCALATED_TO_YOU;
            case "REPORT_RETURNED" -> REPORT_RETURNED;
            case "EXTENSION_REFUSED" -> EXTENSION_REFUSED;
            case "MENTIONED" -> MENTIONED;
            case "REMINDER" -> REMINDER;
            default -> OTHER;
        };
    }

    /** The kind of a new task. */
    public static NotificationKind ofWork(Urgency urgency) {
        return urgency == Urgency.MOST_URGENT ? MOST_URGENT_WORK : NEW_WORK;
    }

    /** The message key of the kind's name on screens and in messages. */
    public String labelKey() {
        return "notify.kind." + name();
    }
}
