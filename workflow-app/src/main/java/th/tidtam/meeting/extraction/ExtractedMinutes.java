package th.tidtam.meeting.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * What the extraction read from one set of minutes.
 *
 * @param meetingNumber "1/2569" (Arabic digits) or null when the text has none
 * @param meetingDate   the date of the meeting from the text, else the one the caller gave, else null
 * @param warnings      things the reviewer must look at (a date that does not exist, …), as plain sentences in Thai
 */
public record ExtractedMinutes(String bodyTitle, String meetingNumber, LocalDate meetingDate, List<ProposedItem> items,
        List<String> warnings) {

    public ExtractedMinutes {
        items = items == null ? List.of() : List.copyOf(items);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Every proposed directive, in the order of the minutes. */
    public List<ProposedDirective> directives() {
        return items.stream().flatMap(i -> i.directives().stream()).toList();
    }
}
