package th.tidtam.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Where the documents' PDFs may end a line in Thai text, which has no spaces between words: no Spring, no
 * PDF. A position p in the answers means a line may end after the character at p.
 */
class ThaiLineBreaksTest {

    /** Every position of the text after which a line may end. */
    private static List<Integer> breaks(String text) {
        return breaks(text.toCharArray());
    }

    private static List<Integer> breaks(char[] cc) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < cc.length; i++) {
            if (ThaiLineBreaks.INSTANCE.isSplitCharacter(0, i, cc.length, cc, null)) {
                positions.add(i);
            }
        }
        return positions;
    }

    /** The text cut at every allowed break. */
    private static List<String> lines(String text) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int p : breaks(text)) {
            pieces.add(text.substring(from, p + 1));
            from = p + 1;
        }
        pieces.add(text.substring(from));
        pieces.removeIf(String::isEmpty);
        return pieces;
    }

    @Test
    void breaksThaiTextBetweenWordsNotInsideAWord() {
        assertThat(lines("ประชุมคณะกรรมการจังหวัด")).containsExactly("ประชุม", "คณะ", "กรรมการ", "จังหวัด");
        assertThat(lines("ผู้ว่าราชการจังหวัดฉะเชิงเทรา")).containsExactly("ผู้", "ว่า", "ราชการ", "จังหวัด", "ฉะเชิงเทรา");
    }

    @Test
    void aSingleThaiWordIsNeverBroken() {
        assertThat(breaks("กรรมการ")).isEmpty();
        assertThat(breaks("ฉะเชิงเทรา")).isEmpty();
    }

    @Test
    void neverSeparatesAVowelOrToneMarkFromItsConsonant() {
        String text = "ให้สำนักงานสาธารณสุขจังหวัดรายงานผลการดำเนินงานต่อผู้ว่าราชการจังหวัดภายในวันที่กำหนด";
        for (int p : breaks(text)) {
            assertThat(Character.getType(text.charAt(p + 1))).as("after position %d of %s", p, text)
                    .isNotEqualTo((int) Character.NON_SPACING_MARK);
        }
        assertThat(breaks(text)).isNotEmpty();
    }

    @Test
    void spacesAndHyphensBreakAsInLatinTextAndLatinWordsStayWhole() {
        assertThat(lines("วาระที่ 3.1 follow-up report")).containsExactly("วาระ", "ที่ ", "3.1 ", "follow-", "up ",
                "report");
    }

    @Test
    void eachCellIsBrokenByItsOwnWordsWhateverCameBefore() {
        char[] first = "สวัสดีครับ".toCharArray();
        char[] second = "ครับสวัสดี".toCharArray();

        assertThat(breaks(first)).containsExactly(5);
        assertThat(breaks(second)).containsExactly(3);
        assertThat(breaks(first)).containsExactly(5);
    }
}
