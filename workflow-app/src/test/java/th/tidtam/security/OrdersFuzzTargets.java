package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.HostileInputFuzzTest.Target;
import th.tidtam.support.ApiClient;

/**
 * The orders module's state-changing handlers for the fuzzer: acting orders drafted for the HR director's post a
 * year ahead (drafts change no chain of command; the demo's acting period there ends long before), and a committee
 * draft to change and to (fail to) cancel — a draft cannot be cancelled, so every cancel variation is a refusal.
 */
final class OrdersFuzzTargets {

    private final ApiClient api;
    private final OrgDirectory org;

    OrdersFuzzTargets(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    Map<String, Target> targets() {
        ApiClient.Response created = api.post("/api/orders", "head", OrdersMatrixIds.committee(org, "FZ"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long order = created.body().get("id").asLong();
        String code = created.body().get("bodyCode").asText();
        long post = org.positionByCode("GRP-HR-DIR").orElseThrow().id();
        long person = org.person("director.strategy").orElseThrow().id();
        long governor = org.positionByCode("GOVERNOR").orElseThrow().id();
        long member = org.positionByCode("AG-01-HEAD").orElseThrow().id();
        String from = LocalDate.now().plusDays(365).toString();
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("POST /api/orders", new Target("head", "/api/orders", """
                {"kind":"ACTING","subject":"ให้รักษาราชการแทน","reasons":"อาศัยอำนาจตามมาตรา ๕๗","orderedText":"ให้ปฏิบัติหน้าที่","effectiveFrom":"%s","effectiveTo":null,"positionId":%d,"personId":%d}"""
                .formatted(from, post, person)));
        t.put("PUT /api/orders/{id}", new Target("head", "/api/orders/" + order, """
                {"kind":"COMMITTEE","subject":"แต่งตั้งคณะกรรมการ","reasons":"เหตุผล","effectiveFrom":"%s","bodyCode":"%s","bodyNameTh":"คณะกรรมการ","bodyNameEn":"Committee","chairPositionId":%d,"members":[{"positionId":%d,"role":"MEMBER","reportsEveryMeeting":false}]}"""
                .formatted(from, code, governor, member)));
        t.put("POST /api/orders/{id}/cancel", new Target("head", "/api/orders/" + order + "/cancel", "{\"reason\":\"ยกเลิก\"}"));
        return t;
    }
}
