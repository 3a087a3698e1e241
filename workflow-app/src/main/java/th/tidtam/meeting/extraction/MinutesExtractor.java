package th.tidtam.meeting.extraction;

import java.time.LocalDate;
import java.util.List;

/** Minutes → proposed agenda items and directives. Stateless and thread-safe. */
public final class MinutesExtractor {

    /** meetingDate: used for relative phrases when the text has no date line. */
    public ExtractedMinutes extract(String text, UnitLexicon lexicon, LocalDate meetingDate) {
        MinutesDocuments.checkLength(text);
        return new ExtractedMinutes(null, null, meetingDate, List.of(), List.of());
    }
}
