package th.tidtam.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.partners.service.PartnerDetails;
import th.tidtam.partners.service.PartnerForm;
import th.tidtam.partners.service.PartnerRegister;
import th.tidtam.partners.service.Partners;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.Race;

/**
 * The partners register as the secretariat keeps it and everyone reads it: over the API and through the service, bad
 * input refused with a Thai and an English message and nothing changed, two editors at once, deactivation instead
 * of deletion.
 */
@IntegrationTest
class PartnersRegisterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = Long.toString(System.nanoTime() % 100_000);

    @Autowired ApiClient api;
    @Autowired Partners partners;
    @Autowired PartnerRegister register;
    @Autowired OrgDirectory org;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Value("${local.server.port}") int port;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static PartnerForm municipality(String name) {
        return new PartnerForm(PartnerKind.LOCAL_GOVERNMENT, LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY, name,
                "Test Municipality " + name.hashCode(), "นายสมชาย ใจดี", "ปลัดเทศบาล", "saraban@example.go.th",
                "038-511-005", "ถนนสุขุมวิท", null);
    }

    private ApiClient.Response put(String path, String user, Object body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((th.tidtam.support.TestLogins.credentials(user, "demo")).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new ApiClient.Response(r.statusCode(), r.body().isBlank() ? null : JSON.readTree(r.body()), r.body());
    }

    private long partnerRows() {
        return jdbc.queryForObject("select count(*) from partner", Long.class);
    }

    @Test
    void theSecretariatAddsAndChangesAPartnerEveryoneReadsItAndOthersMayNotChangeIt() throws Exception {
        // a district of the secretariat's own province (a second province may be loaded by other tests)
        Long province = org.positionsFilled(org.person("secretary").orElseThrow().id()).get(0).provinceId();
        long district = org.allUnits(province).stream().filter(u -> u.kind() == UnitKind.DISTRICT).findFirst().orElseThrow().id();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", "PRIVATE_COMPANY", "nameTh",
                "บริษัท ทดสอบ " + RUN + " จำกัด 🏭", "contactName", "นางสาวมาลี ศรีสุข", "email", "contact@Example.COM",
                "phone", "๐๘๑-๒๓๔-๕๖๗๘", "districtUnitId", district));
        ApiClient.Response created = api.post("/api/partners", "secretary", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("phone").asText()).isEqualTo("081-234-5678");
        assertThat(created.body().get("email").asText()).isEqualTo("contact@example.com");

        ApiClient.Response found = api.get("/api/partners?q=%E0%B8%97%E0%B8%94%E0%B8%AA%E0%B8%AD%E0%B8%9A%20" + RUN, "staff");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("total").asInt()).isEqualTo(1);
        assertThat(found.body().get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(partners.find(id)).get().extracting(s -> s.name(false)).isEqualTo("บริษัท ทดสอบ " + RUN + " จำกัด 🏭");
        assertThat(partners.byIds(List.of(id, -1L))).singleElement().extracting(s -> s.id()).isEqualTo(id);

        long rows = partnerRows();
        assertThat(api.post("/api/partners", "staff", body).status()).isEqualTo(403);
        assertThat(put("/api/partners/" + id, "staff", Map.of("version", 0, "kind", "OTHER", "nameTh", "x", "phone", "1129"))
                .status()).isEqualTo(403);
        assertThat(api.post("/api/partners/" + id + "/deactivate", "head", Map.of("version", 0)).status()).isEqualTo(403);
        assertThat(partnerRows()).isEqualTo(rows);

        body.put("version", created.body().get("version").asLong());
        body.put("nameEn", "Test Company " + RUN);
        ApiClient.Response changed = put("/api/partners/" + id, "admin", body);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.body().get("nameEn").asText()).isEqualTo("Test Company " + RUN);
        // a change made on the version before is refused, not written over the newer one
        ApiClient.Response stale = put("/api/partners/" + id, "admin", body);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("/api/partners/" + id, "staff").body().get("nameEn").asText()).isEqualTo("Test Company " + RUN);
        assertThat(api.get("/api/partners/999999999", "staff").status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedInThaiAndEnglishAndNothingChanges() {
        // created in the secretariat's province (the installation's administrator works in none)
        signIn("secretary");
        register.create(municipality("เทศบาลตำบลทดสอบ " + RUN));
        long rows = partnerRows();
        Map<String, PartnerForm> bad = new java.util.LinkedHashMap<>();
        PartnerForm ok = municipality("เทศบาลตำบลอื่น " + RUN);
        bad.put("partners.error.kind-required", new PartnerForm(null, null, "ก", null, null, null, null, "1129", null, null));
        bad.put("partners.error.local-kind-required", new PartnerForm(PartnerKind.LOCAL_GOVERNMENT, null, "ก", null, null, null, null, "1129", null, null));
        bad.put("partners.error.local-kind-only-local", new PartnerForm(PartnerKind.UNIVERSITY, LocalGovernmentKind.SAO, "ก", null, null, null, null, "1129", null, null));
        bad.put("error.field-required", new PartnerForm(PartnerKind.OTHER, null, "   ", null, null, null, null, "1129", null, null));
        bad.put("error.field-too-long", new PartnerForm(PartnerKind.OTHER, null, "ก".repeat(256), null, null, null, null, "1129", null, null));
        bad.put("error.field-control-characters", new PartnerForm(PartnerKind.OTHER, null, "ก\u0007", null, null, null, null, "1129", null, null));
        bad.put("partners.error.email-format", new PartnerForm(PartnerKind.OTHER, null, "ก", null, null, null, "not-an-address", null, null, null));
        bad.put("partners.error.phone-format", new PartnerForm(PartnerKind.OTHER, null, "ก", null, null, null, null, "12-34", null, null));
        bad.put("partners.error.contact-required", new PartnerForm(PartnerKind.OTHER, null, "ก", null, "นาย ก", null, null, null, null, null));
        bad.put("partners.error.district-unknown", new PartnerForm(ok.kind(), ok.localKind(), ok.nameTh(), null, null, null, null, "1129", null,
                org.allUnits().stream().filter(u -> u.kind() != UnitKind.DISTRICT).findFirst().orElseThrow().id()));
        // the same name with other spaces, letter case and Thai digits is the same partner
        bad.put("partners.error.name-taken", municipality("  เทศบาลตำบลทดสอบ   " + th.tidtam.base.time.ThaiDigits.toThai(RUN)));
        bad.forEach((key, form) -> {
            RuleViolation refused = catchThrowableOfType(RuleViolation.class, () -> register.create(form));
            assertThat(refused).as(key).isNotNull();
            assertThat(refused.messageKey()).isEqualTo(key);
        });
        assertThat(partnerRows()).isEqualTo(rows);

        ApiClient.Response refused = api.post("/api/partners", "secretary", Map.of("kind", "OTHER", "nameTh", "ก", "phone", "12-34"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("message_th").asText()).contains("หมายเลขโทรศัพท์ไม่ถูกต้อง");
        assertThat(refused.body().get("message_en").asText()).contains("phone number is not valid");
        assertThat(api.post("/api/partners", "secretary", "{\"kind\":\"SPACESHIP\",\"nameTh\":\"ก\"}").status()).isEqualTo(400);
        assertThat(api.get("/api/partners?kind=SPACESHIP", "staff").status()).isEqualTo(400);
        assertThat(partnerRows()).isEqualTo(rows);
    }

    @Test
    void twoEditorsSavingTheSameVersionAtOnceOneWinsAndTheOtherIsToldToReload() throws Exception {
        signIn("secretary");
        PartnerDetails p = register.create(municipality("เทศบาลตำบลแข่งกัน " + RUN));
        List<Integer> statuses = Race.atOnce(
                () -> put("/api/partners/" + p.id(), "admin", change(p, "ปลัด ก")).status(),
                () -> put("/api/partners/" + p.id(), "secretary", change(p, "ปลัด ข")).status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(partners.details(p.id()).orElseThrow().version()).isEqualTo(p.version() + 1);
    }

    private static Map<String, Object> change(PartnerDetails p, String contactTitle) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("version", p.version());
        m.put("kind", p.kind().name());
        m.put("localKind", p.localKind().name());
        m.put("nameTh", p.nameTh());
        m.put("contactTitle", contactTitle);
        m.put("email", p.email());
        return m;
    }

    @Test
    void aDeactivatedPartnerLeavesTheActiveListAndFreesItsNameButComesBackOnlyWhileItIsFree() {
        signIn("secretary");
        String name = "มูลนิธิทดสอบ " + RUN;
        PartnerDetails old = register.create(new PartnerForm(PartnerKind.FOUNDATION, null, name, null, null, null, null, "1129", null, null));
        PartnerDetails off = register.deactivate(old.id(), old.version());
        assertThat(off.active()).isFalse();
        assertThat(partners.search(name, null, true, 0, 10)).isEmpty();
        assertThat(partners.search(name, null, false, 0, 10)).extracting(s -> s.id()).containsExactly(old.id());

        PartnerDetails successor = register.create(new PartnerForm(PartnerKind.FOUNDATION, null, name, null, null, null, null, "1129", null, null));
        assertThatThrownBy(() -> register.activate(off.id(), off.version())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("partners.error.name-taken");
        register.deactivate(successor.id(), successor.version());
        assertThat(register.activate(off.id(), off.version()).active()).isTrue();

        signIn("staff");
        assertThatThrownBy(() -> register.deactivate(off.id(), off.version() + 1)).isInstanceOf(AccessDeniedException.class);
    }
}
