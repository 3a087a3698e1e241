package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.base.time.ThaiDigits;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;

/**
 * The directives list over {@code GET /api/directives}: found by number (Thai or Arabic digits), subject or text;
 * narrowed by status, agency, meeting, urgency and lateness; sorted; never showing what the caller may not see.
 */
@IntegrationTest
class DirectivesListSearchApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @AfterEach
    void backToNow() {
        EngineClockTravel.backToNow();
    }

    private List<Long> ids(String user, String query) {
        ApiClient.Response r = api.get("/api/directives?limit=50&" + query, user);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body().get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aDirectiveIsFoundByItsNumberInThaiDigitsByItsSubjectAndByAWordOfItsTextOnlyByThoseWhoMaySeeIt() {
        long token = System.nanoTime() % 1_000_000_000L;
        long id = directives.issue(directives.draft("ตรวจติดตามโครงการขุดลอกคลอง ค้นหา" + token, "AG-12-HEAD")
                .text("ให้รายงานผลการขุดลอกคลองสายที่ " + (token + 7) + " ภายในกำหนด"));
        String number = directives.detail(id).get("number").asText();

        assertThat(ids("governor", q(ThaiDigits.toThai(number)))).as("the number in Thai digits").contains(id);
        assertThat(ids("governor", q(number))).as("the number in Arabic digits").contains(id);
        assertThat(ids("governor", q("ค้นหา" + ThaiDigits.toThai(String.valueOf(token))))).as("the subject, Thai digits")
                .containsExactly(id);
        assertThat(ids("head", q("คลองสายที่ " + ThaiDigits.toThai(String.valueOf(token + 7))))).as("a word of the text")
                .containsExactly(id);
        assertThat(ids("staff", q("ค้นหา" + token))).as("not on staff's route").isEmpty();
        assertThat(ids("governor", q("ค้นหา" + token + "ไม่มีอยู่"))).isEmpty();
    }

    @Test
    void statusAgencyMeetingAndUrgencyNarrowTheListAndTheChosenSortOrdersIt() {
        String meeting = "ท" + (System.nanoTime() % 100_000) + "/2569";
        long health = directives.unitOf("AG-12-HEAD");
        long first = directives.issueScreened(directives.draft("ตัวกรอง สาธารณสุข " + meeting, "AG-12-HEAD")
                .meeting(meeting, "3.1").urgency("MOST_URGENT"));
        long second = directives.issue(directives.draft("ตัวกรอง เกษตร " + meeting, "AG-07-HEAD").meeting(meeting, "3.2"));
        String m = "meeting=" + URLEncoder.encode(meeting, StandardCharsets.UTF_8);

        assertThat(ids("governor", m)).as("newest first by default").containsExactly(second, first);
        assertThat(ids("governor", m + "&status=IN_PROGRESS")).containsExactly(first);
        assertThat(ids("governor", m + "&status=SCREENING&status=IN_PROGRESS")).containsExactly(second, first);
        assertThat(ids("governor", m + "&urgency=MOST_URGENT")).containsExactly(first);
        assertThat(ids("governor", m + "&unitId=" + health)).containsExactly(first);
        assertThat(ids("governor", m + "&sort=NUMBER")).containsExactly(first, second);
        assertThat(ids("governor", m + "&sort=NUMBER&desc=true")).containsExactly(second, first);
        assertThat(ids("governor", m + "&sort=STATUS")).as("screening comes before work in progress")
                .containsExactly(second, first);
        ApiClient.Response page = api.get("/api/directives?limit=1&" + m, "governor");
        assertThat(page.body().get("total").asLong()).isEqualTo(2);
        assertThat(page.body().get("items")).hasSize(1);
    }

    @Test
    void overdueOnlyListsDirectivesWithAPartPastItsDueDate() {
        String token = "เกินกำหนด" + System.nanoTime();
        long id = directives.issueScreened(directives.draft(token, "AG-12-HEAD").dueInWorkingDays(2));
        LocalDate due = LocalDate.parse(directives.detail(id).get("parts").get(0).get("dueDate").asText());
        assertThat(ids("governor", q(token) + "&overdue=true")).isEmpty();

        EngineClockTravel.at(due.plusDays(3));
        assertThat(ids("governor", q(token) + "&overdue=true")).containsExactly(id);
        assertThat(ids("governor", q(token))).containsExactly(id);
    }

    @Test
    void aSearchTheRulesRefuseIsToldInThaiAndEnglish() {
        for (String bad : List.of("status=OPENISH", "urgency=1", "sort=SUBJECT", "unitId=abc", q("ก".repeat(201)),
                "q=%07bell")) {
            ApiClient.Response r = api.get("/api/directives?" + bad, "governor");
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.body().get("message_th").asText()).as(bad).isNotBlank();
            assertThat(r.body().get("message_en").asText()).as(bad).isNotBlank();
        }
    }
}
