package th.tidtam.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.letters.service.RegisterPrintout;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.PdfText;

/**
 * Each province keeps its own incoming register (issue 18): its own numbers, its own duplicates, and another
 * province's letters are "not found" by id and absent from the register, its printout and the search, even for the
 * governor, the head of office and the correspondence clerks who see the whole register of their own province.
 */
@IntegrationTest
class LettersAcrossProvincesTest {

    private static final List<String> A_USERS = List.of("governor", "head", "secretary", "staff");
    private static final List<String> B_USERS = List.of(SecondProvinceDemoData.GOVERNOR, SecondProvinceDemoData.HEAD,
            SecondProvinceDemoData.SECRETARY, SecondProvinceDemoData.STAFF);

    @Autowired
    ApiClient api;
    @Autowired
    SecondProvinceDemoData secondProvince;
    @Autowired
    OrgDirectory org;
    @Autowired
    Clock clock;
    @Autowired
    RegisterPrintout printout;
    @Autowired
    UserDetailsService users;

    @Test
    void eachProvinceNumbersItsOwnRegisterAndNeitherSeesTheOthersLetters() {
        secondProvince.ensureLoaded(org.today());
        int year = LocalDate.now(clock).getYear();
        int lastA = lastNumber("secretary", year);
        int lastB = lastNumber(SecondProvinceDemoData.SECRETARY, year);
        // the same letter received by both provinces: one sender number, two registers, no duplicate across them
        String digits = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        String token = "letterprov" + digits.replaceAll("[0-9]", "") + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");

        JsonNode inA = register("secretary", digits, token);
        JsonNode inB = register(SecondProvinceDemoData.SECRETARY, digits, token);
        assertThat(inA.get("receivedNumber").asInt()).isEqualTo(lastA + 1);
        assertThat(inB.get("receivedNumber").asInt()).as("B's register starts afresh, A's continues").isEqualTo(lastB + 1);
        assertThat(lastNumber(SecondProvinceDemoData.SECRETARY, year)).isEqualTo(lastB + 1);
        assertThat(inB.get("duplicate").asBoolean()).as("A's copy is not B's duplicate").isFalse();
        assertThat(org.position(inB.get("handlerPositionId").asLong()).orElseThrow().code()).isEqualTo("PRI-HEAD-OF-OFFICE");

        assertHidden(inA.get("id").asLong(), B_USERS, token);
        assertHidden(inB.get("id").asLong(), A_USERS, token);

        // B's own people see B's letter (the checks above are not blind) and its printout lists it, not A's
        long bId = inB.get("id").asLong();
        assertThat(api.get("/api/letters/" + bId, SecondProvinceDemoData.HEAD).status()).isEqualTo(200);
        assertThat(ids(api.get("/api/letters?limit=200&q=" + token, SecondProvinceDemoData.SECRETARY).body().get("letters"), "id"))
                .containsExactly(bId);
        LocalDate today = LocalDate.now(clock);
        String printed = PdfText.text(as(SecondProvinceDemoData.SECRETARY, () -> printout.pdf(today, today, null, false)));
        assertThat(printed).contains(inB.get("number").asText()).doesNotContain(inA.get("number").asText());
    }

    @Test
    void clerkCannotHandALetterToAnotherProvincesPosition() {
        secondProvince.ensureLoaded(org.today());
        Map<String, Object> body = letter("มท 0211.3/1", "handler");
        body.put("handlerPositionId", org.positionByCode("HEAD-OF-OFFICE").orElseThrow().id());
        ApiClient.Response refused = api.post("/api/letters", SecondProvinceDemoData.SECRETARY, body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("letters.error.position-not-found");
    }

    private void assertHidden(long id, List<String> users, String token) {
        for (String user : users) {
            assertThat(api.get("/api/letters/" + id, user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/cases/LETTER_IN/" + id + "/comments", user).status()).as(user).isEqualTo(404);
            assertThat(ids(api.get("/api/letters?limit=200&q=" + token, user).body().get("letters"), "id")).as(user)
                    .doesNotContain(id);
            assertThat(ids(api.get("/api/search?q=" + token, user).body(), "caseId")).as(user).doesNotContain(id);
        }
    }

    private int lastNumber(String clerk, int year) {
        ApiClient.Response r = api.get("/api/letters/register/" + year, clerk);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body().get("lastNumber").asInt();
    }

    private JsonNode register(String clerk, String digits, String token) {
        ApiClient.Response r = api.post("/api/letters", clerk, letter("มท 0211.3/ว " + digits, token));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body();
    }

    private Map<String, Object> letter(String senderNumber, String subjectWord) {
        Map<String, Object> body = new HashMap<>();
        body.put("senderNumber", senderNumber);
        body.put("senderDate", LocalDate.now(clock).minusDays(2).toString());
        body.put("fromParty", "กระทรวงมหาดไทย");
        body.put("toParty", "ผู้ว่าราชการจังหวัด");
        body.put("subject", "แจ้งแนวทางปฏิบัติ " + subjectWord);
        return body;
    }

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get(field).asLong()));
        return ids;
    }

    private <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
