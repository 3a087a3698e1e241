package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.HostileInputFuzzTest.Target;
import th.tidtam.support.ApiClient;

/**
 * The outgoing module's state-changing handlers for the fuzzer: books of agencies the demo gives none (so accepted
 * variations never touch the provincial office's register), drafts of the public health office in its own book, one
 * per draft action.
 */
final class OutgoingFuzzTargets {

    private static final String LETTER = """
            {"bookId":%d,"circular":false,"ownerAddress":"สำนักงานสาธารณสุขจังหวัด","subject":"เรื่องทดสอบ %s","salutation":"นายอำเภอ",\
            "body":"ข้อความ","closing":"ขอแสดงความนับถือ","recipients":"นายอำเภอทุกอำเภอ","urgency":"NORMAL","secrecy":"NONE"}""";

    private final ApiClient api;
    private final OrgDirectory org;

    OutgoingFuzzTargets(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    Map<String, Target> targets() {
        long book = book("AG-12-HEAD", "ทส 9912");
        long other = book("AG-21-HEAD", "ทส 9921");
        long edit = draft(book);
        long withdraw = draft(book);
        String letter = LETTER.formatted(book, UUID.randomUUID().toString().substring(0, 6));
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("POST /api/outgoing/books", new Target("secretary", "/api/outgoing/books",
                "{\"unitId\":%d,\"ownerCode\":\"ทส 9922\",\"nameTh\":\"ทะเบียนส่ง\",\"nameEn\":\"Book\",\"active\":true}"
                        .formatted(org.positionByCode("AG-22-HEAD").orElseThrow().unitId())));
        t.put("PUT /api/outgoing/books/{id}", new Target("secretary", "/api/outgoing/books/" + other,
                "{\"ownerCode\":\"ทส 9921\",\"nameTh\":\"ทะเบียนส่งทดสอบ\",\"nameEn\":\"Test\",\"active\":true}"));
        t.put("POST /api/outgoing/books/{id}/running-start", new Target("secretary", "/api/outgoing/books/" + other + "/running-start",
                "{\"circular\":false,\"year\":%d,\"lastNumber\":1}".formatted(LocalDate.now().getYear())));
        t.put("POST /api/outgoing", new Target("agency.health", "/api/outgoing", letter));
        t.put("POST /api/outgoing/registered", new Target("staff", "/api/outgoing/registered",
                "{\"letter\":" + letter + ",\"signerName\":\"นายทดสอบ ใจดี\",\"signerLines\":\"ผู้ว่าราชการจังหวัดฉะเชิงเทรา\"}"));
        t.put("PUT /api/outgoing/{id}", new Target("agency.health", "/api/outgoing/" + edit, letter));
        t.put("POST /api/outgoing/{id}/withdraw", new Target("agency.health", "/api/outgoing/" + withdraw + "/withdraw", null));
        return t;
    }

    private long book(String agencyHead, String code) {
        long unit = org.positionByCode(agencyHead).orElseThrow().unitId();
        for (JsonNode b : api.get("/api/outgoing/books", "secretary").body()) {
            if (b.get("unitId").asLong() == unit) {
                return b.get("id").asLong();
            }
        }
        ApiClient.Response r = api.post("/api/outgoing/books", "secretary", Map.of("unitId", unit, "ownerCode", code,
                "nameTh", "ทะเบียนส่งทดสอบ " + code, "nameEn", "Test book " + code));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private long draft(long book) {
        ApiClient.Response r = api.post("/api/outgoing", "agency.health", LETTER.formatted(book, UUID.randomUUID()));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }
}
