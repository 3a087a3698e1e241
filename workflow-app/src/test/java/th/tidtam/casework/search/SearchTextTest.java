package th.tidtam.casework.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void thaiAndArabicDigitsFoldToTheSameText() {
        assertThat(SearchText.fold("ที่ มท ๐๒๑๑.๓/ว ๑๒๓๔")).isEqualTo(SearchText.fold("ที่ มท 0211.3/ว 1234"))
                .isEqualTo("ที่ มท 0211.3/ว 1234");
    }

    @Test
    void aQueryBecomesFoldedWordsAndCaseAndSpacingDoNotMatter() {
        assertThat(SearchText.words("  ฉช  ๐๐๑๗.2   Flood ")).containsExactly("ฉช", "0017.2", "flood");
        assertThat(SearchText.fold("A", null, " ", "B\n\tc")).isEqualTo("a b c");
    }

    @Test
    void likeCharactersInAWordAreTakenLiterally() {
        assertThat(SearchText.containing("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
    }
}
