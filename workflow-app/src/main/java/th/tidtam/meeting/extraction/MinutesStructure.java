package th.tidtam.meeting.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of Thai minutes: a header (the meeting's title, "ครั้งที่ 1/2569", the date line, attendance) and then the
 * standard agenda "ระเบียบวาระที่ 1..6", each with sub-items "4.1", "4.2", until "เลิกประชุม" and the signatures.
 * Works on normalised text; positions are offsets into it.
 */
final class MinutesStructure {

    record Line(int start, int end, String text) {
    }

    record Item(String number, int section, String title, List<Line> lines) {
    }

    record Parsed(String bodyTitle, String meetingNumber, LocalDate meetingDate, List<Item> items, boolean agendaFound) {
    }

    private static final Pattern SECTION = Pattern.compile(
            "^(?:ระเบียบ\\s*)?วาระ(?:การประชุม)?\\s*ที่\\s*(\\d{1,2})(?!\\s*[.]\\s*\\d)\\s*[:.]?\\s*(.*)$");
    private static final Pattern SUB_ITEM = Pattern.compile("^(\\d{1,2})\\s?\\.\\s?(\\d{1,2})(?:\\s?\\.\\s?(\\d{1,2}))?(?![\\d)])\\s*(.*)$");
    private static final Pattern MEETING_NUMBER = Pattern.compile("ครั้งที่\\s*(\\d{1,3})\\s*/\\s*(\\d{4})");
    private static final Pattern CLOSING = Pattern.compile("^(?:เลิก|ปิด)ประชุม");
    private static final Pattern ATTENDANCE = Pattern.compile("^(?:ผู้มาประชุม|ผู้ไม่มาประชุม|ผู้เข้าร่วมประชุม|ผู้ไม่มา|เริ่มประชุม)");

    private MinutesStructure() {
    }

    static Parsed parse(String text) {
        List<Line> lines = lines(text);
        String title = null;
        String number = null;
        LocalDate date = null;
        List<Item> items = new ArrayList<>();
        int section = 0;
        Item current = null;
        boolean inHeader = true;
        boolean closed = false;
        for (Line line : lines) {
            String t = line.text();
            Matcher s = SECTION.matcher(t);
            if (s.matches() && Integer.parseInt(s.group(1)) >= 1 && Integer.parseInt(s.group(1)) <= 9) {
                inHeader = false;
                closed = false;
                section = Integer.parseInt(s.group(1));
                current = new Item(String.valueOf(section), section, s.group(2).strip(), new ArrayList<>());
                items.add(current);
                continue;
            }
            if (inHeader) {
                if (title == null && !t.isBlank()) {
                    title = t.strip();
                }
                if (number == null) {
                    Matcher n = MEETING_NUMBER.matcher(t);
                    if (n.find()) {
                        number = Integer.parseInt(n.group(1)) + "/" + n.group(2);
                    }
                }
                if (date == null && !ATTENDANCE.matcher(t).find() && (t.startsWith("วัน") || t.contains("เมื่อวัน")
                        || t.startsWith("ประชุมวัน") || t.contains("ครั้งที่"))) {
                    date = ThaiDatePhrases.dates(t, null).stream().filter(f -> f.date() != null)
                            .map(ThaiDatePhrases.Found::date).findFirst().orElse(null);
                }
                continue;
            }
            if (CLOSING.matcher(t).find()) {
                closed = true;
                continue;
            }
            if (closed) {
                continue;
            }
            Matcher sub = SUB_ITEM.matcher(t);
            if (sub.matches() && Integer.parseInt(sub.group(1)) == section && !sub.group(4).isEmpty()
                    && !Character.isDigit(sub.group(4).charAt(0))) {
                String n = sub.group(1) + "." + sub.group(2) + (sub.group(3) == null ? "" : "." + sub.group(3));
                current = new Item(n, section, sub.group(4).strip(), new ArrayList<>());
                items.add(current);
                continue;
            }
            if (current == null) {
                // no agenda heading yet (a header that runs on): keep it in a section-less item
                current = new Item("", 0, "", new ArrayList<>());
                items.add(current);
            }
            current.lines().add(line);
        }
        boolean agenda = section > 0;
        if (!agenda && items.isEmpty()) {
            // no agenda at all: the whole text is one item, so directives in a bare list are still found
            items.add(new Item("", 0, "", lines));
        }
        return new Parsed(title, number, date, items, agenda);
    }

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new Line(start, end, text.substring(start, end)));
            start = end + 1;
        }
        return lines;
    }
}
