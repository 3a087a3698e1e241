package th.tidtam.meeting.extraction;

import java.util.BitSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units written after a directive instead of before it: "… รายงานผลภายใน 7 วัน (ผู้รับผิดชอบ: สสจ.ฉช. / ปชส.ฉช.)",
 * "(หน่วยงานรับผิดชอบ: …)". Secretaries who keep directives as a task list put the owner last, so the opening has no
 * subject and the units would otherwise be lost.
 */
final class ResponsibleUnits {

    /** A trailing owner: the units it names and where the mark starts, which is where the directive's words end. */
    record Trailing(UnitSubject.Subject subject, int markStart) {
    }

    private static final Pattern MARK = Pattern.compile(
            "\\(?\\s*(?:ผู้รับผิดชอบ|(?:หน่วยงาน|หน่วย|ส่วนราชการ)(?:ที่)?รับผิดชอบ(?:หลัก)?)\\s*:?\\s*");

    private ResponsibleUnits() {
    }

    /** The last owner mark in [start, end) that names a known unit; a mark naming nobody is ordinary wording. */
    static Optional<Trailing> find(String text, int start, int end, UnitLexicon lexicon, BitSet bounds) {
        Matcher m = MARK.matcher(text);
        m.region(start, end);
        Trailing found = null;
        while (m.find()) {
            UnitSubject.Subject s = UnitSubject.parse(text, m.end(), lexicon, bounds);
            if (s.namesKnownUnit() && s.end() <= end) {
                found = new Trailing(s, m.start());
            }
        }
        return Optional.ofNullable(found);
    }
}
