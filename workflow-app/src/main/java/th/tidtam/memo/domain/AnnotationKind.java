package th.tidtam.memo.domain;

/** What an annotation (เกษียน) did. */
public enum AnnotationKind {
    /** the drafter sent the memo up (first time or after a correction) */
    SUBMIT,
    /** เรียน &lt;next&gt; เพื่อโปรด…: presented to the next level */
    PRESENT,
    /** returned to the drafter for correction */
    RETURN,
    /** the order written at the top, or on its behalf */
    DECIDE
}
