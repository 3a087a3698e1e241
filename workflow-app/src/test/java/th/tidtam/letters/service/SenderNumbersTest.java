package th.tidtam.letters.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import th.tidtam.base.RuleViolation;

/** The sender's number as the regulation writes it, in one spelling whatever digits and spacing were typed. */
class SenderNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "มท 0211.3/ว 1234   | มท 0211.3/ว 1234",
            "มท0211.3/ว1234     | มท 0211.3/ว 1234",
            "มท ๐๒๑๑.๓/ว ๑๒๓๔   | มท 0211.3/ว 1234",
            "ฉช 0017.2/1234     | ฉช 0017.2/1234",
            "กค 0402.5/12345    | กค 0402.5/12345",
            "ฉช 0033.004 / 57   | ฉช 0033.004/57",
            "ศธ 04001/123       | ศธ 04001/123" })
    void theSameNumberTypedAnyWayIsOneNumber(String typed, String canonical) {
        assertThat(SenderNumbers.canonical(typed)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = { "เลขที่มั่ว 12", "1234", "มท 0211.3", "มท /1234", "มท 0211.3/ว", "😀 0211/1", "มท 0211.3/ก 12",
            "มท 0211.3/ว 1234567" })
    void junkIsRefusedAsTheWrongShape(String typed) {
        assertThatThrownBy(() -> SenderNumbers.canonical(typed)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("letters.error.sender-number-shape");
    }
}
