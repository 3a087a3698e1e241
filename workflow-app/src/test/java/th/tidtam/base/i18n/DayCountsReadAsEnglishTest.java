package th.tidtam.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A count of working days reads as English in the singular too, and as Thai (which has no plural) unchanged. */
class DayCountsReadAsEnglishTest {

    private final Translations translations = new Translations();

    @Test
    void oneWorkingDayIsSingularAndOthersArePlural() {
        assertThat(translations.getTranslation("work.days-overdue", Translations.ENGLISH, 1)).isEqualTo("1 working day overdue");
        assertThat(translations.getTranslation("work.days-overdue", Translations.ENGLISH, 3)).isEqualTo("3 working days overdue");
        assertThat(translations.getTranslation("work.days-left", Translations.ENGLISH, 1)).isEqualTo("1 working day left");
        assertThat(translations.getTranslation("work.days-left", Translations.ENGLISH, 0)).isEqualTo("0 working days left");
        assertThat(translations.getTranslation("board.agency-late", Translations.ENGLISH, "Health", 1))
                .isEqualTo("Health · 1 working day late");
        assertThat(translations.getTranslation("directive.waiting-days", Translations.ENGLISH, 12))
                .isEqualTo("12 working days waited in all");
        assertThat(translations.getTranslation("work.days-overdue", Translations.THAI, 1)).isEqualTo("เกินกำหนด 1 วันทำการ");
    }
}
