package th.tidtam.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.orders.service.OrderSigning;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * Provincial orders are a province's own (issue 18): a signed order is public in its province and "not found" in
 * another (by id, PDF, timeline, discussion, list, search, cancel), each province numbers its orders in its own series,
 * and an order cannot name another province's position.
 */
@IntegrationTest
class OrdersAcrossProvincesTest {

    private static final NumberSeries.Series SERIES = new NumberSeries.Series("PROVINCIAL_ORDER", NumberSeries.Restart.BUDDHIST_YEAR);
    private static final List<String> A_USERS = List.of("governor", "head", "secretary", "staff");
    private static final List<String> B_USERS = List.of(SecondProvinceDemoData.GOVERNOR, SecondProvinceDemoData.HEAD,
            SecondProvinceDemoData.SECRETARY, SecondProvinceDemoData.STAFF);

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired ApiClient api;
    @Autowired SecondProvinceDemoData secondProvince;
    @Autowired Provinces provinces;
    @Autowired NumberSeries numbers;
    @Autowired OrgDirectory org;
    @Autowired OrgAdministration orgAdmin;
    @Autowired OrderSigning signing;
    @Autowired UserDetailsService users;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachProvinceNumbersItsOwnOrdersAndNeitherSeesTheOthers() throws Exception {
        ProvinceSummary b = secondProvince.ensureLoaded(org.today());
        ProvinceSummary a = provinces.byCode("TH-24").orElseThrow();
        OrgFixtures fx = new OrgFixtures(orgAdmin);
        String token = "orderprov" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "w");
        int period = SERIES.periodOf(org.today());

        JsonNode inA = draft("head", vacantPost(fx, "XA", "GRP-ADMIN-DIR"), fx.person("xa"), token);
        JsonNode inB = draft(SecondProvinceDemoData.HEAD, vacantPost(fx, "XB", "PRI-GRP-ADMIN-DIR"), fx.person("xb"), token);
        int lastA = numbers.last(a.id(), SERIES, period);
        int lastB = numbers.last(b.id(), SERIES, period);
        String numberA = sign("head", inA.get("id").asLong(), "governor", "GOVERNOR").number();
        String numberB = sign(SecondProvinceDemoData.HEAD, inB.get("id").asLong(), SecondProvinceDemoData.GOVERNOR, "PRI-GOVERNOR").number();
        assertThat(numberA).isEqualTo((lastA + 1) + "/" + period);
        assertThat(numberB).as("B's series starts afresh, A's continues").isEqualTo((lastB + 1) + "/" + period);

        assertHidden(inA.get("id").asLong(), B_USERS, token);
        assertHidden(inB.get("id").asLong(), A_USERS, token);
        // a signed order is public in its own province (the checks above are not blind)
        assertThat(api.get("/api/orders/" + inB.get("id").asLong(), SecondProvinceDemoData.STAFF).status()).isEqualTo(200);
        assertThat(ids(api.get("/api/search?q=" + token, SecondProvinceDemoData.STAFF).body(), "caseId"))
                .containsExactly(inB.get("id").asLong());
        // each province's order is named after its province, in search as in the citation its assignment keeps
        assertThat(api.get("/api/search?q=" + token, SecondProvinceDemoData.STAFF).body().findValuesAsText("party"))
                .containsExactly("คำสั่งจังหวัดปราจีนบุรี");
        assertThat(api.get("/api/search?q=" + token, "staff").body().findValuesAsText("party"))
                .containsExactly("คำสั่งจังหวัดฉะเชิงเทรา");
        // and so is its document: the heading of B's signed order is B's
        String textOfB = th.tidtam.support.PdfText.skeleton(th.tidtam.support.PdfText.text(
                pdf("/api/orders/" + inB.get("id").asLong() + "/order.pdf", SecondProvinceDemoData.STAFF)));
        assertThat(textOfB).contains(th.tidtam.support.PdfText.skeleton("คำสั่งจังหวัดปราจีนบุรี"))
                .doesNotContain(th.tidtam.support.PdfText.skeleton("ฉะเชิงเทรา"));

        // nobody cancels another province's order, nor names another province's position
        assertThat(api.post("/api/orders/" + inA.get("id").asLong() + "/cancel", SecondProvinceDemoData.HEAD,
                Map.of("reason", "ข้ามจังหวัด")).status()).isEqualTo(404);
        ApiClient.Response refused = api.post("/api/orders", SecondProvinceDemoData.HEAD,
                acting(org.positionByCode("GRP-ADMIN-OFFICER-1").orElseThrow(), fx.person("xc"), token));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("orders.error.position-not-found");
    }

    private byte[] pdf(String path, String user) throws Exception {
        java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString(th.tidtam.support.TestLogins.credentials(user, "demo")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private void assertHidden(long id, List<String> users, String token) {
        for (String user : users) {
            assertThat(api.get("/api/orders/" + id, user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/orders/" + id + "/order.pdf", user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/orders/" + id + "/timeline", user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/cases/ORDER/" + id + "/comments", user).status()).as(user).isEqualTo(404);
            assertThat(ids(api.get("/api/orders", user).body(), "id")).as(user).doesNotContain(id);
            assertThat(ids(api.get("/api/search?q=" + token, user).body(), "caseId")).as(user).doesNotContain(id);
        }
    }

    /** A fresh vacant post in a new unit under the given position's unit (so in that position's province). */
    private PositionSummary vacantPost(OrgFixtures fx, String name, String besideCode) {
        return fx.position(name, fx.unit(name, org.positionByCode(besideCode).orElseThrow().unitId()).id(), null);
    }

    private JsonNode draft(String user, PositionSummary post, PersonSummary person, String token) {
        ApiClient.Response r = api.post("/api/orders", user, acting(post, person, token));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body();
    }

    private static OrderForm acting(PositionSummary post, PersonSummary person, String token) {
        LocalDate from = LocalDate.now().plusDays(3);
        return new OrderForm(OrderKind.ACTING, "ให้ข้าราชการรักษาราชการแทน " + token, "อาศัยอำนาจตามมาตรา 57", null, from,
                from.plusDays(10), post.id(), person.id(), null, null, null, null, null, null, null, null);
    }

    private OrderSummary sign(String drafter, long orderId, String signer, String signerPost) {
        UserDetails user = users.loadUserByUsername(drafter);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        ActorStamp stamp = new ActorStamp(org.person(signer).orElseThrow().id(), org.positionByCode(signerPost).orElseThrow().id(),
                AssignmentKind.HOLDER);
        return signing.sign(orderId, stamp);
    }

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get(field).asLong()));
        return ids;
    }
}
