package th.tidtam.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.Urgency;
import th.tidtam.directive.SourceKind;

/** The dashboard's filters as the address and the API's query carry them: no Spring, no database. */
class DashboardRequestTest {

    private static DashboardRequest parse(String... keysAndValues) {
        Map<String, String> query = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            query.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return DashboardRequest.parse(query);
    }

    private static void assertRefused(String key, String value, String messageKey) {
        assertThatThrownBy(() -> parse(key, value)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void readsEveryFilterOfTheQuery() {
        DashboardRequest request = parse("fiscalYear", "2569", "from", "2026-01-05", "to", "2026-03-31",
                "sphere", "12", "agency", "34", "urgency", "urgent", "source", "meeting", "meeting", " 11/2569 ",
                "reference", "มท 0200/ว 123");

        assertThat(request).isEqualTo(new DashboardRequest(2569, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31),
                12L, 34L, Urgency.URGENT, SourceKind.MEETING, "11/2569", "มท 0200/ว 123"));
    }

    @Test
    void noFilterOrOnlyBlankOnesMeanTheWholeCurrentFiscalYear() {
        assertThat(parse()).isEqualTo(DashboardRequest.none());
        assertThat(parse("fiscalYear", " ", "from", "", "sphere", "  ", "urgency", "", "meeting", " "))
                .isEqualTo(DashboardRequest.none());
    }

    @Test
    void thaiDigitsAndTheBuddhistEraDatePeopleTypeAreReadAsTheSameValues() {
        DashboardRequest request = parse("fiscalYear", "๒๕๖๙", "agency", "๓๔", "from", "05/01/2569", "to", "๓๑/๓/๒๕๖๙");

        assertThat(request.fiscalYear()).isEqualTo(2569);
        assertThat(request.agency()).isEqualTo(34L);
        assertThat(request.from()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(request.to()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aSphereOrAgencyThatIsNotANumberIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> parse("sphere", "vg1")).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("dashboard.error.unknown-sphere");
            assertThat(v.arguments()).containsExactly("vg1");
        });
        assertRefused("agency", "12; drop table directive", "dashboard.error.unknown-agency");
        assertRefused("fiscalYear", "ปีนี้", "dashboard.error.fiscal-year");
    }

    @Test
    void anUnknownUrgencyOrSourceIsRefused() {
        assertRefused("urgency", "ASAP", "dashboard.error.urgency");
        assertRefused("source", "RUMOUR", "dashboard.error.source");
    }

    @Test
    void onlyDatesAPeriodCanMeanAreAccepted() {
        assertRefused("from", "31/02/2569", "dashboard.error.date");
        assertRefused("from", "yesterday", "dashboard.error.date");
        assertRefused("to", "1899-12-31", "dashboard.error.date");
        assertRefused("to", "3000-01-01", "dashboard.error.date");
        assertRefused("to", "+999999999-12-31", "dashboard.error.date");
        assertThat(parse("from", "1900-01-01", "to", "2999-12-31").to()).isEqualTo(LocalDate.of(2999, 12, 31));
    }

    @Test
    void aMeetingOrReferenceLongerThanAHundredCharactersOrWithControlCharactersIsRefused() {
        String limit = "ก".repeat(DashboardRequest.MAX_TEXT);
        assertThat(parse("meeting", limit).meeting()).isEqualTo(limit);

        assertRefused("meeting", limit + "ข", "dashboard.error.text");
        assertRefused("reference", "มท\u0000 0200", "dashboard.error.text");
        assertRefused("reference", "บรรทัด\nใหม่", "dashboard.error.text");
    }

    @Test
    void theQueryItWritesReadsBackAsTheSameRequest() {
        DashboardRequest request = new DashboardRequest(null, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30), 7L,
                null, Urgency.MOST_URGENT, SourceKind.FIELD_VISIT, "3/2569", null);

        assertThat(request.toQuery()).containsOnlyKeys("from", "to", "sphere", "urgency", "source", "meeting");
        assertThat(DashboardRequest.parse(request.toQuery())).isEqualTo(request);
    }
}
