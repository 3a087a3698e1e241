package th.tidtam.matters;

/** The head of office's triage: to one unit, split among several, or kept in one of the provincial office's groups. */
public enum TriageOutcome {
    ASSIGN, SPLIT, KEEP
}
