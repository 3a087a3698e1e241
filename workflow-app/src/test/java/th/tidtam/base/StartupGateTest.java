package th.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The start-up gate on its own: what a request gets before the application is ready, and after. */
class StartupGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartupGate gate = new StartupGate(messages(), availability);

    @Test
    void beforeReadyTheLoginPageIsAStartingPageWith503AndRetryAfterNeverTheLoginForm() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = get("/login", chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("3");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("ระบบกำลังเริ่มทำงาน", "Tidtam is starting",
                "http-equiv=\"refresh\"");
        assertThat(chain.getRequest()).as("the request went no further than the gate").isNull();
    }

    @Test
    void beforeReadyALoginPostIsNotLookedAtSoNoPasswordIsCountedWrong() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/login");
        post.setParameter("username", "governor");
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(post, response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void healthProbesAnswerForThemselvesBeforeReady() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            MockFilterChain chain = new MockFilterChain();
            get(probe, chain);
            assertThat(chain.getRequest()).as(probe).isNotNull();
        }
        MockFilterChain chain = new MockFilterChain();
        get("/actuator/healthz", chain);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void onceReadyEveryRequestPassesAndTheGateStaysOpenWhileTheApplicationStops() throws Exception {
        ready(ReadinessState.ACCEPTING_TRAFFIC);
        MockFilterChain chain = new MockFilterChain();
        assertThat(get("/login", chain).getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();

        // at shutdown Spring says REFUSING_TRAFFIC again: requests in flight are not told "starting"
        ready(ReadinessState.REFUSING_TRAFFIC);
        MockFilterChain later = new MockFilterChain();
        get("/login", later);
        assertThat(later.getRequest()).isNotNull();
    }

    @Test
    void aGateMadeAfterTheApplicationIsReadyIsOpen() {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(new StartupGate(messages(), availability).isOpen()).isTrue();
    }

    private void ready(ReadinessState state) {
        AvailabilityChangeEvent<ReadinessState> event = new AvailabilityChangeEvent<>(this, state);
        availability.onApplicationEvent(event);
        gate.onReadiness(event);
    }

    private MockHttpServletResponse get(String path, MockFilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        return response;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
