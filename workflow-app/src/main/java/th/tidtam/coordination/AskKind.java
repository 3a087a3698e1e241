package th.tidtam.coordination;

/** What a request asks of its parties; PARTICIPANT answers name a nominee, ACTION answers say what was done. */
public enum AskKind {
    /** ข้อมูล */
    INFORMATION,
    /** ความเห็น */
    OPINION,
    /** ผู้เข้าร่วม */
    PARTICIPANT,
    /** การดำเนินการ */
    ACTION
}
