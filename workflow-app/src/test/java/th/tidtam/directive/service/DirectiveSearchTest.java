package th.tidtam.directive.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.Urgency;
import th.tidtam.directive.domain.DirectiveStatus;

/** The directives list's search as typed: digits both ways, blanks narrowing nothing, hostile text refused. */
class DirectiveSearchTest {

    private static DirectiveSearch text(String value) {
        return DirectiveSearch.all().withText(value);
    }

    @Test
    void aNumberTypedInThaiDigitsIsSearchedAsStoredAndAsTyped() {
        DirectiveSearch s = text("  ๒๗/๒๕๖๙ ");
        assertThat(s.text()).isEqualTo("๒๗/๒๕๖๙");
        assertThat(s.arabicText()).isEqualTo("27/2569");
        assertThat(s.thaiText()).isEqualTo("๒๗/๒๕๖๙");
        assertThat(text("ฝาย 12").thaiText()).isEqualTo("ฝาย ๑๒");
    }

    @Test
    void blankTextAndEmptyChoicesNarrowNothingAndTheDefaultIsNewestFirst() {
        Set<DirectiveStatus> withNull = new HashSet<>(Arrays.asList(DirectiveStatus.CLOSED, null));
        DirectiveSearch s = new DirectiveSearch("   ", withNull, null, " ", null, false, null, true);
        assertThat(s.text()).isNull();
        assertThat(s.meeting()).isNull();
        assertThat(s.statuses()).containsExactly(DirectiveStatus.CLOSED);
        assertThat(s.urgencies()).isEmpty();
        assertThat(DirectiveSearch.all().sort()).isEqualTo(DirectiveSearch.Sort.ISSUED);
        assertThat(DirectiveSearch.all().descending()).isTrue();
        assertThat(s.sortedBy(DirectiveSearch.Sort.DUE, false).sort()).isEqualTo(DirectiveSearch.Sort.DUE);
        assertThat(new DirectiveSearch(null, null, null, null, Set.of(Urgency.URGENT), true, null, true).urgencies())
                .containsExactly(Urgency.URGENT);
    }

    @Test
    void tooLongTextControlCharactersAndBrokenUnicodeAreRefusedNotCut() {
        assertThat(text("ก".repeat(DirectiveSearch.MAX_TEXT)).text()).hasSize(DirectiveSearch.MAX_TEXT);
        assertThatThrownBy(() -> text("ก".repeat(DirectiveSearch.MAX_TEXT + 1))).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("error.field-too-long");
        assertThatThrownBy(() -> text("a\u0007b")).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("error.field-control-characters");
        assertThatThrownBy(() -> text("a\nb")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> text("a\ud800b")).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("error.text-invalid-unicode");
        assertThat(text("ข้อสั่งการ 🙂 ด่วน").text()).isEqualTo("ข้อสั่งการ 🙂 ด่วน");
    }
}
