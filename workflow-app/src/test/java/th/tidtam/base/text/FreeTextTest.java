package th.tidtam.base.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText.Problem;

/** The one rule for free text. Plain unit tests: no Spring, no database. */
class FreeTextTest {

    private static final FreeText NAME = FreeText.singleLine(10);
    private static final FreeText NOTE = FreeText.multiLine(100);

    /** Each problem becomes a violation whose key names it, as every caller's own mapping does. */
    private static RuleViolation refusal(Problem problem) {
        return new RuleViolation("test." + problem.name());
    }

    private static String name(String text) {
        return NAME.require(text, FreeTextTest::refusal);
    }

    private static String note(String text) {
        return NOTE.require(text, FreeTextTest::refusal);
    }

    private static void refused(FreeText rule, String text, Problem expected) {
        assertThatThrownBy(() -> rule.require(text, FreeTextTest::refusal)).as(visible(text))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("test." + expected));
        assertThat(rule.problem(text)).contains(expected);
    }

    @Test
    void acceptsThaiWithItsVowelAndToneMarksUnchanged() {
        String thai = "น้ำใจ ผู้ว่าฯ กู้ภัย ๑๒๓";
        FreeText rule = FreeText.singleLine(100);

        assertThat(rule.require(thai, FreeTextTest::refusal)).isEqualTo(thai);
        assertThat(rule.problem(thai)).isEmpty();
    }

    @Test
    void acceptsEmojiJoinedByZeroWidthJoinersAndFlags() {
        String emoji = "👩🏽‍⚕️🇹🇭";

        assertThat(name(emoji)).isEqualTo(emoji);
        assertThat(name("ศูนย์\u200bกลาง")).as("a zero-width space between Thai words").isEqualTo("ศูนย์\u200bกลาง");
    }

    @Test
    void composesCombiningMarksIntoNormalisationFormC() {
        assertThat(name("Cafe\u0301")).isEqualTo("Café").isEqualTo(Normalizer.normalize("Cafe\u0301", Normalizer.Form.NFC));
        assertThat(name("\u212B")).as("the angstrom sign is the letter Å").isEqualTo("\u00C5");
        assertThat(name("ก\u0e48\u0e38")).as("Thai marks in canonical order: below vowel, then tone")
                .isEqualTo("ก\u0e38\u0e48");
    }

    @Test
    void stripsSurroundingWhiteSpaceButKeepsInnerSpaces() {
        assertThat(name("  สอง  คำ \u3000")).isEqualTo("สอง  คำ");
        assertThat(note("\n  ข้อ 1\n\tข้อ 2\r\n\n")).isEqualTo("ข้อ 1\n\tข้อ 2");
    }

    @Test
    void refusesBlankTextAsMissingAndOptionalTextGivesNull() {
        for (String blank : new String[] { null, "", "   ", "\t\n", "\u2003" }) {
            refused(NAME, blank, Problem.MISSING);
            assertThat(NAME.optional(blank, FreeTextTest::refusal)).isNull();
        }
        assertThat(NAME.optional(" x ", FreeTextTest::refusal)).isEqualTo("x");
    }

    @Test
    void countsTheLimitInCodePointsNotUtf16Units() {
        String tenEmoji = "🚀".repeat(10);
        assertThat(tenEmoji.length()).isEqualTo(20);

        assertThat(name(tenEmoji)).isEqualTo(tenEmoji);
        refused(NAME, "🚀".repeat(11), Problem.TOO_LONG);
        assertThat(name("ก".repeat(10))).hasSize(10);
        refused(NAME, "ก".repeat(11), Problem.TOO_LONG);
    }

    @Test
    void countsTheLengthAfterStrippingAndComposing() {
        assertThat(name("   " + "ก".repeat(10) + "   ")).hasSize(10);
        assertThat(name("e\u0301".repeat(10))).as("ten letters, twenty code points as sent").isEqualTo("é".repeat(10));
    }

    @Test
    void refusesALoneSurrogate() {
        refused(NAME, "a\uD800b", Problem.BROKEN_UNICODE);
        refused(NAME, "a\uDC00b", Problem.BROKEN_UNICODE);
        refused(NOTE, "ends high \uD83D", Problem.BROKEN_UNICODE);
        refused(NOTE, "\uDE80 low first", Problem.BROKEN_UNICODE);
        assertThat(note("pair \uD83D\uDE80")).isEqualTo("pair 🚀");
    }

    @Test
    void refusesNulAndOtherControlCharactersInBothKinds() {
        for (String bad : List.of("a\u0000b", "bell\u0007", "\u001B[31m", "del\u007F", "c1\u0085", "c1\u009F", "vt\u000Bx",
                "ff\u000Cx")) {
            refused(NAME, bad, Problem.CONTROL_CHARACTERS);
            refused(NOTE, bad, Problem.CONTROL_CHARACTERS);
        }
    }

    @Test
    void refusesLineBreaksAndTabsInOneLine() {
        for (String bad : List.of("two\nlines", "two\r\nlines", "cr\ronly", "tab\tbed", "line\u2028sep", "para\u2029sep")) {
            refused(NAME, bad, Problem.CONTROL_CHARACTERS);
        }
    }

    @Test
    void refusesAControlCharacterEvenWhereStrippingWouldDropIt() {
        refused(NAME, "name\n", Problem.CONTROL_CHARACTERS);
        refused(NAME, "\tname", Problem.CONTROL_CHARACTERS);
    }

    @Test
    void acceptsLineBreaksAndTabsInSeveralLines() {
        String text = "ข้อ 1\nข้อ 2\tเบิกจ่าย\r\nข้อ 3 🚀\u2028ต่อ";

        assertThat(note(text)).isEqualTo(text);
    }

    @Test
    void theLengthIsCheckedBeforeTheCharacters() {
        refused(NAME, "\u0000".repeat(11), Problem.TOO_LONG);
        refused(NAME, "\u0000\uD800", Problem.CONTROL_CHARACTERS);
    }

    @Test
    void throwsTheViolationTheCallerBuilt() {
        RuleViolation own = new RuleViolation("org.error.too-long", "org.field.name-th", 10);

        assertThatThrownBy(() -> NAME.require("ก".repeat(11), problem -> own)).isSameAs(own);
    }

    @Test
    void singleCodePointsAreJudgedForCodeThatCleansInsteadOfRefusing() {
        assertThat(FreeText.allowedInOneLine('ก')).isTrue();
        assertThat(FreeText.allowedInOneLine(0x200D)).as("zero-width joiner").isTrue();
        assertThat(FreeText.allowedInOneLine(0x1F680)).isTrue();
        assertThat(FreeText.allowedInOneLine('\n')).isFalse();
        assertThat(FreeText.allowedInOneLine(0x2028)).isFalse();
        assertThat(FreeText.allowedInOneLine(0xD800)).isFalse();
        assertThat(FreeText.allowedInLines('\n')).isTrue();
        assertThat(FreeText.allowedInLines('\t')).isTrue();
        assertThat(FreeText.allowedInLines(0)).isFalse();
        assertThat(FreeText.allowedInLines(0xDC00)).isFalse();
    }

    @Test
    void measuresAndChecksWellFormednessOnItsOwn() {
        assertThat(FreeText.length("ก🚀e\u0301")).isEqualTo(4);
        assertThat(FreeText.wellFormed("ก🚀")).isTrue();
        assertThat(FreeText.wellFormed("\uD83D")).isFalse();
        assertThat(FreeText.clean("  e\u0301 ")).isEqualTo("é");
        assertThat(FreeText.clean(null)).isNull();
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> FreeText.singleLine(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String visible(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(cp < 0x20 || cp > 0x7E ? String.format("\\u%04X", cp) : String.valueOf((char) cp)));
        return b.toString();
    }
}
