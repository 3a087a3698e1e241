package th.tidtam.org.domain;

/** The highest secrecy class (ชั้นความลับ) a position is cleared for. ลับที่สุด is never handled electronically. */
public enum Clearance {
    NONE, CONFIDENTIAL, SECRET
}
