package th.tidtam.base.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The uri tag of the request timer: templates where a controller answered, a fixed name for everything else. */
class HttpRouteTagsTest {

    private final HttpRouteTags tags = new HttpRouteTags();

    private String uri(String method, String path, String query, String pattern, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        ServerRequestObservationContext context = new ServerRequestObservationContext(request, response);
        context.setPathPattern(pattern);
        return tags.getLowCardinalityKeyValues(context).stream().filter(k -> k.getKey().equals("uri")).findFirst()
                .orElseThrow().getValue();
    }

    @Test
    void aControllersRouteIsItsTemplateAndTheScreensTrafficHasAFewFixedNames() {
        assertThat(uri("GET", "/api/directives/123", null, "/api/directives/{id}", 200)).isEqualTo("/api/directives/{id}");
        assertThat(uri("POST", "/", "v-r=uidl&v-uiId=0", null, 200)).isEqualTo("VAADIN_UIDL");
        assertThat(uri("POST", "/", "v-r=heartbeat&v-uiId=3", null, 200)).isEqualTo("VAADIN_HEARTBEAT");
        assertThat(uri("POST", "/", "v-r=upload&v-uiId=3&v-nodeId=12", null, 200)).isEqualTo("VAADIN_OTHER");
        assertThat(uri("GET", "/VAADIN/build/bundle-4f2a.js", null, null, 200)).isEqualTo("VAADIN_STATIC");
        assertThat(uri("GET", "/engine-rest/task/8f3c2a/variables", null, null, 200)).isEqualTo("/engine-rest/**");
        assertThat(uri("GET", "/camunda/app/cockpit/default/", null, null, 200)).isEqualTo("/camunda/**");
        assertThat(uri("GET", "/directives/42", null, null, 200)).as("a screen opened by its address").isEqualTo("UNKNOWN");
        assertThat(uri("GET", "/directives/42", null, null, 302)).isEqualTo("REDIRECTION");
        assertThat(uri("GET", "/nothing/here/7", null, null, 404)).isEqualTo("NOT_FOUND");
    }
}
