package th.tidtam.meeting;

import java.util.Arrays;
import java.util.Optional;

/** The six standard sections (ระเบียบวาระ) of a Thai official meeting's agenda, in their order. */
public enum AgendaSection {
    /** ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ */
    CHAIR_ANNOUNCEMENTS(1),
    /** ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุมครั้งที่แล้ว */
    ADOPT_MINUTES(2),
    /** ระเบียบวาระที่ ๓ เรื่องสืบเนื่อง (ติดตามผลการปฏิบัติตามข้อสั่งการ) */
    FOLLOW_UP(3),
    /** ระเบียบวาระที่ ๔ เรื่องเพื่อทราบ */
    FOR_INFORMATION(4),
    /** ระเบียบวาระที่ ๕ เรื่องเพื่อพิจารณา */
    FOR_DECISION(5),
    /** ระเบียบวาระที่ ๖ เรื่องอื่น ๆ */
    OTHER(6);

    private final int number;

    AgendaSection(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** Agencies submit items only for information (4) and for decision (5); the rest is the secretariat's. */
    public boolean openToAgencies() {
        return this == FOR_INFORMATION || this == FOR_DECISION;
    }

    public static Optional<AgendaSection> of(int number) {
        return Arrays.stream(values()).filter(s -> s.number == number).findFirst();
    }
}
