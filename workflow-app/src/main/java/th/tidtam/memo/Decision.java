package th.tidtam.memo;

/** The orders a deciding level writes. */
public enum Decision {
    /** ทราบ */
    ACKNOWLEDGE,
    /** อนุมัติ */
    APPROVE,
    /** ไม่อนุมัติ */
    DISAPPROVE,
    /** ดำเนินการ */
    PROCEED,
    /** มอบ &lt;units&gt; ดำเนินการ: issues a directive */
    ASSIGN,
    /** ลงนาม: only where the subject allows it */
    SIGN
}
