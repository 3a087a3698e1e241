package th.tidtam.org;

/**
 * ชั้นความลับ: the one secrecy class of the whole system — the class of a case (directive, letter, memo, agenda item)
 * and the highest class a position is cleared for. ลับที่สุด (top secret) is deliberately absent: the secrecy
 * regulation forbids handling it electronically, so it is refused at the door. Declared from the least to the most
 * secret, so that {@link #covers} can compare.
 */
public enum SecrecyClass {
    /** not classified */
    NONE,
    /** ลับ */
    CONFIDENTIAL,
    /** ลับมาก */
    SECRET;

    /** A position cleared for this class may handle a case of the given class. */
    public boolean covers(SecrecyClass caseClass) {
        return caseClass == null || compareTo(caseClass) >= 0;
    }

    public boolean classified() {
        return this != NONE;
    }
}
