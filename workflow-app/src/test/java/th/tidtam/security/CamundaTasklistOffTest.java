package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * Camunda's Tasklist is off (issue 16): its pages, its plugin API and the stored-filter resource of both REST APIs
 * answer 404 to everyone, the administrator included — so a {@code ${currentUser()}} filter can be neither stored nor
 * run — while Cockpit and the rest of the REST API still answer the administrator. Over real HTTP.
 */
@IntegrationTest
class CamundaTasklistOffTest {

    private static final String EXPRESSION_FILTER = """
            {"resourceType":"Task","name":"mine","owner":"admin","query":{"assigneeExpression":"${currentUser()}"}}""";
    private static final String PLAIN_FILTER = """
            {"resourceType":"Task","name":"plain","owner":"admin","query":{"candidateGroup":"GOVERNOR"}}""";

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTasklistPagesAreGoneForTheAdministratorAndForEveryoneElse() {
        for (String user : new String[] { "admin", null, "staff" }) {
            assertThat(api.get("/camunda/app/tasklist/default/", user).status()).as(String.valueOf(user)).isEqualTo(404);
            assertThat(api.get("/camunda/app/tasklist/", user).status()).isEqualTo(404);
            assertThat(api.get("/camunda/api/tasklist/plugin/tasklist-plugins/static/app/plugin.js", user).status())
                    .isEqualTo(404);
        }
        assertThat(api.get("//camunda//app/tasklist/default/", "admin").status()).as("doubled slashes").isNotEqualTo(200);
        assertThat(api.get("/camunda/app/tasklist;x=1/default/", "admin").status()).as("path parameters").isNotEqualTo(200);
        assertThat(api.get("/camunda/app/%74asklist/default/", "admin").status()).as("escaped letters").isEqualTo(404);
        assertThat(api.get("/engine-rest/%66ilter", "admin").status()).as("escaped letters").isEqualTo(404);
        assertThat(api.get("/camunda/app/TASKLIST/default/", "admin").status()).as("upper case").isNotEqualTo(200);
    }

    @Test
    void cockpitAndAdminStayForTheAdministrator() {
        assertThat(api.get("/camunda/app/cockpit/default/", "admin").status()).isEqualTo(200);
        assertThat(api.get("/camunda/app/admin/default/", "admin").status()).isEqualTo(200);
        assertThat(api.get("/engine-rest/engine", "admin").status()).isEqualTo(200);
        assertThat(api.get("/engine-rest/task/count", "admin").status()).isEqualTo(200);
    }

    @Test
    void storedFiltersCanBeNeitherCreatedNorListedNorRunEvenByTheAdministrator() {
        long before = filters();
        String[] creates = { "/engine-rest/filter/create", "/engine-rest/engine/default/filter/create",
                "/camunda/api/engine/engine/default/filter/create" };
        for (String path : creates) {
            assertThat(api.post(path, "admin", EXPRESSION_FILTER).status()).as(path).isEqualTo(404);
            assertThat(api.post(path, "admin", PLAIN_FILTER).status()).as(path).isEqualTo(404);
        }
        for (String path : new String[] { "/engine-rest/filter", "/engine-rest/filter/count",
                "/engine-rest/engine/default/filter", "/camunda/api/engine/engine/default/filter",
                "/camunda/api/engine/engine/default/filter/?resourceType=Task&itemCount=true" }) {
            assertThat(api.get(path, "admin").status()).as(path).isEqualTo(404);
        }
        for (String path : new String[] { "/engine-rest/filter/any-id/list", "/engine-rest/filter/any-id/count",
                "/camunda/api/engine/engine/default/filter/any-id/list" }) {
            assertThat(api.post(path, "admin", "{}").status()).as(path).isEqualTo(404);
            assertThat(api.get(path, "admin").status()).as(path).isEqualTo(404);
        }
        assertThat(api.delete("/engine-rest/filter/any-id", "admin").status()).isEqualTo(404);
        assertThat(api.post("/engine-rest/filter/create", null, EXPRESSION_FILTER).status()).as("anonymous").isEqualTo(404);
        assertThat(filters()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void theExpressionGuardStillRefusesTaskQueriesWithExpressions() {
        assertThat(api.get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D", "admin").status()).isEqualTo(400);
    }

    private long filters() {
        return jdbc.queryForObject("select count(*) from ACT_RU_FILTER", Long.class);
    }
}
