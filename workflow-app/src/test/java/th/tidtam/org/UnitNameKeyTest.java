package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.tidtam.org.service.UnitNameKey;
import th.tidtam.org.service.UnitNames;

/** The one matching rule of unit names and aliases, without Spring. */
class UnitNameKeyTest {

    private static final UnitNames HEALTH = new UnitNames(1, "สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา",
            "Provincial Public Health Office", UnitKind.AGENCY, List.of("สสจ.", "สสจ.ฉช."));

    @Test
    void spacesDotsLetterCaseAndThaiDigitsMakeNoDifference() {
        assertThat(UnitNameKey.of("สสจ. ฉช.")).isEqualTo(UnitNameKey.of("สสจ.ฉช.")).isEqualTo("สสจฉช");
        assertThat(UnitNameKey.of("ศปถ. ๒๕๖๙")).isEqualTo(UnitNameKey.of("ศปถ 2569"));
        assertThat(UnitNameKey.of("Public  HEALTH")).isEqualTo("publichealth");
        assertThat(UnitNameKey.of("ป.ป.ส.")).isEqualTo(UnitNameKey.of("ปปส"));
        // Thai text often carries zero-width spaces; a decomposed สระอำ is the same letter
        assertThat(UnitNameKey.of("สสจ.\u200bฉช.")).isEqualTo("สสจฉช");
        assertThat(UnitNameKey.of("สํานักงาน")).isEqualTo(UnitNameKey.of("สำนักงาน"));
        assertThat(UnitNameKey.of(" . . ")).isEmpty();
        assertThat(UnitNameKey.of(null)).isEmpty();
    }

    @Test
    void aUnitIsFoundByPartOfAnyNameOrAliasAndTheMatchedAliasIsNamed() {
        assertThat(HEALTH.matches("สสจ")).isTrue();
        assertThat(HEALTH.matches("สสจ. ฉช")).isTrue();
        assertThat(HEALTH.matches("สาธารณสุข")).isTrue();
        assertThat(HEALTH.matches("public health")).isTrue();
        assertThat(HEALTH.matches("")).isTrue();
        assertThat(HEALTH.matches("ทสจ")).isFalse();
        assertThat(HEALTH.matchedAlias("สสจ. ฉช")).contains("สสจ.ฉช.");
        assertThat(HEALTH.matchedAlias("สาธารณสุข")).isEmpty();
        assertThat(HEALTH.matchesExactly("สสจ")).isTrue();
        assertThat(HEALTH.matchesExactly("สสจ.ฉ")).isFalse();
    }

    @Test
    void directivesGoToUnitsButNotToTheProvinceAHeadingOrTheSystem() {
        assertThat(UnitKind.AGENCY.takesDirectives()).isTrue();
        assertThat(UnitKind.DISTRICT.takesDirectives()).isTrue();
        assertThat(UnitKind.PROVINCE.takesDirectives()).isFalse();
        assertThat(UnitKind.CATEGORY.takesDirectives()).isFalse();
        assertThat(UnitKind.SYSTEM.takesDirectives()).isFalse();
    }
}
