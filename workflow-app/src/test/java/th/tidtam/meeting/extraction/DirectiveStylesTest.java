package th.tidtam.meeting.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Styles of writing directives that secretaries use besides the ones in the shared example. */
class DirectiveStylesTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 3, 19);

    private static List<ProposedDirective> directives(String body) {
        return new MinutesExtractor().extract("รายงานการประชุม\nวันที่ 19 มีนาคม 2569\n\nวาระที่ 4 เรื่องเพื่อพิจารณา\n" + body
                + "\nเลิกประชุม", DemoLexicon.get(), MEETING).directives();
    }

    private static List<String> names(ProposedDirective d) {
        return d.units().stream().map(UnitMatch::nameTh).toList();
    }

    @Test
    void thaiLettersUnderABlockOpener() {
        List<ProposedDirective> found = directives("""
                ประธานมอบหมาย
                  ก. ให้ สสจ.ฉช. ร่วมกับ ภ.จว.ฉช. ตรวจสอบโรงพยาบาลทุกแห่ง
                  ข) ให้ ปชส.ฉช. ประชาสัมพันธ์ผ่านสื่อทุกช่องทาง
                มติที่ประชุม รับทราบ""");
        assertThat(found).hasSize(2);
        assertThat(names(found.get(0))).containsExactly("สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา", "ตำรวจภูธรจังหวัดฉะเชิงเทรา");
        assertThat(found.get(1).text()).startsWith("ประชาสัมพันธ์");
    }

    @Test
    void aBlockOpenedAtTheEndOfANarrativeLineWithBullets() {
        List<ProposedDirective> found = directives("""
                ประธานแจ้งว่า ช่วงเทศกาลจะมีแรงงานเดินทางจำนวนมาก จึงมอบหมาย
                  • ให้สำนักงานแรงงานจังหวัดฉะเชิงเทรา ประสานสถานประกอบการในพื้นที่
                  ◦ ให้ ภ.จว.ฉช. ตั้งจุดตรวจบนทางหลวงสายหลัก""");
        assertThat(found).extracting(d -> names(d).get(0))
                .containsExactly("สำนักงานแรงงานจังหวัดฉะเชิงเทรา", "ตำรวจภูธรจังหวัดฉะเชิงเทรา");
    }

    @Test
    void aBlockThatSaysNothingGivesNoDirective() {
        assertThat(directives("ข้อสั่งการประธาน\n- ไม่มี -\n\nมติที่ประชุม รับทราบ")).isEmpty();
        assertThat(directives("ข้อสั่งการประธาน\nไม่มี")).isEmpty();
    }

    @Test
    void aClosingCallToComplyIsPartOfTheDirectiveBeforeIt() {
        List<ProposedDirective> found = directives("- ประธานได้เน้นย้ำว่า ต้องเป็นแบบอย่างที่ดี จึงให้หัวหน้าส่วนราชการทุกแห่ง"
                + "ตรวจหาสารเสพติดในบุคลากร ทั้งนี้ ให้ทุกส่วนราชการถือปฏิบัติโดยเคร่งครัด");
        assertThat(found).singleElement().satisfies(d -> assertThat(d.allAgencies()).isTrue());
    }

    @Test
    void unitsWrittenAfterTheDirectiveWhenTheOpeningHasNone() {
        List<ProposedDirective> found = directives("""
                ข้อสั่งการ
                  • แจกหน้ากากให้กลุ่มเปราะบาง ภายในวันที่ 6 เมษายน 2569 (ผู้รับผิดชอบ: สสจ.ฉช. / นอภ.ทุกอำเภอ)
                  • ให้โรงเรียนทุกแห่งกำจัดลูกน้ำยุงลาย ทุกวันศุกร์ (หน่วยงานรับผิดชอบ: ศธจ.ฉช. ประสาน สพม.ฉช.)""");
        assertThat(found).hasSize(2);
        assertThat(names(found.get(0))).containsExactly("สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา");
        assertThat(found.get(0).allDistricts()).isTrue();
        assertThat(found.get(0).text()).isEqualTo("แจกหน้ากากให้กลุ่มเปราะบาง ภายในวันที่ 6 เมษายน 2569");
        assertThat(names(found.get(1))).containsExactly("สำนักงานศึกษาธิการจังหวัดฉะเชิงเทรา");
        assertThat(found.get(1).text()).startsWith("ให้โรงเรียนทุกแห่ง").doesNotContain("รับผิดชอบ");
    }

    @Test
    void abbreviatedAllDistrictsAndHeadsOfAgencies() {
        List<ProposedDirective> found = directives("""
                ข้อสั่งการ
                  ๑. ให้ สสจ.ฉช. ร่วมกับ นอภ.ทุกอำเภอ และ สถจ.ฉช. รณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลาย
                  ๒. ให้ หน.ส่วนราชการ และ นอภ.ทุกอำเภอ ตรวจสอบระบบไฟฟ้าของอาคาร
                  ๓. ให้ หน.ส่วนราชการทุกส่วนราชการ เร่งรัดการเบิกจ่าย""");
        assertThat(found).hasSize(3);
        assertThat(found.get(0).allDistricts()).isTrue();
        assertThat(names(found.get(0))).hasSize(2);
        assertThat(found.get(1).allAgencies()).isTrue();
        assertThat(found.get(1).allDistricts()).isTrue();
        assertThat(found.get(1).text()).startsWith("ตรวจสอบ");
        assertThat(found.get(2).allAgencies()).isTrue();
        assertThat(found.get(2).text()).startsWith("เร่งรัด");
    }

    @Test
    void ministryStyleAbbreviationsOfProvincialOffices() {
        List<ProposedDirective> found = directives("""
                ข้อสั่งการ
                  ๑. ให้ อก.จ.ฉช. และ กษ.จ. ตรวจกำกับโรงงาน""");
        assertThat(found).singleElement().satisfies(d -> assertThat(names(d)).containsExactly(
                "สำนักงานอุตสาหกรรมจังหวัดฉะเชิงเทรา", "สำนักงานเกษตรจังหวัดฉะเชิงเทรา"));
    }

    @Test
    void aResolutionThatOnlyApprovesIsNoDirective() {
        List<ProposedDirective> found = directives("""
                มติที่ประชุม
                  (ก) เห็นชอบร่างแผนเผชิญเหตุภัยแล้ง ปี 2568/69 ตามที่เสนอ
                  (ข) ให้ ปภ.ฉช. จัดรถบรรทุกน้ำสนับสนุนหมู่บ้านเสี่ยงภัย""");
        assertThat(found).singleElement().satisfies(d -> assertThat(d.text()).startsWith("จัดรถบรรทุกน้ำ"));
    }

    @Test
    void severalRequestsToDifferentUnitsInOneParagraph() {
        List<ProposedDirective> found = directives("คลังจังหวัดรายงานว่า งบลงทุนเบิกจ่ายได้ร้อยละ 38 ผู้ว่าราชการจังหวัดจึงกำชับให้"
                + "หัวหน้าส่วนราชการทุกส่วนราชการ เร่งรัดการเบิกจ่ายงบลงทุน และขอให้คลังจังหวัดฉะเชิงเทรารายงานผลทุกวันพุธ"
                + " ทั้งนี้ ขอให้ สสจ.ฉช. ติดตามโครงการที่ยังไม่ลงนาม ประธานจึงขอให้ ปชส.ฉช. ประชาสัมพันธ์ผลการดำเนินงาน");
        assertThat(found).hasSize(4);
        assertThat(found.get(0).allAgencies()).isTrue();
        assertThat(found.get(0).text()).isEqualTo("เร่งรัดการเบิกจ่ายงบลงทุน");
        assertThat(names(found.get(1))).containsExactly("สำนักงานคลังจังหวัดฉะเชิงเทรา");
        assertThat(names(found.get(2))).containsExactly("สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา");
        assertThat(names(found.get(3))).containsExactly("สำนักงานประชาสัมพันธ์จังหวัดฉะเชิงเทรา");
        assertThat(found.get(3).text()).startsWith("ประชาสัมพันธ์ผล");
    }

    @Test
    void theNextMeetingLineDoesNotContinueTheLastDirective() {
        List<ProposedDirective> found = directives("""
                ข้อสั่งการ
                  (ก) ให้ ปชส.ฉช. ประชาสัมพันธ์การใช้น้ำอย่างประหยัดอย่างต่อเนื่อง
                กำหนดการประชุมครั้งต่อไป ฝ่ายเลขานุการจะแจ้งให้ทราบอีกครั้ง""");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.cadence()).isEqualTo(th.tidtam.directive.Cadence.NONE);
            assertThat(d.text()).doesNotContain("ครั้งต่อไป");
        });
    }

    @Test
    void beingAskedToAttendTheNextMeetingIsNoDueDate() {
        List<ProposedDirective> found = directives("""
                ข้อสั่งการ
                  ๑. ให้ สนจ.ฉช. ชี้แจงสาเหตุความล่าช้า และให้เข้าร่วมประชุมด้วยตนเองในครั้งต่อไป
                  ๒. ให้ สสจ.ฉช. รายงานความก้าวหน้าในการประชุมครั้งต่อไป""");
        assertThat(found).extracting(ProposedDirective::cadence).containsExactly(
                th.tidtam.directive.Cadence.NONE, th.tidtam.directive.Cadence.BEFORE_NEXT_MEETING);
    }

    @Test
    void untilTheEndOfThisQuarterIsTheMeetingsQuarter() {
        List<ProposedDirective> found = directives("""
                ข้อสั่งการ
                  ๑. ให้ สนจ.ฉช. รายงานผลการเบิกจ่ายทุกวันพุธ จนกว่าจะสิ้นไตรมาส""");
        assertThat(found).singleElement().satisfies(d -> assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31)));
    }
}
