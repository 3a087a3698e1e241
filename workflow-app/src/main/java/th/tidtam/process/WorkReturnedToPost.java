package th.tidtam.process;

/**
 * An open task that had gone to a superior because the position it was meant for was vacant went back to that
 * position when it got a holder or an acting holder (or, the post still vacant, to a nearer superior that did).
 * Published synchronously in the transaction that recorded the assignment, after the task moved and the case's
 * timeline got its entry: a case type that keeps its own holder (a directive part's holder, a memo's level) updates it
 * in its listener. Positions are codes and ids; {@code casePartId} is the work item's sub-part as the case type's
 * {@link CaseProcess} names it (a directive's unit id, a matter's part id), or null.
 */
public record WorkReturnedToPost(String taskId, String caseType, Long caseId, Long casePartId, String fromPositionCode,
        String toPositionCode, Long fromPositionId, Long toPositionId) {
}
