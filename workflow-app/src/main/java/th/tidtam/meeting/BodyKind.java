package th.tidtam.meeting;

/** The monthly meeting of the provincial committee and heads of agencies, or a committee. */
public enum BodyKind {
    MONTHLY, COMMITTEE
}
