package th.tidtam.meeting.extraction;

/** A unit found in the minutes, with the words it was found by (its name, short name or abbreviation). */
public record UnitMatch(long unitId, String nameTh, String matchedText) {
}
