package th.tidtam.feeds.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

import th.tidtam.base.time.ApplicationZone;

/**
 * The iCalendar text itself, without Spring: folded by octets (Thai is three octets a letter, an emoji four), never
 * cutting a character apart, with CRLF line ends and Bangkok's own VTIMEZONE, and read back by ical4j to exactly the
 * text that went in.
 */
class FeedDocumentTest {

    private static final String LONG_THAI = "ขอให้ทุกอำเภอเร่งรัดการเบิกจ่ายงบประมาณโครงการพัฒนาแหล่งน้ำ 🚰👩🏽‍🌾 ให้แล้วเสร็จก่อนการประชุมครั้งต่อไป, ภายในวันที่ ๓๑; รายงานผล";

    private static FeedEntries.Entry allDay(String summary) {
        return new FeedEntries.Entry("task-1@tidtam.example", summary, "รับทราบข้อสั่งการ\nกำหนดเสร็จ: 15 ธ.ค. 2569", null,
                "https://tidtam.example/work/1", LocalDate.of(2026, 12, 15), null, null, false);
    }

    private static FeedEntries.Entry meeting() {
        ZonedDateTime start = LocalDateTime.of(2026, 12, 22, 9, 30).atZone(ApplicationZone.ID);
        return new FeedEntries.Entry("meeting-7@tidtam.example", "ประชุมคณะกรมการจังหวัด ครั้งที่ 12/2569", "x",
                "ห้องประชุมมรุพงษ์ศิริพัฒน์", "https://tidtam.example/meetings/7", null, start, start.plusHours(3), true);
    }

    @Test
    void longThaiTextWithEmojiIsFoldedByOctetsAndReadsBackExactly() throws Exception {
        String ics = FeedDocument.render("ติดตาม · นายสมชาย ใจดี", List.of(allDay(LONG_THAI), meeting()), Instant.parse("2026-12-05T02:00:00Z"));

        assertThat(IcsFolding.longestLine(ics)).isLessThanOrEqualTo(75);
        assertThat(ics).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        // no line starts inside a character: decoding each line on its own gives no replacement character
        for (String line : ics.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(new String(octets, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
            assertThat(line).doesNotContainPattern("[\\uD800-\\uDBFF]$");
        }
        assertThat(ics.lines().filter(l -> l.startsWith(" ")).count()).as("the Thai summary was folded").isGreaterThan(2);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent task = events.get(0);
        assertThat(task.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(LONG_THAI);
        assertThat(task.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("รับทราบข้อสั่งการ\nกำหนดเสร็จ: 15 ธ.ค. 2569");
        DtStart<Temporal> due = task.getRequiredProperty(Property.DTSTART);
        assertThat(due.getDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(task.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20261216");
        assertThat(task.getProperty(Property.CLASS).orElseThrow().getValue()).isEqualTo("PRIVATE");
        assertThat(task.getProperty(Property.TRANSP).orElseThrow().getValue()).isEqualTo("TRANSPARENT");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("ติดตาม · นายสมชาย ใจดี");
    }

    @Test
    void timedEntriesNameBangkokWhoseTimeZoneIsDefinedInTheFileAtUtcPlusSeven() throws Exception {
        String ics = FeedDocument.render("Tidtam · Somchai", List.of(meeting()), Instant.parse("2026-12-05T02:00:00Z"));

        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Bangkok\r\n").contains("TZOFFSETTO:+0700\r\n")
                .contains("DTSTART;TZID=Asia/Bangkok:20261222T093000\r\n").contains("DTEND;TZID=Asia/Bangkok:20261222T123000\r\n")
                .contains("VERSION:2.0\r\n").doesNotContain("METHOD:").contains("DTSTAMP:20261205T020000Z\r\n")
                .contains("UID:meeting-7@tidtam.example\r\n");
        assertThat(ics.indexOf("BEGIN:VTIMEZONE")).isLessThan(ics.indexOf("BEGIN:VEVENT"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent meeting = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        DtStart<Temporal> start = meeting.getRequiredProperty(Property.DTSTART);
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2026-12-22T02:30:00Z"));
        assertThat(meeting.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("ห้องประชุมมรุพงษ์ศิริพัฒน์");
        assertThat(meeting.getProperty(Property.TRANSP).orElseThrow().getValue()).isEqualTo("OPAQUE");
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    }

    @Test
    void foldingKeepsShortLinesAndCountsEveryContinuationSpace() {
        assertThat(IcsFolding.fold("BEGIN:VCALENDAR\nEND:VCALENDAR\n")).isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        String folded = IcsFolding.fold("SUMMARY:" + "ก".repeat(60));
        assertThat(IcsFolding.longestLine(folded)).isLessThanOrEqualTo(75);
        // 8 ASCII octets then 22 Thai letters (66 octets) fill the first line; each next line holds 24 letters after its space
        assertThat(folded.split("\r\n")[0]).isEqualTo("SUMMARY:" + "ก".repeat(22));
        assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + "ก".repeat(60) + "\r\n");
    }
}
