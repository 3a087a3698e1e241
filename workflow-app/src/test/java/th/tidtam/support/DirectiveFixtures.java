package th.tidtam.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.service.OrgDirectory;

/**
 * Directives issued over the JSON API as the governor would, beside {@link OrgFixtures}. A {@link Draft} starts
 * from what most tests need (NORMAL urgency, no supporting unit, due in ten working days) and a test says only what
 * it changes. Every call makes a new directive: the test database is shared, never change the demo data. Autowire
 * it in an {@link IntegrationTest}.
 */
public final class DirectiveFixtures {

    private final ApiClient api;
    private final OrgDirectory org;

    public DirectiveFixtures(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    /** The unit of a demo position, e.g. {@code "AG-12-HEAD"} (the provincial public health office). */
    public long unitOf(String positionCode) {
        return org.positionByCode(positionCode).orElseThrow().unitId();
    }

    /** A draft led by the unit of the demo position with this code. */
    public Draft draft(String subject, String leadPositionCode) {
        return Draft.of(subject, unitOf(leadPositionCode));
    }

    public Draft draft(String subject, long leadUnitId) {
        return Draft.of(subject, leadUnitId);
    }

    /** Posts the draft as the governor and answers what came back, refused or not. */
    public ApiClient.Response post(Draft draft) {
        return post("governor", draft);
    }

    public ApiClient.Response post(String user, Draft draft) {
        return api.post("/api/directives", user, draft.body());
    }

    /** The governor issues the draft; fails the test unless it is created. The directive waits at screening. */
    public long issue(Draft draft) {
        ApiClient.Response issued = post(draft);
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        return issued.body().get("id").asLong();
    }

    /** The governor issues the draft and the head of office confirms it, so its parts wait to be acknowledged. */
    public long issueScreened(Draft draft) {
        return api.issueScreened(draft);
    }

    /** The directive's detail as the governor sees it. */
    public JsonNode detail(long directiveId) {
        return api.get("/api/directives/" + directiveId, "governor").body();
    }

    /** The body of a directive to issue; every method changes one field and answers the draft. */
    public static final class Draft {

        private final Map<String, Object> body = new LinkedHashMap<>();

        private Draft() {
        }

        /** NORMAL urgency, the lead unit alone, due in ten working days, a text that repeats the subject. */
        public static Draft of(String subject, long leadUnitId) {
            return new Draft().with("subject", subject).text("ให้ดำเนินการและรายงานผล: " + subject)
                    .urgency("NORMAL").with("leadUnitId", leadUnitId).supporting(List.of()).dueInWorkingDays(10);
        }

        public Draft text(String text) {
            return with("text", text);
        }

        public Draft urgency(String urgency) {
            return with("urgency", urgency);
        }

        public Draft secrecy(String secrecy) {
            return with("secrecy", secrecy);
        }

        public Draft supporting(List<Long> unitIds) {
            return with("supportingUnitIds", unitIds);
        }

        public Draft dueInWorkingDays(int days) {
            body.remove("dueDate");
            return with("dueInWorkingDays", days);
        }

        /** Due on a day rather than in working days. */
        public Draft dueOn(LocalDate day) {
            body.remove("dueInWorkingDays");
            return with("dueDate", day.toString());
        }

        public Draft cadence(String cadence) {
            return with("cadence", cadence);
        }

        /** From an item of a meeting's agenda. */
        public Draft meeting(String meetingNumber, String agendaItem) {
            return with("source", Map.of("kind", "MEETING", "meetingNumber", meetingNumber, "agendaItem", agendaItem));
        }

        public Draft supersedes(long directiveId) {
            return with("supersedesId", directiveId);
        }

        /** Any field as the API names it. */
        public Draft with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        /** Leaves a field out, to see the API refuse it. */
        public Draft without(String field) {
            body.remove(field);
            return this;
        }

        /** A copy of the JSON body. */
        public Map<String, Object> body() {
            return new LinkedHashMap<>(body);
        }
    }
}
