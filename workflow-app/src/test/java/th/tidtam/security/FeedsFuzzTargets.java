package th.tidtam.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.tidtam.security.HostileInputFuzzTest.Target;

/**
 * The feeds module's handlers for the fuzzer (calendar feeds, issue 15): the person's own address takes neither
 * parameters nor a body (make and revoke act on the caller alone), and the feed's only input is the token in its path,
 * which CalendarFeedTest probes (forged, malformed, revoked, hostile).
 */
final class FeedsFuzzTargets {

    /** The module's tables, whose row counts the fuzzer checks are unchanged by refused requests. */
    static final List<String> TABLES = List.of("calendar_feed", "calendar_feed_attempt");

    Map<String, Target> targets() {
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("POST /api/me/calendar-feed", new Target("officer.general", "/api/me/calendar-feed", null));
        t.put("DELETE /api/me/calendar-feed", new Target("officer.general", "/api/me/calendar-feed", null));
        t.put("GET /feeds/calendar/{token}.ics", new Target("staff", "/feeds/calendar/0000000000000000000000000000000000000000000.ics",
                null));
        return t;
    }
}
