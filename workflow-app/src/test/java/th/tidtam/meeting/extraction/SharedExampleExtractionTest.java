package th.tidtam.meeting.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.tidtam.directive.Cadence;

/** The shared example ../shared/data/minutes/minutes-example-1-2569.txt (copied into the corpus) and its 9 directives. */
class SharedExampleExtractionTest {

    private final ExtractedMinutes minutes = new MinutesExtractor().extract(
            ExtractionScore.read("minutes-corpus/tuning/minutes-example-1-2569.txt"), DemoLexicon.get(), null);
    private final List<ProposedDirective> directives = minutes.directives();

    @Test
    void readsTheHeaderAndTheSixAgendaSections() {
        assertThat(minutes.meetingNumber()).isEqualTo("1/2569");
        assertThat(minutes.meetingDate()).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(minutes.bodyTitle()).contains("หัวหน้าส่วนราชการประจำจังหวัดฉะเชิงเทรา");
        assertThat(minutes.items()).extracting(ProposedItem::number)
                .containsExactly("1", "1.1", "1.2", "2", "3", "3.1", "3.2", "4", "4.1", "4.2", "4.3", "5", "5.1", "6");
        assertThat(minutes.items()).filteredOn(i -> i.number().equals("4.2")).singleElement()
                .satisfies(i -> assertThat(i.section()).isEqualTo(4));
        assertThat(minutes.warnings()).isEmpty();
    }

    @Test
    void findsTheNineDirectivesUnderTheirItems() {
        assertThat(directives).extracting(ProposedDirective::agendaItem)
                .containsExactly("1.1", "1.1", "1.2", "3.2", "4.1", "4.2", "4.2", "4.3", "5.1");
    }

    @Test
    void namesUnitsByFullNameShortNameAndAbbreviation() {
        assertThat(names(directives.get(1))).containsExactly("ตำรวจภูธรจังหวัดฉะเชิงเทรา", "สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา");
        assertThat(directives.get(1).units().get(1).matchedText()).isEqualTo("สสจ.ฉช.");
        assertThat(names(directives.get(2))).containsExactly("อำเภอเมืองฉะเชิงเทรา", "ที่ทำการปกครองจังหวัดฉะเชิงเทรา",
                "เทศบาลเมืองฉะเชิงเทรา");
        assertThat(names(directives.get(4))).containsExactly("โครงการชลประทานฉะเชิงเทรา",
                "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา");
        assertThat(names(directives.get(8))).as("the group in brackets, not its office").containsExactly("กลุ่มงานอำนวยการ");
    }

    @Test
    void allDistrictsAndAllAgenciesAreFlagsAndTheDistrictsLeadWhenNamedFirst() {
        assertThat(directives.get(0).allDistricts()).isTrue();
        assertThat(directives.get(0).allDistrictsLead()).isFalse();
        assertThat(names(directives.get(0))).containsExactly("สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา");
        assertThat(directives.get(7).allDistricts()).isTrue();
        assertThat(directives.get(7).allDistrictsLead()).isTrue();
        assertThat(names(directives.get(7))).containsExactly("สำนักงานประชาสัมพันธ์จังหวัดฉะเชิงเทรา");
        assertThat(directives.get(5).allAgencies()).isTrue();
        assertThat(directives.get(5).units()).isEmpty();
        assertThat(directives.get(8).allAgencies()).as("agencies to coordinate with are not the units").isFalse();
    }

    @Test
    void aBodyNotInTheLexiconIsReportedUnmatchedNotGuessed() {
        ProposedDirective hyacinth = directives.get(3);
        assertThat(hyacinth.units().get(0).nameTh()).as("the lead first").isEqualTo("โครงการชลประทานฉะเชิงเทรา");
        assertThat(names(hyacinth)).containsExactlyInAnyOrder("โครงการชลประทานฉะเชิงเทรา", "อำเภอบางคล้า", "อำเภอคลองเขื่อน",
                "อำเภอบางน้ำเปรี้ยว");
        assertThat(hyacinth.unmatched()).containsExactly("องค์กรปกครองส่วนท้องถิ่นในพื้นที่");
    }

    @Test
    void readsDueDatesAndCadencesFromThePhrases() {
        assertThat(directives.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(directives.get(0).cadence()).isEqualTo(Cadence.DAILY);
        assertThat(directives.get(1).cadence()).isEqualTo(Cadence.BEFORE_NEXT_MEETING);
        assertThat(directives.get(2).cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(directives.get(3).cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(directives.get(5).dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(directives.get(5).cadence()).isEqualTo(Cadence.NONE);
        assertThat(directives.get(5).duePhrase()).isEqualTo("ภายในวันที่ 31 มีนาคม 2569");
        assertThat(directives.get(8).dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void theTextDropsNumberingAndTheOpeningWhileTheSourceIsKeptAsWritten() {
        ProposedDirective first = directives.get(0);
        assertThat(first.text()).startsWith("สรุปผลการดำเนินงานช่วงเทศกาลปีใหม่");
        assertThat(first.text()).as("stored with Arabic digits").contains("สงกรานต์ 2569");
        assertThat(first.sourceText()).startsWith("ให้สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา และนายอำเภอทุกอำเภอ")
                .endsWith("๑๑–๑๗ เมษายน ๒๕๖๙");
    }

    private static List<String> names(ProposedDirective d) {
        return d.units().stream().map(UnitMatch::nameTh).toList();
    }
}
