package th.tidtam.directive;

/** Where a directive came from. */
public enum SourceKind {
    MEETING, COMMITTEE, FIELD_VISIT, LETTER, ANNOTATION, RELAYED
}
