package th.tidtam.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.meeting.service.MeetingNumbers;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * Meetings of two provinces side by side: a body's code and its meetings' numbers are per province (the same code in
 * both counts separately, a count continued in one leaves the other's alone), a body's chair and members are of its
 * province, and nobody of the other province reaches a body or meeting by id or in a list (404).
 */
@IntegrationTest
class MeetingAcrossProvincesTest {

    private static final List<String> B_USERS = List.of(SecondProvinceDemoData.GOVERNOR, SecondProvinceDemoData.HEAD,
            SecondProvinceDemoData.SECRETARY, SecondProvinceDemoData.STAFF);

    @Autowired ApiClient api;
    @Autowired SecondProvinceDemoData second;
    @Autowired WorkingCalendar calendar;
    @Autowired OrgDirectory org;
    @Autowired MeetingNumbers numbers;
    @Autowired UserDetailsService users;

    @BeforeEach
    void secondProvince() {
        second.ensureLoaded(calendar.today());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long position(String code) {
        return org.positionByCode(code).orElseThrow().id();
    }

    private ApiClient.Response body(String user, String code, String chairCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("nameTh", "คณะทำงานทดสอบ " + code);
        body.put("nameEn", "Test working group " + code);
        body.put("kind", "COMMITTEE");
        body.put("chairPositionId", position(chairCode));
        return api.post("/api/meetings/bodies", user, body);
    }

    private long created(ApiClient.Response r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private JsonNode schedule(String user, long bodyId, LocalDateTime at) {
        ApiClient.Response r = api.post("/api/meetings", user, Map.of("bodyId", bodyId, "startsAt", at.toString()));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body();
    }

    private static int seq(JsonNode meeting) {
        return Integer.parseInt(meeting.get("number").asText().split("/")[0]);
    }

    private List<Long> ids(ApiClient.Response r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body().findValues("id").stream().map(JsonNode::asLong).toList();
    }

    @Test
    void theSameBodyCodeCountsItsMeetingsSeparatelyInEachProvinceAndNeitherSeesTheOther() {
        String code = "X-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long inA = created(body("secretary", code, "GOVERNOR"));
        long inB = created(body(SecondProvinceDemoData.SECRETARY, code, "PRI-GOVERNOR"));
        LocalDate day = calendar.addWorkingDays(calendar.today(), 20);

        JsonNode a1 = schedule("secretary", inA, LocalDateTime.of(day, LocalTime.of(9, 0)));
        JsonNode b1 = schedule(SecondProvinceDemoData.SECRETARY, inB, LocalDateTime.of(day, LocalTime.of(9, 0)));
        JsonNode a2 = schedule("secretary", inA, LocalDateTime.of(day, LocalTime.of(13, 0)));
        assertThat(seq(a1)).isEqualTo(1);
        assertThat(seq(b1)).isEqualTo(1);
        assertThat(seq(a2)).isEqualTo(2);

        // B's secretariat continues its body's count after 9; A's body of the same code goes on from its own
        signIn(SecondProvinceDemoData.SECRETARY);
        numbers.continueAfter(inB, day.getYear(), 9);
        SecurityContextHolder.clearContext();
        assertThat(seq(schedule(SecondProvinceDemoData.SECRETARY, inB, LocalDateTime.of(day, LocalTime.of(15, 0))))).isEqualTo(10);
        assertThat(seq(schedule("secretary", inA, LocalDateTime.of(day, LocalTime.of(16, 0))))).isEqualTo(3);

        long a = a1.get("id").asLong();
        long b = b1.get("id").asLong();
        for (String user : B_USERS) {
            assertThat(api.get("/api/meetings/" + a, user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/meetings/bodies/" + inA, user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/meetings/" + a + "/items", user).status()).as(user).isEqualTo(404);
            assertThat(ids(api.get("/api/meetings", user))).as(user).doesNotContain(a, a2.get("id").asLong());
            assertThat(ids(api.get("/api/meetings/bodies", user))).as(user).doesNotContain(inA);
        }
        assertThat(ids(api.get("/api/meetings", SecondProvinceDemoData.GOVERNOR))).contains(b);
        // B's secretariat may not run A's body or meeting: they do not exist for it
        assertThat(api.get("/api/meetings/bodies/" + inA + "/meetings", SecondProvinceDemoData.SECRETARY).status()).isEqualTo(404);
        assertThat(api.post("/api/meetings/bodies/" + inA + "/members", SecondProvinceDemoData.SECRETARY,
                Map.of("positionId", position("PRI-AG-HEALTH-HEAD"), "role", "MEMBER")).status()).isEqualTo(404);
        assertThat(api.post("/api/meetings/" + a + "/cancel", SecondProvinceDemoData.SECRETARY, Map.of("reason", "ทดสอบ"))
                .status()).isEqualTo(404);
        assertThat(api.get("/api/meetings/" + a, "secretary").body().get("status").asText()).isEqualTo("SCHEDULED");

        for (String user : List.of("governor", "head", "secretary", "staff")) {
            assertThat(api.get("/api/meetings/" + b, user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/meetings/bodies/" + inB, user).status()).as(user).isEqualTo(404);
            assertThat(ids(api.get("/api/meetings", user))).as(user).doesNotContain(b);
        }
    }

    @Test
    void aBodysChairAndMembersArePositionsOfItsOwnProvince() {
        String code = "Y-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ApiClient.Response otherChair = body(SecondProvinceDemoData.SECRETARY, code, "GOVERNOR");
        assertThat(otherChair.status()).isEqualTo(400);
        assertThat(otherChair.body().get("code").asText()).isEqualTo("meeting.error.position-not-found");
        long inB = created(body(SecondProvinceDemoData.SECRETARY, code, "PRI-GOVERNOR"));
        ApiClient.Response otherMember = api.post("/api/meetings/bodies/" + inB + "/members", SecondProvinceDemoData.SECRETARY,
                Map.of("positionId", position("AG-12-HEAD"), "role", "MEMBER"));
        assertThat(otherMember.status()).isEqualTo(400);
        assertThat(otherMember.body().get("code").asText()).isEqualTo("meeting.error.position-not-found");
        ApiClient.Response member = api.post("/api/meetings/bodies/" + inB + "/members", SecondProvinceDemoData.SECRETARY,
                Map.of("positionId", position("PRI-AG-HEALTH-HEAD"), "role", "MEMBER"));
        assertThat(member.status()).as(member.raw()).isEqualTo(200);
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
