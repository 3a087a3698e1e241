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
}
