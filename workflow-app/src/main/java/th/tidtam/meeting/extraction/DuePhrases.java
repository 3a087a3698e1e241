package th.tidtam.meeting.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.tidtam.directive.Cadence;

/**
 * The due date and the reporting cadence of one directive, from the words the minutes use: "ภายใน 7 วัน" (the
 * meeting's date + 7), "ภายในวันที่ 31 มีนาคม 2569", "ก่อนวันที่ 4 พฤษภาคม 2569", "ระหว่างวันที่ 11-17 เมษายน
 * 2569" (the last day), "ภายในเดือนมิถุนายน 2569" (its last day), "ทุกสัปดาห์", "ทุกวันจันทร์", "ทุกวัน",
 * "ทุกเดือน", "ทุก 15 วัน", "ก่อนการประชุมครั้งต่อไป". Works on normalised text (Arabic digits, single spaces).
 */
final class DuePhrases {

    /** What was read; {@code invalidDates} are phrases naming a day that does not exist, for a warning. */
    record Due(LocalDate dueDate, Cadence cadence, Integer cadenceDays, String phrase, List<String> invalidDates,
            boolean needsMeetingDate) {
    }

    private record Hit(int start, int end, Cadence cadence, Integer days) {
    }

    private static final String WEEKDAY = "(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)";
    private static final Pattern DUE_WORDS = Pattern.compile(
            "(?:ภายใน|ก่อน|ไม่เกิน|ถึง|ระหว่าง|ช่วง|ตั้งแต่|เสร็จ|ใน|จนถึง)\\s*(?:วัน[^\\s\\d]{0,12}?ที่)?\\s*$");
    private static final Pattern WITHIN_DAYS = Pattern.compile(
            "ภายใน\\s*(\\d{1,3})\\s*(วัน|สัปดาห์|เดือน)(?!ที่)(?!\\s*(?:หลัง|นับ(?:จาก|แต่)(?!วันประชุม)))");
    /** "จนถึงสิ้นไตรมาสที่ 2", "ภายในไตรมาสที่ 3": quarters of the Thai fiscal year, which starts on 1 October. */
    private static final Pattern QUARTER_END = Pattern.compile(
            "(?:ภายใน|ถึง|สิ้น)\\s*(?:สิ้น)?ไตรมาส\\s*(?:ที่)?\\s*([1-4])(?:\\s*(?:ของ)?\\s*ปีงบประมาณ\\s*(?:พ\\.\\s?ศ\\.\\s*)?(\\d{4}))?");
    private static final Pattern STARTING_FROM = Pattern.compile("\\s*เป็นต้นไป");
    private static final Pattern WITHIN_THIS_MONTH = Pattern.compile("ภายใน(?:สิ้น)?เดือนนี้");
    private static final Pattern FISCAL_YEAR = Pattern.compile(
            "ภายใน(?:สิ้น)?ปีงบประมาณ\\s*(?:พ\\.\\s?ศ\\.\\s*)?(\\d{4})?");
    /** "เข้าร่วมประชุมด้วยตนเองในครั้งต่อไป" asks someone to attend, it sets no deadline. */
    private static final Pattern NEXT_MEETING = Pattern.compile("(?<!เข้าร่วม)ประชุม[^\\n]{0,40}?ครั้ง\\s*(?:ต่อไป|หน้า|ถัดไป)");
    private static final Pattern EVERY_N = Pattern.compile("ทุก\\s*(\\d{1,3})\\s*(วัน|สัปดาห์|เดือน)(?!ที่)");
    /** "ทุกวันศุกร์สุดท้ายของเดือน", "ทุกวันจันทร์แรกของเดือน": one weekday a month, so monthly, not weekly. */
    private static final String WEEKDAY_OF_MONTH = "\\s*(?:สุดท้าย|แรก|ที่\\s*\\d)\\s*(?:ของ)?\\s*(?:ทุก\\s*)?เดือน";
    private static final Pattern WEEKLY = Pattern.compile(
            "ทุก\\s*วัน(?>" + WEEKDAY + ")(?!" + WEEKDAY_OF_MONTH + ")|ทุก\\s*สัปดาห์|ราย\\s*สัปดาห์|สัปดาห์ละ\\s*(?:1|หนึ่ง)?\\s*ครั้ง");
    private static final Pattern MONTHLY = Pattern.compile(
            "ทุก\\s*วัน" + WEEKDAY + WEEKDAY_OF_MONTH + "|ทุก\\s*วันที่\\s*\\d{1,2}\\s*(?:ของ)?\\s*(?:ทุก)?\\s*เดือน|ทุก\\s*เดือน|ราย\\s*เดือน|ประจำ\\s*เดือน"
                    + "|เดือนละ\\s*(?:1|หนึ่ง)?\\s*ครั้ง|ทุก(?:สิ้น|ต้น)เดือน");
    /** "จนกว่าจะสิ้นไตรมาส", "ภายในสิ้นไตรมาสนี้": the quarter the meeting falls in (fiscal and calendar quarters align). */
    private static final Pattern THIS_QUARTER_END = Pattern.compile(
            "(?:จนกว่าจะ|จน|ถึง|ภายใน)\\s*สิ้น\\s*ไตรมาส(?:นี้)?(?!\\s*(?:ที่)?\\s*\\d)");
    private static final Pattern QUARTERLY = Pattern.compile("ทุก\\s*ไตรมาส|ราย\\s*ไตรมาส");
    private static final Pattern DAILY = Pattern.compile(
            "ทุก\\s*วัน(?!ที่|" + WEEKDAY + "|หยุด|\\s*วัน" + WEEKDAY + ")|ราย\\s*วัน|วันละ\\s*(?:1|หนึ่ง)?\\s*ครั้ง");

    private DuePhrases() {
    }

    /** @param meetingDate the day relative phrases count from; null when unknown */
    static Due read(String text, LocalDate meetingDate) {
        List<String> phrases = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        boolean needsMeetingDate = false;
        LocalDate due = null;

        // calendar dates: those the due words introduce first, else the last date on or after the meeting
        List<ThaiDatePhrases.Found> dates = new ArrayList<>(ThaiDatePhrases.dates(text, meetingDate));
        dates.addAll(ThaiDatePhrases.months(text, meetingDate));
        ThaiDatePhrases.Found chosen = null;
        ThaiDatePhrases.Found fallback = null;
        boolean rangeIntroduced = false;
        for (int i = 0; i < dates.size(); i++) {
            ThaiDatePhrases.Found f = dates.get(i);
            String before = text.substring(Math.max(0, f.start() - 24), f.start());
            boolean introduced = DUE_WORDS.matcher(before).find() || f.range() || rangeIntroduced;
            // "30 ธันวาคม 2568 ถึง 5 มกราคม 2569": the range ends with the later date
            if (i + 1 < dates.size() && text.substring(f.end(), Math.max(f.end(), dates.get(i + 1).start()))
                    .matches("\\s*(?:-|ถึง|จนถึง)\\s*(?:วันที่)?\\s*")) {
                rangeIntroduced = introduced;
                continue;
            }
            rangeIntroduced = false;
            if (STARTING_FROM.matcher(text.substring(f.end(), Math.min(text.length(), f.end() + 16))).lookingAt()) {
                continue; // "ตั้งแต่วันที่ 1 เมษายน 2569 เป็นต้นไป" says when work starts, not when it is due
            }
            if (f.invalid()) {
                if (introduced) {
                    invalid.add(text.substring(f.start(), f.end()));
                }
                continue;
            }
            if (introduced && chosen == null) {
                chosen = f;
            } else if (!introduced && meetingDate != null && !f.date().isBefore(meetingDate)) {
                fallback = f;
            }
        }
        if (chosen == null && invalid.isEmpty()) {
            chosen = fallback;
        }
        if (chosen != null) {
            due = chosen.date();
            phrases.add(phrase(text, chosen.start(), chosen.end()));
        } else if (invalid.isEmpty()) {
            Matcher m = WITHIN_DAYS.matcher(text);
            if (m.find()) {
                int n = Integer.parseInt(m.group(1));
                phrases.add(m.group());
                if (meetingDate == null) {
                    needsMeetingDate = true;
                } else {
                    due = switch (m.group(2)) {
                    case "วัน" -> meetingDate.plusDays(n);
                    case "สัปดาห์" -> meetingDate.plusWeeks(n);
                    default -> meetingDate.plusMonths(n);
                    };
                }
            } else if ((m = WITHIN_THIS_MONTH.matcher(text)).find() && meetingDate != null) {
                phrases.add(m.group());
                due = meetingDate.withDayOfMonth(meetingDate.lengthOfMonth());
            } else if ((m = QUARTER_END.matcher(text)).find()
                    && (m.group(2) != null || meetingDate != null)) {
                int be = m.group(2) != null ? Integer.parseInt(m.group(2)) : fiscalYear(meetingDate);
                phrases.add(m.group());
                due = LocalDate.of(be - 543 - 1, 12, 31).plusMonths(3L * (Integer.parseInt(m.group(1)) - 1));
                due = due.withDayOfMonth(due.lengthOfMonth());
            } else if ((m = THIS_QUARTER_END.matcher(text)).find() && meetingDate != null) {
                phrases.add(m.group());
                due = meetingDate.withMonth((meetingDate.getMonthValue() - 1) / 3 * 3 + 3);
                due = due.withDayOfMonth(due.lengthOfMonth());
            } else if ((m = FISCAL_YEAR.matcher(text)).find()) {
                int be = m.group(1) != null ? Integer.parseInt(m.group(1))
                        : meetingDate == null ? -1 : fiscalYear(meetingDate);
                if (be > 0) {
                    phrases.add(m.group());
                    due = LocalDate.of(be - 543, 9, 30);
                }
            }
        }

        Hit cadence = cadence(text);
        if (cadence != null) {
            phrases.add(text.substring(cadence.start(), cadence.end()));
        }
        return new Due(due, cadence == null ? Cadence.NONE : cadence.cadence(), cadence == null ? null : cadence.days(),
                phrases.isEmpty() ? null : String.join(" · ", phrases), invalid, needsMeetingDate);
    }

    /** A periodic cadence wins over "before the next meeting"; among periodic ones, the first written. */
    private static Hit cadence(String text) {
        Hit best = null;
        best = first(best, EVERY_N.matcher(text), m -> {
            int n = Integer.parseInt(m.group(1));
            int days = switch (m.group(2)) {
            case "วัน" -> n;
            case "สัปดาห์" -> 7 * n;
            default -> 30 * n;
            };
            if (days == 7 && !m.group(2).equals("วัน")) {
                return new Hit(m.start(), m.end(), Cadence.WEEKLY, null);
            }
            if (days == 30 && m.group(2).equals("เดือน")) {
                return new Hit(m.start(), m.end(), Cadence.MONTHLY, null);
            }
            return new Hit(m.start(), m.end(), Cadence.EVERY_N_DAYS, days);
        });
        best = first(best, WEEKLY.matcher(text), m -> new Hit(m.start(), m.end(), Cadence.WEEKLY, null));
        best = first(best, MONTHLY.matcher(text), m -> new Hit(m.start(), m.end(), Cadence.MONTHLY, null));
        best = first(best, QUARTERLY.matcher(text), m -> new Hit(m.start(), m.end(), Cadence.EVERY_N_DAYS, 90));
        best = first(best, DAILY.matcher(text), m -> new Hit(m.start(), m.end(), Cadence.DAILY, null));
        if (best == null) {
            Matcher m = NEXT_MEETING.matcher(text);
            if (m.find()) {
                best = new Hit(m.start(), m.end(), Cadence.BEFORE_NEXT_MEETING, null);
            }
        }
        return best;
    }

    private static Hit first(Hit best, Matcher m, java.util.function.Function<Matcher, Hit> make) {
        if (m.find() && (best == null || m.start() < best.start())) {
            return make.apply(m);
        }
        return best;
    }

    /** The Thai fiscal year (BE) a day falls in: it starts on 1 October. */
    private static int fiscalYear(LocalDate day) {
        return day.getYear() + 543 + (day.getMonthValue() >= 10 ? 1 : 0);
    }

    private static String phrase(String text, int start, int end) {
        // quote the due words with the date ("ภายในวันที่ 31 มีนาคม 2569")
        Matcher m = Pattern.compile("(?:ภายใน|ก่อน|ไม่เกิน|ถึง|ระหว่าง|ช่วง|ตั้งแต่|จนถึง)\\s*(?:วัน[^\\s\\d]{0,12}?ที่)?\\s*$")
                .matcher(text.substring(Math.max(0, start - 24), start));
        int from = m.find() ? Math.max(0, start - 24) + m.start() : start;
        return text.substring(from, end).strip();
    }
}
