package th.tidtam.meeting.extraction;

import java.util.List;

/**
 * An agenda item found in the minutes.
 *
 * @param number  "4.2" (or "4" for a section without sub-items), Arabic digits
 * @param section the standard agenda section, 1..6
 */
public record ProposedItem(String number, int section, String title, List<ProposedDirective> directives) {

    public ProposedItem {
        directives = directives == null ? List.of() : List.copyOf(directives);
    }
}
