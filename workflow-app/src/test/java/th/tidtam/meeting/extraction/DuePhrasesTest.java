package th.tidtam.meeting.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import th.tidtam.directive.Cadence;

class DuePhrasesTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 1, 28);

    private static DuePhrases.Due read(String text) {
        return DuePhrases.read(Normalized.of(text).text(), MEETING);
    }

    @Test
    void withinDaysCountsFromTheMeeting() {
        assertThat(read("ดำเนินการให้แล้วเสร็จภายใน ๗ วัน").dueDate()).isEqualTo(MEETING.plusDays(7));
        assertThat(read("เสนอภายใน 2 สัปดาห์").dueDate()).isEqualTo(MEETING.plusDays(14));
        assertThat(read("ภายใน 7 วันหลังสิ้นไตรมาส").dueDate()).as("not counted from the meeting").isNull();
    }

    @Test
    void calendarDatesInThaiOrArabicDigitsWithFullOrAbbreviatedMonths() {
        assertThat(read("ภายในวันที่ ๓๑ มีนาคม ๒๕๖๙").dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(read("ก่อนวันที่ 4 พฤษภาคม พ.ศ. 2569").dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(read("ภายในวันที่ 27 ก.พ. 69").dueDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(read("ภายในวันที่ 15 ธ.ค.").dueDate()).as("the meeting's year").isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(read("ภายในเดือนมิถุนายน 2569").dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aStartDateIsNoDueDateAndAFiscalQuarterEndsItsLastMonth() {
        assertThat(read("ตั้งแต่วันที่ 1 เมษายน 2569 เป็นต้นไป").dueDate()).isNull();
        assertThat(read("รายงานทุกสัปดาห์ จนถึงสิ้นไตรมาสที่ 2").dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(read("ภายในไตรมาสที่ 1 ปีงบประมาณ 2570").dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aRangeIsDueOnItsLastDay() {
        assertThat(read("รายงานทุกวันในช่วงวันที่ ๑๑–๑๗ เมษายน ๒๕๖๙").dueDate()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(read("ช่วง 30 ธ.ค. 68 – 5 ม.ค. 69").dueDate()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aDayThatDoesNotExistIsNoDateButIsReported() {
        DuePhrases.Due due = read("ส่งภายในวันที่ ๓๑ กุมภาพันธ์ ๒๕๖๙");
        assertThat(due.dueDate()).isNull();
        assertThat(due.invalidDates()).containsExactly("31 กุมภาพันธ์ 2569");
    }

    @Test
    void cadences() {
        assertThat(read("รายงานผลทุกสัปดาห์").cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(read("รายงานทุกวันจันทร์").cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(read("รายงานทุกวัน").cadence()).isEqualTo(Cadence.DAILY);
        assertThat(read("รายงานทุกเดือน").cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(read("รายงานสถานการณ์ประจำเดือน").cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(read("ทุกวันที่ 5 ของเดือน").cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(read("ทุกวันศุกร์สุดท้ายของเดือน").cadence()).as("one Friday a month").isEqualTo(Cadence.MONTHLY);
        assertThat(read("ทุกวันพฤหัสบดีแรกของเดือน").cadence()).isEqualTo(Cadence.MONTHLY);
        DuePhrases.Due everyFifteen = read("รายงานทุก ๑๕ วัน");
        assertThat(everyFifteen.cadence()).isEqualTo(Cadence.EVERY_N_DAYS);
        assertThat(everyFifteen.cadenceDays()).isEqualTo(15);
        assertThat(read("ก่อนการประชุมครั้งต่อไป").cadence()).isEqualTo(Cadence.BEFORE_NEXT_MEETING);
        assertThat(read("เสนอที่ประชุมครั้งต่อไป").cadence()).isEqualTo(Cadence.BEFORE_NEXT_MEETING);
        assertThat(read("ตรวจสภาพรถ").cadence()).isEqualTo(Cadence.NONE);
    }

    @Test
    void aReferenceDateBeforeTheMeetingIsNotADueDate() {
        assertThat(read("ตามหนังสือลงวันที่ 5 มกราคม 2569 ให้ดำเนินการ").dueDate()).isNull();
    }
}
