package th.tidtam.meeting.extraction;

import java.time.LocalDate;
import java.util.List;

import th.tidtam.directive.Cadence;

/**
 * One directive the extraction proposes; a person reviews it before anything is issued.
 *
 * @param agendaItem       the agenda item it stands under, Arabic digits ("4.2")
 * @param text             the directive without its leading numbering and "ให้&lt;units&gt;" opening
 * @param units            the units named, the lead first
 * @param allDistricts     "นายอำเภอทุกอำเภอ", "ทุกอำเภอ" was named
 * @param allAgencies      "ทุกส่วนราชการ" was named
 * @param allDistrictsLead the districts were named first, so they lead
 * @param unmatched        bodies named that the lexicon does not know: for the reviewer, never guessed
 * @param duePhrase        the words the due date or cadence came from, for the reviewer
 * @param sourceText       the directive as written in the minutes
 */
public record ProposedDirective(String agendaItem, String text, List<UnitMatch> units, boolean allDistricts,
        boolean allAgencies, boolean allDistrictsLead, List<String> unmatched, LocalDate dueDate, Cadence cadence,
        Integer cadenceDays, String duePhrase, String sourceText) {

    public ProposedDirective {
        units = units == null ? List.of() : List.copyOf(units);
        unmatched = unmatched == null ? List.of() : List.copyOf(unmatched);
        cadence = cadence == null ? Cadence.NONE : cadence;
    }
}
