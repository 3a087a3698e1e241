package th.tidtam.process;

import th.tidtam.casework.Urgency;
import java.util.Set;

/**
 * What the inbox shows of its positions' work. {@code urgencies} empty: any urgency. {@code overdueOnly}: only work
 * whose due date has passed. {@code text}: contained in the case number or subject, Thai or Arabic digits alike;
 * blank: no text filter.
 */
public record InboxFilter(Set<Urgency> urgencies, boolean overdueOnly, String text) {

    public InboxFilter {
        urgencies = urgencies == null ? Set.of() : Set.copyOf(urgencies);
    }

    public static InboxFilter none() {
        return new InboxFilter(Set.of(), false, null);
    }

    public InboxFilter withUrgencies(Urgency... wanted) {
        return new InboxFilter(Set.of(wanted), overdueOnly, text);
    }

    public InboxFilter overdue() {
        return new InboxFilter(urgencies, true, text);
    }

    public InboxFilter containing(String wanted) {
        return new InboxFilter(urgencies, overdueOnly, wanted);
    }
}
