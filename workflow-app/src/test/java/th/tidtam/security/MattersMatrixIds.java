package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.DayOfWeek;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The matters module's placeholders for the authorisation matrix (its block in authorisation-matrix.txt, issue 14). */
final class MattersMatrixIds {

    private MattersMatrixIds() {
    }

    /**
     * {matter}: registered by the head of office and kept in the General Administration Group (director.admin holds
     * it); {part}: that group's part, being worked.
     */
    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
        long matter = keptMatter(api, org, "GRP-ADMIN", "ตรวจสอบ");
        ids.put("matter", String.valueOf(matter));
        ids.put("part", api.get("/api/matters/" + matter, "head").body().get("parts").get(0).get("id").asText());
    }

    /** A matter the head of office registers and keeps in an office group; returns its id. */
    static long keptMatter(ApiClient api, OrgDirectory org, String groupCode, String subject) {
        ApiClient.Response created = api.post("/api/matters", "head", Map.of("subject", subject + " " + System.nanoTime(),
                "description", "เรื่องที่ไม่มีหน่วยงานรับผิดชอบโดยตรง", "source", "OTHER"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        String task = null;
        for (JsonNode t : api.get("/api/tasks?limit=500", "head").body()) {
            if (t.path("matterId").asLong() == id && "triageMatter".equals(t.get("taskDefinitionKey").asText())) {
                task = t.get("taskId").asText();
            }
        }
        long group = org.positionByCode(groupCode + "-DIR").orElseThrow().unitId();
        LocalDate due = weekday(LocalDate.now().plusDays(40));
        ApiClient.Response kept = api.post("/api/tasks/" + task + "/complete", "head",
                Map.of("outcome", "KEEP", "unitId", group, "dueDate", due.toString()));
        assertThat(kept.status()).as(kept.raw()).isEqualTo(204);
        return id;
    }

    /** The day, or the Monday after it when it falls on a weekend. */
    static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
