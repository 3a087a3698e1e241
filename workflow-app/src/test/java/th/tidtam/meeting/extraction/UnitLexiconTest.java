package th.tidtam.meeting.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.tidtam.org.UnitKind;

class UnitLexiconTest {

    private final UnitLexicon lexicon = DemoLexicon.get();

    private List<String> found(String text) {
        return lexicon.findAll(text).stream().map(UnitMatch::nameTh).toList();
    }

    @Test
    void abbreviationsWithOrWithoutTheProvinceSuffix() {
        String health = "สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา";
        assertThat(found("ให้ สสจ. ดำเนินการ")).containsExactly(health);
        assertThat(found("ให้ สสจ.ฉช. ดำเนินการ")).containsExactly(health);
        assertThat(found("ให้สสจ. ฉช. ดำเนินการ")).containsExactly(health);
        assertThat(found("ให้ ปภ.จังหวัด และ ทสจ. และ สถจ.")).containsExactly(
                "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา",
                "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดฉะเชิงเทรา",
                "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดฉะเชิงเทรา");
    }

    @Test
    void shortNamesHeadsTitlesAndDistrictChiefs() {
        assertThat(found("คลังจังหวัด")).containsExactly("สำนักงานคลังจังหวัดฉะเชิงเทรา");
        assertThat(found("ที่ทำการปกครองจังหวัด")).containsExactly("ที่ทำการปกครองจังหวัดฉะเชิงเทรา");
        assertThat(found("นายอำเภอบางคล้า และ อ.ท่าตะเกียบ")).containsExactly("อำเภอบางคล้า", "อำเภอท่าตะเกียบ");
        assertThat(found("หัวหน้าสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา"))
                .containsExactly("สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา");
    }

    @Test
    void anAbbreviationInsideALongerWordIsNoMatch() {
        UnitLexicon small = new UnitLexicon(List.of(new LexiconUnit(1, "สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา", null,
                UnitKind.AGENCY, List.of("พช")), new LexiconUnit(2, "จังหวัดฉะเชิงเทรา", null, UnitKind.PROVINCE, List.of())));
        assertThat(small.findAll("ให้ พช ดำเนินการ")).hasSize(1);
        assertThat(small.findAll("ปลูกพืชผัก")).isEmpty();
        assertThat(small.findAll("โครงการพชรพล")).as("ICU: not a word of its own").isEmpty();
    }

    @Test
    void aRegionalOfficeOfTheSameDepartmentIsNotTheProvincialOne() {
        assertThat(found("ศูนย์ ปภ.เขต 2 ปราจีนบุรี")).isEmpty();
    }

    @Test
    void aFormTwoUnitsShareIsLeftOutRatherThanGuessed() {
        UnitLexicon shared = new UnitLexicon(List.of(
                new LexiconUnit(1, "สำนักงานเกษตรจังหวัดฉะเชิงเทรา", null, UnitKind.AGENCY, List.of("กษ.")),
                new LexiconUnit(2, "สำนักงานเกษตรและสหกรณ์จังหวัดฉะเชิงเทรา", null, UnitKind.AGENCY, List.of("กษ."))));
        assertThat(shared.findAll("ให้ กษ. ดำเนินการ")).isEmpty();
    }
}
