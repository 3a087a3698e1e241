package th.tidtam.base.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Buddhist-era dates as Thai officials write them. Plain unit tests. */
class ThaiDatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Locale THAI = Locale.forLanguageTag("th");

    @Test
    void formatsBuddhistEraDatesInThaiAndEnglish() {
        assertThat(ThaiDates.formatLong(DAY, THAI)).isEqualTo("25 พฤศจิกายน 2569");
        assertThat(ThaiDates.formatLong(DAY, Locale.ENGLISH)).isEqualTo("25 November 2569 BE");
        assertThat(ThaiDates.formatMedium(DAY, THAI)).isEqualTo("25 พ.ย. 2569");
        assertThat(ThaiDates.formatShort(DAY)).isEqualTo("25/11/2569");
        assertThat(ThaiDates.formatDateTime(LocalDateTime.of(2026, 11, 25, 14, 5), THAI)).isEqualTo("25 พ.ย. 2569 14:05 น.");
        assertThat(ThaiDates.beYear(DAY)).isEqualTo(2569);
        assertThat(ThaiDates.formatShort(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2569");
    }

    @Test
    void parsesBuddhistEraDatesWithArabicOrThaiDigits() {
        assertThat(ThaiDates.parseShort("25/11/2569")).contains(DAY);
        assertThat(ThaiDates.parseShort("๒๕/๑๑/๒๕๖๙")).contains(DAY);
        assertThat(ThaiDates.parseShort(" 25-11-69 ")).contains(DAY);
        assertThat(ThaiDates.parseShort("5.1.2569")).contains(LocalDate.of(2026, 1, 5));
    }

    @Test
    void formattingAndParsingRoundTrip() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2025, 1, 1)); d = d.plusDays(1)) {
            assertThat(ThaiDates.parseShort(ThaiDates.formatShort(d))).contains(d);
            assertThat(ThaiDates.parseShort(ThaiDigits.toThai(ThaiDates.formatShort(d)))).contains(d);
        }
    }

    @Test
    void refusesTextThatIsNotADate() {
        assertThat(ThaiDates.parseShort(null)).isEmpty();
        assertThat(ThaiDates.parseShort("")).isEmpty();
        assertThat(ThaiDates.parseShort("31/02/2569")).isEmpty();
        assertThat(ThaiDates.parseShort("25/13/2569")).isEmpty();
        assertThat(ThaiDates.parseShort("พรุ่งนี้")).isEmpty();
        assertThat(ThaiDates.parseShort("29/02/2567")).contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void thaiDigitsConvertBothWays() {
        assertThat(ThaiDigits.toThai("3106/2569")).isEqualTo("๓๑๐๖/๒๕๖๙");
        assertThat(ThaiDigits.toArabic("๓๑๐๖/๒๕๖๙")).isEqualTo("3106/2569");
    }
}
