package th.tidtam.orders;

/** What a provincial order does: appoints an acting holder, delegates the governor's powers, or sets up a committee. */
public enum OrderKind {
    /** รักษาราชการแทน */
    ACTING,
    /** ปฏิบัติราชการแทน, with the annex of delegable matters */
    DELEGATION,
    /** แต่งตั้งคณะกรรมการ: a meeting body with its members by position */
    COMMITTEE
}
