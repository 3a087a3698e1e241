package th.tidtam.meeting.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the directives in the lines of one agenda item, in the forms provinces write them:
 * <ul>
 * <li>a block after "ข้อสั่งการ", "ประธานฯ สั่งการ", "ที่ประชุมมีมติ ดังนี้" or a bare "มติที่ประชุม", one directive per
 * numbered line ("๑)", "(1)", "1.", "ก.", "ข)", "-", "•"), an unnumbered line that opens with "ให้…"/"มอบ…", or the
 * whole paragraph; a line that does not open a new directive continues the last one (text copied from PDFs wraps
 * anywhere); a line ending "… จึงมอบหมาย" or "… และประธานมอบหมาย ดังนี้" opens a block too, and a block reading only
 * "ไม่มี" has nothing in it;</li>
 * <li>running text: "ประธานสั่งการให้ &lt;units&gt; …", "มอบหมายให้ …", "มอบให้ …", "จึงให้ …", "ที่ประชุมมีมติให้ …", "กำชับให้", "ขอให้", and
 * within one such sentence "… และให้ &lt;units&gt; …" starts the next directive.</li>
 * </ul>
 * A directive is returned as the span of its words (after the numbering) and where its subject starts (after
 * "ให้"/"มอบหมายให้").
 */
final class DirectiveSplitter {

    record Clause(int start, int subjectStart, int end) {
    }

    private static final Pattern BLOCK_HEADING = Pattern.compile("^(?:ข้อสั่งการ(?:ของ)?(?:ประธาน(?:ฯ|กรรมการ)?|ผู้ว่าราชการจังหวัด\\S*)?"
            + "(?:\\s*/\\s*มติที่ประชุม)?|ประธาน(?:ฯ|กรรมการ)?\\s*(?:ได้)?\\s*(?:สั่งการ|มอบหมาย|มีข้อสั่งการ)"
            + "|ผู้ว่าราชการจังหวัด\\S*\\s*(?:ได้)?\\s*(?:สั่งการ|มอบหมาย)|ที่ประชุม(?:ได้)?มีมติ|มติที่ประชุม|มติ)"
            + "\\s*(?:เพิ่มเติม)?\\s*(?:ดังนี้|ดังต่อไปนี้)?\\s*[:：]?\\s*");
    /**
     * "๑)", "(1)", "1.", bullets, and Thai letters "ก." / "ก)" / "(ก)", which many secretaries use under
     * "ประธานมอบหมาย". A letter must be followed by a space so that an abbreviation ("ภ.จว.ฉช.") is not numbering.
     */
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(\\s?\\d{1,2}\\s?\\)|\\d{1,2}\\s?\\)|\\d{1,2}\\s?\\.(?!\\d)"
            + "|\\(?[ก-ฮ]\\s?[.)](?=\\s)|[-•●○◦▪■◆➢>*])\\s*");
    /** A line that ends by opening a block: "… และประธานมอบหมาย ดังนี้", "… จึงมอบหมาย", "ประธานฯ มีข้อสั่งการ ดังนี้". */
    private static final Pattern BLOCK_TAIL = Pattern.compile(
            "(?:(?:สั่งการ|มอบหมาย|ข้อสั่งการ)\\s*(?:ดังนี้|ดังต่อไปนี้)?|มีมติ\\s*(?:ดังนี้|ดังต่อไปนี้))\\s*[:：]?\\s*$");
    /** "- ไม่มี -", "ไม่มี": an empty block, nothing was directed. */
    private static final Pattern NOTHING = Pattern.compile("^[-\\s]*ไม่มี[\\s.\\-]*$");
    private static final Pattern OPENER = Pattern.compile("^(?:(?:ขอ)?มอบหมาย(?:ให้)?|มอบ(?:ให้)?|(?:ขอ)?ให้)\\s*");
    /** Where a directive starts inside running text: a verb of command, then "ให้". */
    private static final Pattern COMMAND = Pattern.compile(
            "(?:สั่งการ|มอบหมาย|มอบ|มีมติ|กำชับ|ขอ|เห็นควร|เห็นชอบ)\\s*(?:ให้)\\s*|(?<=\\s|^)(?:และ|โดย|จึง)\\s*ให้\\s*|(?:มอบหมาย|มอบ)\\s*(?!ให้|หมาย|นโยบาย|ของ|เงิน|รางวัล|ทุน|เกียรติ|โล่|ประกาศ)");
    /**
     * "และให้ <units>", "โดยให้ <units>", "และขอให้ <units>", "ทั้งนี้ ขอให้ <units>", "ประธานจึงขอให้ <units>": the next
     * directive in the same paragraph. Narrative minutes chain several requests to different units in one paragraph.
     */
    private static final Pattern NEXT = Pattern.compile("(?<=\\s|^|และ|โดย)(?:และ|โดย)?\\s*"
            + "(?:(?:ประธาน(?:ฯ)?|ผู้ว่าราชการจังหวัด)\\s*)?(?:จึง|ได้)?\\s*(?:ขอ|มอบหมาย|มอบ|กำชับ|สั่งการ)?ให้\\s*");
    private static final Pattern NARRATIVE = Pattern.compile("^(?:ประธาน|ที่ประชุม|มติ|ผู้แทน|เลขานุการ|ฝ่ายเลขานุการ)|รายงานว่า|แจ้งว่า|ชี้แจงว่า");
    private static final Pattern COMPLY_ONLY = Pattern.compile("ถือปฏิบัติ\\s*(?:(?:โดย|อย่าง)\\s*เคร่งครัด)?\\s*[.]?");
    /**
     * "กำหนดการประชุมครั้งต่อไป …", "ปิดประชุมเวลา …": the closing lines of the minutes, not a wrapped line of the last
     * directive (whose due date would otherwise become "before the next meeting").
     */
    private static final Pattern MEETING_END = Pattern.compile(
            "^\\s*(?:กำหนด(?:การ)?(?:วัน)?(?:ประชุม)?ครั้ง(?:ต่อไป|หน้า)|กำหนด(?:การ)?ประชุม|ปิดประชุม|เลิกประชุม)");
    private static final Pattern DECISION_ONLY = Pattern.compile("^(?:รับทราบ|รับรอง|เห็นชอบ|อนุมัติ|ไม่มี)");

    private final Function<Integer, UnitSubject.Subject> subjectAt;
    private final String text;

    DirectiveSplitter(String text, UnitLexicon lexicon, BitSet bounds) {
        this.text = text;
        this.subjectAt = pos -> UnitSubject.parse(text, pos, lexicon, bounds);
    }

    List<Clause> split(List<MinutesStructure.Line> lines) {
        List<Clause> clauses = new ArrayList<>();
        boolean inBlock = false;
        int[] open = null; // start, subjectStart, end of the directive being read; null when none
        boolean openNumbered = false;
        for (MinutesStructure.Line line : lines) {
            String t = line.text();
            if (t.isBlank()) {
                open = close(clauses, open);
                inBlock = false;
                continue;
            }
            if (MEETING_END.matcher(t).lookingAt()) {
                open = close(clauses, open);
                inBlock = false;
                continue;
            }
            Matcher heading = BLOCK_HEADING.matcher(t);
            if (heading.lookingAt()) {
                open = close(clauses, open);
                String rest = t.substring(heading.end());
                if (rest.isBlank() || NUMBERING.matcher(rest).lookingAt() && !rest.matches("^\\d.*")) {
                    inBlock = true;
                    if (!rest.isBlank()) {
                        open = start(line.start() + heading.end(), line.end());
                        openNumbered = true;
                    }
                    continue;
                }
                inBlock = false;
                if (OPENER.matcher(rest).lookingAt()) {
                    open = runningOpen(clauses, line.start() + heading.end(), line.end(), true);
                } else if (!DECISION_ONLY.matcher(rest).lookingAt() || rest.contains("ให้") || rest.contains("มอบ")) {
                    open = runningOpen(clauses, line.start() + heading.end(), line.end(), false);
                }
                openNumbered = false;
                continue;
            }
            Matcher number = NUMBERING.matcher(t);
            boolean numbered = number.lookingAt();
            int from = line.start() + (numbered ? number.end() : 0);
            String body = text.substring(from, line.end());
            if (inBlock) {
                if (NOTHING.matcher(t).matches()) {
                    open = close(clauses, open);
                    continue;
                }
                if (numbered || open == null || (OPENER.matcher(body).lookingAt() && !openNumbered)) {
                    open = close(clauses, open);
                    open = start(from, line.end());
                    openNumbered = numbered;
                } else if (NARRATIVE.matcher(body).find()) {
                    open = close(clauses, open);
                    inBlock = false;
                    running(clauses, line.start(), line.end(), false);
                } else {
                    open[2] = line.end();
                }
                continue;
            }
            if (open != null && !numbered && !NARRATIVE.matcher(body).find() && !OPENER.matcher(body).lookingAt()) {
                open[2] = line.end(); // running text wrapped onto the next line
                continue;
            }
            open = close(clauses, open);
            if (numbered && OPENER.matcher(body).lookingAt()) {
                open = start(from, line.end());
                openNumbered = true;
            } else {
                open = runningOpen(clauses, from, line.end(), false);
                openNumbered = false;
            }
            // "ประธานแจ้งว่า … จึงมอบหมาย": the lettered or numbered lines that follow are the directives
            inBlock = BLOCK_TAIL.matcher(t).find();
        }
        close(clauses, open);
        return clauses;
    }

    /** Running text; its last directive stays open, as a running sentence may continue on the next line. */
    private int[] runningOpen(List<Clause> clauses, int from, int end, boolean opensHere) {
        int before = clauses.size();
        running(clauses, from, end, opensHere);
        if (clauses.size() > before) {
            Clause last = clauses.remove(clauses.size() - 1);
            return new int[] { last.start(), last.subjectStart(), last.end() };
        }
        return null;
    }

    private int[] start(int from, int end) {
        Matcher opener = OPENER.matcher(text);
        opener.region(from, end);
        int subject = opener.lookingAt() ? opener.end() : from;
        return new int[] { from, subject, end };
    }

    private static int[] close(List<Clause> clauses, int[] open) {
        if (open != null) {
            clauses.add(new Clause(open[0], open[1], open[2]));
        }
        return null;
    }

    /**
     * Directives inside running text from {@code from} to {@code end}.
     *
     * @param opensHere the span itself starts with "ให้…" (after a heading such as "ที่ประชุมมีมติ")
     */
    private void running(List<Clause> clauses, int from, int end, boolean opensHere) {
        int pos = from;
        int clauseStart = -1;
        int subjectStart = -1;
        if (opensHere) {
            Matcher opener = OPENER.matcher(text);
            opener.region(from, end);
            opener.lookingAt();
            clauseStart = from;
            subjectStart = opener.end();
            pos = subjectAt.apply(subjectStart).end();
        } else {
            Matcher command = COMMAND.matcher(text);
            command.region(from, end);
            while (command.find()) {
                UnitSubject.Subject s = subjectAt.apply(command.end());
                if (s.namesAnyone() && s.end() < end && hasWords(s.end(), end)) {
                    clauseStart = command.start();
                    subjectStart = command.end();
                    pos = s.end();
                    break;
                }
            }
            if (clauseStart < 0) {
                return;
            }
        }
        Matcher next = NEXT.matcher(text);
        next.region(pos, end);
        next.useTransparentBounds(true);
        while (next.find()) {
            UnitSubject.Subject s = subjectAt.apply(next.end());
            if (s.namesKnownUnit() && s.end() < end && hasWords(s.end(), end)) {
                clauses.add(new Clause(clauseStart, subjectStart, trimEnd(next.start())));
                clauseStart = next.start() + leadingSpace(next.start());
                subjectStart = next.end();
                next.region(s.end(), end);
            }
        }
        clauses.add(new Clause(clauseStart, subjectStart, end));
    }

    /**
     * Whether the subject is followed by the directive's own words, not just "ทราบ" (to be told) or "ถือปฏิบัติ" (a
     * closing "ทั้งนี้ ให้ทุกส่วนราชการถือปฏิบัติโดยเคร่งครัด" tells everyone to comply with what was just directed; it is
     * no new task, while "ถือปฏิบัติตามแผน โดยรายงาน…" is one).
     */
    private boolean hasWords(int from, int end) {
        String rest = text.substring(from, end).strip();
        return rest.length() >= 4 && !rest.startsWith("ทราบ") && !COMPLY_ONLY.matcher(rest).matches();
    }

    private int trimEnd(int pos) {
        while (pos > 0 && text.charAt(pos - 1) == ' ') {
            pos--;
        }
        return pos;
    }

    private int leadingSpace(int pos) {
        int n = 0;
        while (pos + n < text.length() && text.charAt(pos + n) == ' ') {
            n++;
        }
        return n;
    }
}
