package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.HostileInputFuzzTest.Target;
import th.tidtam.support.ApiClient;

/**
 * The letters module's state-changing handlers for the fuzzer: registering (by the correspondence section), the
 * register's start, and filing / handing on a letter of its own (handled by the head of office), so an accepted
 * variation of one never leaves another nothing to refuse.
 */
final class LettersFuzzTargets {

    private final ApiClient api;
    private final OrgDirectory org;

    LettersFuzzTargets(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    Map<String, Target> targets() {
        long head = position("HEAD-OF-OFFICE");
        long director = position("GRP-ADMIN-DIR");
        long filed = letter(head);
        long handed = letter(head);
        String day = LocalDate.now().minusDays(1).toString();
        int year = LocalDate.now().getYear();
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("POST /api/letters", new Target("staff", "/api/letters", """
                {"senderNumber":"มท 0211.3/ว 4321","senderDate":"%s","fromParty":"กระทรวงมหาดไทย","toParty":"ผู้ว่าราชการจังหวัด","subject":"ทดสอบข้อมูลร้าย","urgency":"URGENT","secrecy":"NONE","attachments":"สำเนา ๑ ชุด","remarks":"-","handlerPositionId":%d}"""
                .formatted(day, head)));
        // last year's register: an accepted variation moving it on never fills this year's register other tests use
        t.put("POST /api/letters/register/{year}/continue-after", new Target("staff",
                "/api/letters/register/" + (year - 1) + "/continue-after", "{\"lastNumber\":10}"));
        t.put("POST /api/letters/{id}/file", new Target("head", "/api/letters/" + filed + "/file",
                "{\"action\":\"แจ้งผู้เกี่ยวข้องแล้ว\"}"));
        t.put("POST /api/letters/{id}/hand", new Target("head", "/api/letters/" + handed + "/hand",
                "{\"positionId\":%d,\"note\":\"ดำเนินการ\"}".formatted(director)));
        return t;
    }

    private long letter(long handler) {
        ApiClient.Response r = api.post("/api/letters", "staff", Map.of("senderNumber",
                "ฉช 0017.2/" + (10000 + Math.floorMod(UUID.randomUUID().hashCode(), 80000)), "senderDate",
                LocalDate.now().minusDays(1).toString(), "fromParty", "สำนักงานจังหวัด", "toParty", "หัวหน้าสำนักงานจังหวัด",
                "subject", "หนังสือสำหรับทดสอบข้อมูลร้าย", "handlerPositionId", handler));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private long position(String code) {
        return org.positionByCode(code).orElseThrow().id();
    }
}
