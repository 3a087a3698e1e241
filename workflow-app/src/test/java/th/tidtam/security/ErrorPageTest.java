package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.support.IntegrationTest;

/**
 * The error page (issue 16): asked for directly it answers a clean 404 problem, for anyone; and a request that failed
 * gets its real status through it, anonymous or not — never "please log in" (401) because the error dispatch itself
 * was refused, never an empty 500.
 */
@IntegrationTest
class ErrorPageTest {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    private RawHttp http() {
        return new RawHttp(port);
    }

    @Test
    void theErrorPageAskedForDirectlyAnswersACleanNotFoundProblemToAnonymousAndSignedInCallers() {
        for (String user : new String[] { null, "governor", "staff" }) {
            for (String accept : new String[] { "application/json", "text/html,application/xhtml+xml", "*/*" }) {
                RawHttp.Reply reply = http().send("GET", "/error", user, null, null, Map.of("Accept", accept));
                assertThat(reply.status()).as("GET /error as %s accepting %s", user, accept).isEqualTo(404);
                assertCleanProblem(reply.json(), 404, "error.not-found");
                assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            }
        }
        RawHttp.Reply post = http().send("POST", "/error", null, "application/json", "{}".getBytes(),
                Map.of("Accept", "application/json"));
        assertThat(post.status()).as("a state-changing request still needs its CSRF token").isEqualTo(403);
    }

    @Test
    void anAnonymousRequestRefusedBeforeAnyHandlerGetsItsRealStatusNotALoginPrompt() {
        // the firewall refuses a ';' in the path with sendError(400): the error dispatch used to answer 401
        RawHttp.Reply refused = http().get("/feeds/calendar/x;y.ics", null);
        assertThat(refused.status()).isEqualTo(400);
        assertCleanProblem(refused.json(), 400, "error.request-refused");
        assertThat(refused.header("WWW-Authenticate")).isEmpty();
    }

    @Test
    void anAnonymousRequestWhoseHandlerFailedGetsItsRealStatusThroughTheErrorDispatch() throws Exception {
        // the container's error dispatch after an anonymous calendar-feed request threw (issue 15's meeting without a
        // chair did), through the application's real security filter chain
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        MockHttpServletResponse failed = mvc.perform(get("/error").accept("text/calendar").with(request -> {
            request.setDispatcherType(DispatcherType.ERROR);
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/feeds/calendar/abc.ics");
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a bug in the feed"));
            return request;
        })).andReturn().getResponse();
        assertThat(failed.getStatus()).as("not 401").isEqualTo(500);
        JsonNode problem = new ObjectMapper().readTree(failed.getContentAsByteArray());
        assertCleanProblem(problem, 500, "error.unexpected");
        assertThat(failed.getContentAsString()).doesNotContain("a bug in the feed", "IllegalStateException");

        MockHttpServletResponse missing = mvc.perform(get("/error").with(request -> {
            request.setDispatcherType(DispatcherType.ERROR);
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/feeds/calendar/abc.ics");
            return request;
        })).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertCleanProblem(new ObjectMapper().readTree(missing.getContentAsByteArray()), 404, "error.not-found");
    }

    @Test
    void aProtectedAddressStillAsksAnAnonymousCallerToLogIn() {
        assertThat(http().get("/api/me", null).status()).isEqualTo(401);
    }

    private static void assertCleanProblem(JsonNode problem, int status, String code) {
        assertThat(problem).as("a problem document").isNotNull();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("message_th").asText()).isNotBlank();
        assertThat(problem.path("message_en").asText()).isNotBlank();
        assertThat(problem.toString()).doesNotContain("Exception", "trace", "999");
    }
}
