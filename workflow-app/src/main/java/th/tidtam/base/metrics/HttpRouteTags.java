package th.tidtam.base.metrics;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

import io.micrometer.common.KeyValue;

/**
 * The {@code uri} tag of {@code http.server.requests}: Spring MVC's route template where a controller answered
 * ({@code /api/directives/{id}}, never the id itself); for what no controller answers, a fixed name per kind of traffic
 * instead of Spring's catch-all {@code UNKNOWN}, so that the screens' round trips can be told from static files and
 * from Camunda's REST API, and the tag's values stay a short, fixed list whatever the paths and ids requested:
 * {@code VAADIN_UIDL} (a click or an edit on a screen), {@code VAADIN_HEARTBEAT}, {@code VAADIN_OTHER} (other Vaadin
 * requests: uploads, push), {@code VAADIN_STATIC} (scripts, styles, images of the UI), {@code /engine-rest/**},
 * {@code /camunda/**}; a screen opened by its address stays {@code UNKNOWN} (or {@code REDIRECTION}/{@code NOT_FOUND}).
 */
public class HttpRouteTags extends DefaultServerRequestObservationConvention {

    static final String URI = "uri";

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        KeyValue uri = super.uri(context);
        HttpServletRequest request = context.getCarrier();
        if (request == null || !"UNKNOWN".equals(uri.getValue())) {
            return uri;
        }
        String vaadinRequest = vaadinRequestType(request.getQueryString());
        if (vaadinRequest != null) {
            return KeyValue.of(URI, switch (vaadinRequest) {
                case "uidl" -> "VAADIN_UIDL";
                case "heartbeat" -> "VAADIN_HEARTBEAT";
                default -> "VAADIN_OTHER";
            });
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/VAADIN/") || path.startsWith("/frontend/") || path.startsWith("/images/")) {
            return KeyValue.of(URI, "VAADIN_STATIC");
        }
        if (path.startsWith("/engine-rest/")) {
            return KeyValue.of(URI, "/engine-rest/**");
        }
        if (path.startsWith("/camunda/")) {
            return KeyValue.of(URI, "/camunda/**");
        }
        return uri;
    }

    /**
     * The value of {@code v-r} in the query string. Read from the query string itself: asking the request for a
     * parameter could make the container read a form body.
     */
    static String vaadinRequestType(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) {
                return pair.substring(4);
            }
        }
        return null;
    }
}
