package th.tidtam.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/** The API describes itself for its users; like the API, only to people who may log in. */
@IntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentListsTheApplicationsEndpointsButNotCamundas() {
        ApiClient.Response doc = new ApiClient(port).get("/v3/api-docs", "staff");

        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().get("paths").has("/api/directives")).isTrue();
        assertThat(doc.body().get("paths").has("/api/tasks/{id}/complete")).isTrue();
        assertThat(doc.body().get("paths").has("/api/units")).isTrue();
        assertThat(doc.body().get("paths").has("/api/tasks/{id}/progress")).isTrue();
        assertThat(doc.body().get("paths").has("/api/tasks/{id}/delegate")).isTrue();
        assertThat(doc.body().get("paths").has("/api/alerts")).isTrue();
        assertThat(doc.body().get("paths").has("/api/dashboard")).isTrue();
        assertThat(doc.body().get("paths").has("/api/dashboard/directives")).isTrue();
        assertThat(doc.raw()).doesNotContain("/engine-rest");
    }

    @Test
    void anAnonymousCallerGetsNoDocument() {
        assertThat(new ApiClient(port).get("/v3/api-docs", null).status()).isEqualTo(401);
    }
}
