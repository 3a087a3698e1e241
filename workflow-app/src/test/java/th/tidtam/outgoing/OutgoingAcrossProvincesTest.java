package th.tidtam.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.outgoing.service.OutgoingRegister;
import th.tidtam.outgoing.service.PaperLetter;
import th.tidtam.outgoing.service.RegisterBooks;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * The outgoing register is a province's own (issue 18): its books, their numbers and letters are "not found" by id
 * and absent from the lists, the register printout and the search for another province's people, even for the
 * secretariat and the governor who see every book of their own; nobody registers in another province's book or opens
 * a book for another province's unit.
 */
@IntegrationTest
class OutgoingAcrossProvincesTest {

    private static final List<String> A_USERS = List.of("governor", "head", "secretary", "staff");
    private static final List<String> B_USERS = List.of(SecondProvinceDemoData.GOVERNOR, SecondProvinceDemoData.HEAD,
            SecondProvinceDemoData.SECRETARY, SecondProvinceDemoData.STAFF);

    @Autowired ApiClient api;
    @Autowired SecondProvinceDemoData secondProvince;
    @Autowired RegisterBooks books;
    @Autowired OutgoingRegister register;
    @Autowired OrgDirectory org;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    @Test
    void booksAndLettersOfOneProvinceDoNotExistForTheOther() {
        secondProvince.ensureLoaded(org.today());
        OutgoingFixtures fx = new OutgoingFixtures(books, org, users);
        long bookA = fx.book("AG-12-HEAD", "ทส 9912");
        long bookB = bookOfB(fx);
        String token = "outprov" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "k");

        int lastB = api.get("/api/outgoing/books/" + bookB, SecondProvinceDemoData.SECRETARY).body().get("lastNumber").asInt();
        JsonNode inA = registerPaper("secretary", bookA, token);
        JsonNode inB = registerPaper(SecondProvinceDemoData.SECRETARY, bookB, token);
        assertThat(inB.get("number").asText()).isEqualTo("ปจ 0033.9/" + (lastB + 1));

        // books: listed and opened only in their own province; kept only there
        assertThat(ids(api.get("/api/outgoing/books", SecondProvinceDemoData.SECRETARY).body(), "id")).contains(bookB).doesNotContain(bookA);
        assertThat(ids(api.get("/api/outgoing/books", "secretary").body(), "id")).contains(bookA).doesNotContain(bookB);
        assertThat(api.get("/api/outgoing/books/" + bookA, SecondProvinceDemoData.SECRETARY).status()).isEqualTo(404);
        assertThat(api.post("/api/outgoing/books/" + bookA + "/running-start", SecondProvinceDemoData.SECRETARY,
                Map.of("lastNumber", 99_000)).status()).isEqualTo(404);
        assertThat(api.get("/api/outgoing/books/" + bookB, "secretary").status()).isEqualTo(404);
        assertThat(code(api.post("/api/outgoing/registered", SecondProvinceDemoData.SECRETARY, paper(bookA, token))))
                .isEqualTo("outgoing.error.no-book");
        assertThat(code(api.post("/api/outgoing/books", SecondProvinceDemoData.SECRETARY, Map.of("unitId",
                org.positionByCode("AG-14-HEAD").orElseThrow().unitId(), "ownerCode", "ปจ 0033.8", "nameTh", "ข้ามจังหวัด"))))
                .isEqualTo("outgoing.error.unit-unknown");

        assertHidden(inA.get("id").asLong(), B_USERS, token, fx);
        assertHidden(inB.get("id").asLong(), A_USERS, token, fx);
        // B's own secretariat sees B's letter (the checks above are not blind)
        assertThat(api.get("/api/outgoing/" + inB.get("id").asLong(), SecondProvinceDemoData.GOVERNOR).status()).isEqualTo(200);
        assertThat(ids(api.get("/api/search?q=" + token, SecondProvinceDemoData.SECRETARY).body(), "caseId"))
                .containsExactly(inB.get("id").asLong());
    }

    private void assertHidden(long id, List<String> users, String token, OutgoingFixtures fx) {
        LocalDate today = LocalDate.now(clock);
        for (String user : users) {
            assertThat(api.get("/api/outgoing/" + id, user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/outgoing/" + id + "/letter.pdf", user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/cases/LETTER_OUT/" + id + "/comments", user).status()).as(user).isEqualTo(404);
            assertThat(ids(api.get("/api/outgoing?limit=500", user).body(), "id")).as(user).doesNotContain(id);
            assertThat(ids(api.get("/api/search?q=" + token, user).body(), "caseId")).as(user).doesNotContain(id);
            assertThat(fx.as(user, () -> register.lines(null, today, today)).lines()).as(user)
                    .noneMatch(line -> line.letterId() == id);
        }
    }

    /** B's test book, in the health office's unit, opened by B's secretariat once. */
    private long bookOfB(OutgoingFixtures fx) {
        long unit = org.positionByCode("PRI-AG-HEALTH-HEAD").orElseThrow().unitId();
        for (JsonNode b : api.get("/api/outgoing/books", SecondProvinceDemoData.SECRETARY).body()) {
            if (b.get("unitId").asLong() == unit) {
                return b.get("id").asLong();
            }
        }
        ApiClient.Response r = api.post("/api/outgoing/books", SecondProvinceDemoData.SECRETARY,
                Map.of("unitId", unit, "ownerCode", "ปจ 0033.9", "nameTh", "ทะเบียนส่งทดสอบ ปจ 0033.9"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private JsonNode registerPaper(String clerk, long book, String token) {
        ApiClient.Response r = api.post("/api/outgoing/registered", clerk, paper(book, token));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body();
    }

    private static PaperLetter paper(long book, String token) {
        return new PaperLetter(OutgoingFixtures.letter(book, false, "แจ้งการรณรงค์ " + token), "นายทดสอบ ระบบ",
                "ผู้ว่าราชการจังหวัด", null);
    }

    private static String code(ApiClient.Response r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        return r.body().get("code").asText();
    }

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get(field).asLong()));
        return ids;
    }
}
