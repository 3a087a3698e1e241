package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.casework.lateness.EscalationLadder;
import th.tidtam.org.PositionRole;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * Clearance × case class × role over the API (issue 16), for directives and incoming letters: a classified case is seen
 * only through the positions on its route cleared for its class, plus the governor and the head of office; routing one
 * to an uncleared position is refused with the position and the class named, audited, and nothing changes.
 *
 * <p>The route's positions are this test's own (a unit whose head and three officers are cleared for SECRET; a unit
 * whose head is cleared for CONFIDENTIAL; one cleared for nothing). To see each clearance on the route, the route
 * positions' clearance is lowered by the administrator's service after routing and restored afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClearanceMatrixTest {

    private static final String PW = ":" + OrgFixtures.PASSWORD;
    private static final List<SecrecyClass> CLASSES = List.of(SecrecyClass.NONE, SecrecyClass.CONFIDENTIAL, SecrecyClass.SECRET);

    @Autowired
    ApiClient api;
    @Autowired
    DirectiveFixtures directives;
    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory org;
    @Autowired
    EscalationLadder ladder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private OrgFixtures f;
    /** the SECRET unit's head and one officer below it per clearance */
    private PositionSummary secretHead;
    private final Map<SecrecyClass, PositionSummary> officers = new EnumMap<>(SecrecyClass.class);
    private final Map<Long, String> logins = new HashMap<>();
    private UnitSummary secretUnit;
    private UnitSummary confidentialUnit;
    private PositionSummary confidentialHead;
    private UnitSummary vacantUnit;
    private PositionSummary letterHandler;
    /** a correspondence clerk (role SECRETARIAT) cleared for SECRET; the demo's secretariat is cleared for CONFIDENTIAL */
    private String registrar;

    @BeforeAll
    void organisation() {
        f = new OrgFixtures(admin);
        Long governor = org.positionWithRole(PositionRole.GOVERNOR).orElseThrow();
        secretUnit = f.unit("CLR-S");
        secretHead = position("CLR-S-HEAD", secretUnit.id(), governor, true, SecrecyClass.SECRET);
        for (SecrecyClass c : CLASSES) {
            officers.put(c, position("CLR-S-OFF-" + c, secretUnit.id(), secretHead.id(), false, c));
        }
        confidentialUnit = f.unit("CLR-C");
        confidentialHead = position("CLR-C-HEAD", confidentialUnit.id(), governor, true, SecrecyClass.CONFIDENTIAL);
        // a unit whose head's post (cleared for SECRET) is vacant: its work goes up to the CONFIDENTIAL head above it
        vacantUnit = f.unit("CLR-V");
        position("CLR-V-HEAD", vacantUnit.id(), confidentialHead.id(), true, SecrecyClass.SECRET);
        letterHandler = position("CLR-L", confidentialUnit.id(), confidentialHead.id(), false, SecrecyClass.SECRET);
        int n = 0;
        for (PositionSummary p : List.of(secretHead, officers.get(SecrecyClass.NONE), officers.get(SecrecyClass.CONFIDENTIAL),
                officers.get(SecrecyClass.SECRET), confidentialHead, letterHandler)) {
            PersonSummary person = f.person("clr" + (++n));
            f.hold(p.id(), person.id(), LocalDate.now(clock).minusDays(1));
            logins.put(p.id(), person.username() + PW);
        }
        PositionSummary desk = admin.createPosition(new PositionForm(f.code("CLR-REG"), "ตำแหน่งทดสอบ นายทะเบียนลับ",
                "Test position classified registrar", confidentialUnit.id(), confidentialHead.id(), false, PositionRole.SECRETARIAT,
                SecrecyClass.SECRET));
        PersonSummary clerk = f.person("clr.registrar");
        f.hold(desk.id(), clerk.id(), LocalDate.now(clock).minusDays(1));
        registrar = clerk.username() + PW;
    }

    private PositionSummary position(String name, Long unitId, Long reportsTo, boolean head, SecrecyClass clearance) {
        return admin.createPosition(new PositionForm(f.code(name), "ตำแหน่งทดสอบ " + name, "Test position " + name, unitId,
                reportsTo, head, PositionRole.STAFF, clearance));
    }

    private void clear(PositionSummary p, SecrecyClass clearance) {
        PositionSummary now = org.position(p.id()).orElseThrow();
        admin.updatePosition(p.id(), new PositionForm(now.code(), now.titleTh(), now.titleEn(), now.unitId(), now.reportsToId(),
                now.unitHead(), now.role(), clearance));
    }

    // ---------------------------------------------------------------------------------------------- directives

    /** Issued by the governor to the SECRET unit, screened, acknowledged by its head and handed to the SECRET officer. */
    private long directiveOnRoute(SecrecyClass secrecy) {
        long id = api.issueScreened(DirectiveFixtures.Draft.of("ชั้นความลับ " + secrecy + " " + UUID.randomUUID(), secretUnit.id())
                .secrecy(secrecy.name()));
        String head = logins.get(secretHead.id());
        String ack = api.taskOf(head, id, "acknowledgePart");
        ApiClient.Response delegated = api.post("/api/tasks/" + ack + "/complete", head,
                Map.of("delegateTo", officers.get(SecrecyClass.SECRET).id()));
        assertThat(delegated.status()).as(delegated.raw()).isEqualTo(204);
        return id;
    }

    private boolean seesDirective(String user, long id) {
        int status = api.get("/api/directives/" + id, user).status();
        assertThat(status).isIn(200, 404);
        boolean listed = api.get("/api/directives?limit=200", user).body().get("items").findValuesAsText("id")
                .contains(String.valueOf(id));
        assertThat(listed).as("%s: the list agrees with the single read of %s", user, id).isEqualTo(status == 200);
        return status == 200;
    }

    @Test
    void aDirectiveIsSeenOnItsRouteOnlyAsFarAsClearanceCoversItsClassAndAlwaysByTheGovernorAndTheHeadOfOffice() {
        PositionSummary worker = officers.get(SecrecyClass.SECRET);
        for (SecrecyClass secrecy : CLASSES) {
            long id = directiveOnRoute(secrecy);
            try {
                for (SecrecyClass clearance : CLASSES) {
                    clear(secretHead, clearance);
                    clear(worker, clearance);
                    boolean covered = clearance.covers(secrecy);
                    assertThat(seesDirective(logins.get(secretHead.id()), id))
                            .as("unit head cleared for %s, directive %s", clearance, secrecy).isEqualTo(covered);
                    assertThat(seesDirective(logins.get(worker.id()), id))
                            .as("staff (delegate) cleared for %s, directive %s", clearance, secrecy).isEqualTo(covered);
                }
                // the route cleared for nothing now: the governor and the head of office still see it
                assertThat(seesDirective("governor", id)).isTrue();
                assertThat(seesDirective("head", id)).isTrue();
            } finally {
                clear(secretHead, SecrecyClass.SECRET);
                clear(worker, SecrecyClass.SECRET);
            }
            boolean classified = secrecy.classified();
            // cleared for SECRET in the demo, but off the route: seniority and clearance alone show nothing classified
            assertThat(seesDirective("vicegovernor1", id)).as("vice governor, %s", secrecy).isFalse();
            if (classified) {
                assertThat(seesDirective("secretary", id)).as("secretariat off the route, %s", secrecy).isFalse();
                assertThat(seesDirective("admin", id)).as("administrator, %s", secrecy).isFalse();
                assertThat(seesDirective(logins.get(confidentialHead.id()), id)).as("another unit head").isFalse();
            }
        }
    }

    @Test
    void theSecretariatIssuesAClassifiedDirectiveOnlyWhenItsOwnPositionIsCleared() {
        PositionSummary desk = admin.createPosition(new PositionForm(f.code("CLR-SEC"), "ตำแหน่งทดสอบ สารบรรณลับ",
                "Test position secretariat", confidentialUnit.id(), confidentialHead.id(), false, PositionRole.SECRETARIAT,
                SecrecyClass.CONFIDENTIAL));
        PersonSummary person = f.person("clr.secretariat");
        f.hold(desk.id(), person.id(), LocalDate.now(clock).minusDays(1));
        String user = person.username() + PW;

        ApiClient.Response confidential = directives.post(user, directives.draft("ลับ ในนามผู้ว่า " + UUID.randomUUID(), secretUnit.id())
                .secrecy("CONFIDENTIAL"));
        assertThat(confidential.status()).as(confidential.raw()).isEqualTo(201);
        assertThat(seesDirective(user, confidential.body().get("id").asLong())).as("the issuer, cleared").isTrue();

        ApiClient.Response secret = directives.post(user, directives.draft("ลับมาก ในนามผู้ว่า", secretUnit.id()).secrecy("SECRET"));
        assertThat(secret.status()).isEqualTo(400);
        assertThat(secret.body().get("message_th").asText()).contains("สารบรรณลับ").contains("ลับมาก");
    }

    @Test
    void issuingASecretDirectiveToAUnitWhoseHeadIsNotClearedIsRefusedAuditedAndNothingIsSaved() {
        long directivesBefore = count("select count(*) from directive");
        long refusalsBefore = refusals("governor");

        ApiClient.Response refused = directives.post(directives.draft("ลับมาก ถึงหน่วยที่ไม่ได้รับสิทธิ์", confidentialUnit.id())
                .secrecy("SECRET"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("clearance.error.not-cleared");
        assertThat(refused.body().get("message_th").asText()).isEqualTo("ตำแหน่ง ตำแหน่งทดสอบ CLR-C-HEAD ไม่ได้รับสิทธิ์ชั้นความลับ"
                + " ลับมาก — เลือกตำแหน่งอื่นหรือติดต่อผู้ดูแลระบบ");
        assertThat(refused.body().get("message_en").asText()).isEqualTo("The position Test position CLR-C-HEAD is not cleared"
                + " for Secret (ลับมาก); choose another or ask the administrator");
        assertThat(count("select count(*) from directive")).as("nothing saved").isEqualTo(directivesBefore);
        assertThat(refusals("governor")).as("the refused attempt is on the audit trail").isEqualTo(refusalsBefore + 1);
        assertThat(jdbc.queryForObject("select details from audit_log where action = 'ACCESS_DENIED' and username = 'governor'"
                + " order by id desc limit 1", String.class)).contains(confidentialHead.code()).contains("\"act\":\"issue\"");

        // the same unit is fine for ลับ, for which its head is cleared
        assertThat(directives.post(directives.draft("ลับ ถึงหน่วยที่ได้รับสิทธิ์ " + UUID.randomUUID(), confidentialUnit.id())
                .secrecy("CONFIDENTIAL")).status()).isEqualTo(201);
    }

    @Test
    void theCheckIsOnThePositionThatReceivesTheWorkWhenTheHeadsPostIsVacant() {
        long before = count("select count(*) from directive");
        ApiClient.Response refused = directives.post(directives.draft("ลับมาก ถึงหน่วยที่หัวหน้าว่าง", vacantUnit.id()).secrecy("SECRET"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("message_en").asText()).as("the covering position is named")
                .contains("Test position CLR-C-HEAD");
        assertThat(count("select count(*) from directive")).isEqualTo(before);
    }

    @Test
    void aClassifiedPartIsNeitherOfferedNorDelegatedToAnUnclearedOfficer() {
        long id = api.issueScreened(DirectiveFixtures.Draft.of("ลับมาก มอบต่อ " + UUID.randomUUID(), secretUnit.id()).secrecy("SECRET"));
        String head = logins.get(secretHead.id());
        String ack = api.taskOf(head, id, "acknowledgePart");

        List<String> offered = api.get("/api/tasks/" + ack + "/delegates", head).body().findValuesAsText("code");
        assertThat(offered).contains(officers.get(SecrecyClass.SECRET).code())
                .doesNotContain(officers.get(SecrecyClass.NONE).code(), officers.get(SecrecyClass.CONFIDENTIAL).code());

        long refusalsBefore = refusals(login(head));
        ApiClient.Response refused = api.post("/api/tasks/" + ack + "/complete", head,
                Map.of("delegateTo", officers.get(SecrecyClass.CONFIDENTIAL).id()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("clearance.error.not-cleared");
        assertThat(api.taskOf(head, id, "acknowledgePart")).as("not even acknowledged: nothing changed").isEqualTo(ack);
        assertThat(refusals(login(head))).isEqualTo(refusalsBefore + 1);

        // acknowledged without handing on, the work's own delegation is refused the same way
        assertThat(api.post("/api/tasks/" + ack + "/complete", head, Map.of()).status()).isEqualTo(204);
        String work = api.taskOf(head, id, "reportOnPart");
        ApiClient.Response again = api.post("/api/tasks/" + work + "/delegate", head,
                Map.of("positionId", officers.get(SecrecyClass.NONE).id()));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("message_th").asText()).contains("CLR-S-OFF-NONE").contains("ลับมาก");
        assertThat(api.taskOf(head, id, "reportOnPart")).as("the work stays with the head").isEqualTo(work);
        JsonNode part = directives.detail(id).get("parts").get(0);
        assertThat(part.get("workerPositionId").asLong()).isEqualTo(secretHead.id());
        assertThat(seesDirective(logins.get(officers.get(SecrecyClass.NONE).id()), id)).isFalse();
    }

    @Test
    void lateClassifiedWorkClimbsOnlyToPositionsClearedForIt() {
        // the officer's superior is the CONFIDENTIAL head: a SECRET case skips that rung, an unclassified one does not
        Long governor = org.positionWithRole(PositionRole.GOVERNOR).orElseThrow();
        assertThat(ladder.rungs(letterHandler.id(), confidentialUnit.id(), SecrecyClass.NONE))
                .containsExactly(confidentialHead.id(), governor);
        assertThat(ladder.rungs(letterHandler.id(), confidentialUnit.id(), SecrecyClass.CONFIDENTIAL))
                .containsExactly(confidentialHead.id(), governor);
        assertThat(ladder.rungs(letterHandler.id(), confidentialUnit.id(), SecrecyClass.SECRET)).containsExactly(governor);
    }

    // ------------------------------------------------------------------------------------------ incoming letters

    private Map<String, Object> letter(SecrecyClass secrecy, Long handler) {
        Map<String, Object> body = new HashMap<>();
        body.put("senderNumber", "มท 0211.3/ว " + (1000 + Math.floorMod(UUID.randomUUID().hashCode(), 90000)));
        body.put("senderDate", LocalDate.now(clock).minusDays(3).toString());
        body.put("fromParty", "กระทรวงมหาดไทย");
        body.put("toParty", "ผู้ว่าราชการจังหวัดฉะเชิงเทรา");
        body.put("subject", "หนังสือชั้นความลับ " + secrecy);
        body.put("urgency", "NORMAL");
        body.put("secrecy", secrecy.name());
        body.put("handlerPositionId", handler);
        return body;
    }

    private boolean seesLetter(String user, long id) {
        int status = api.get("/api/letters/" + id, user).status();
        assertThat(status).isIn(200, 404);
        boolean listed = api.get("/api/letters?limit=500", user).body().get("letters").findValuesAsText("id")
                .contains(String.valueOf(id));
        assertThat(listed).as("%s: the register agrees with the single read of %s", user, id).isEqualTo(status == 200);
        return status == 200;
    }

    @Test
    void aLetterIsSeenByItsHandlerOnlyAsFarAsClearanceCoversItsClass() {
        String handler = logins.get(letterHandler.id());
        for (SecrecyClass secrecy : CLASSES) {
            ApiClient.Response registered = api.post("/api/letters", registrar, letter(secrecy, letterHandler.id()));
            assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
            long id = registered.body().get("id").asLong();
            try {
                for (SecrecyClass clearance : CLASSES) {
                    clear(letterHandler, clearance);
                    assertThat(seesLetter(handler, id)).as("handler cleared for %s, letter %s", clearance, secrecy)
                            .isEqualTo(clearance.covers(secrecy));
                }
            } finally {
                clear(letterHandler, SecrecyClass.SECRET);
            }
            assertThat(seesLetter("governor", id)).isTrue();
            assertThat(seesLetter("head", id)).isTrue();
            assertThat(seesLetter(registrar, id)).as("the registering clerk, cleared for SECRET").isTrue();
            boolean classified = secrecy.classified();
            assertThat(seesLetter("secretary", id)).as("the demo's secretariat: the open register only").isEqualTo(!classified);
            assertThat(seesLetter("vicegovernor1", id)).as("vice governor: the open register only").isEqualTo(!classified);
            assertThat(seesLetter("staff", id)).as("a clerk cleared for nothing: the open register only").isEqualTo(!classified);
            if (classified) {
                assertThat(seesLetter("admin", id)).isFalse();
                assertThat(seesLetter(logins.get(confidentialHead.id()), id)).as("the handler's superior, off the route").isFalse();
            }
        }
    }

    @Test
    void aSecretLetterIsNeitherRegisteredForNorHandedToAnUnclearedPosition() {
        long lettersBefore = count("select count(*) from letter_in");
        long refusalsBefore = refusals(login(registrar));
        ApiClient.Response refused = api.post("/api/letters", registrar, letter(SecrecyClass.SECRET, confidentialHead.id()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("message_en").asText()).contains("Test position CLR-C-HEAD").contains("Secret");
        assertThat(count("select count(*) from letter_in")).as("no letter, no number taken").isEqualTo(lettersBefore);
        assertThat(refusals(login(registrar))).isEqualTo(refusalsBefore + 1);

        ApiClient.Response byStaff = api.post("/api/letters", "staff", letter(SecrecyClass.CONFIDENTIAL, letterHandler.id()));
        assertThat(byStaff.status()).as("the registering clerk is on the route too").isEqualTo(400);
        assertThat(byStaff.body().get("code").asText()).isEqualTo("clearance.error.not-cleared");
        ApiClient.Response bySecretariat = api.post("/api/letters", "secretary", letter(SecrecyClass.SECRET, letterHandler.id()));
        assertThat(bySecretariat.body().get("message_th").asText()).as("the demo's secretariat is cleared for ลับ only")
                .contains("เจ้าหน้าที่เลขานุการผู้ว่าราชการจังหวัด").contains("ลับมาก");

        long id = api.post("/api/letters", registrar, letter(SecrecyClass.SECRET, letterHandler.id())).body().get("id").asLong();
        String handler = logins.get(letterHandler.id());
        ApiClient.Response handed = api.post("/api/letters/" + id + "/hand", handler,
                Map.of("positionId", confidentialHead.id(), "note", "โปรดดำเนินการ"));
        assertThat(handed.status()).isEqualTo(400);
        assertThat(handed.body().get("code").asText()).isEqualTo("clearance.error.not-cleared");
        assertThat(api.get("/api/letters/" + id, handler).body().at("/page/letter/handlerPositionId").asLong())
                .as("still with its handler").isEqualTo(letterHandler.id());
        assertThat(seesLetter(logins.get(confidentialHead.id()), id)).isFalse();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private long refusals(String username) {
        return count("select count(*) from audit_log where action = 'ACCESS_DENIED' and username = '" + username
                + "' and details like '%\"reason\":\"clearance\"%'");
    }

    private static String login(String user) {
        return user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    }
}
