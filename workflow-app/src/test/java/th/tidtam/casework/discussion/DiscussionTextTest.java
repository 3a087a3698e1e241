package th.tidtam.casework.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an alert and a timeline entry quote of a comment, without a database. */
class DiscussionTextTest {

    @Test
    void aShortCommentIsQuotedWholeOnOneLine() {
        assertThat(Discussions.firstWords("  ขอให้รายงาน\nภายในวันศุกร์\t🙏 ", 80)).isEqualTo("ขอให้รายงาน ภายในวันศุกร์ 🙏");
    }

    @Test
    void aLongCommentIsCutWithAnEllipsisNeverThroughAnEmoji() {
        String quoted = Discussions.firstWords("😀".repeat(100), 10);

        assertThat(quoted.codePointCount(0, quoted.length())).isEqualTo(10);
        assertThat(quoted).endsWith("…").startsWith("😀😀😀😀😀😀😀😀😀");
        assertThat(quoted.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)).isTrue();
    }

    @Test
    void aPositionIsOfferedByTitleUnitAndHolderInTheReadersLanguage() {
        DiscussionViews.Candidate c = new DiscussionViews.Candidate(7L, "นายอำเภอบ้านโพธิ์", "District Chief of Ban Pho",
                "อำเภอบ้านโพธิ์", "Ban Pho District", "นายสมชาย ใจดี", null);

        assertThat(c.label(true)).isEqualTo("นายอำเภอบ้านโพธิ์ · อำเภอบ้านโพธิ์ (นายสมชาย ใจดี)");
        assertThat(c.label(false)).as("a vacant post in English names no holder").isEqualTo("District Chief of Ban Pho · Ban Pho District");
    }
}
