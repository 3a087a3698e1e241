package th.tidtam.letters;

/** Where an incoming letter stands: with the position handling it, filed with the action taken, or presented up. */
public enum LetterStatus {
    /** registered, with the position chosen to handle it (task handleLetter) */
    WITH_HANDLER,
    /** filed (เก็บเรื่อง / ดำเนินการแล้ว) with the action taken */
    FILED,
    /** a memo about it went up the chain */
    PRESENTED,
    /** the memo about it was decided; the decision is in its action (การปฏิบัติ) */
    DECIDED;

    public boolean open() {
        return this == WITH_HANDLER;
    }
}
