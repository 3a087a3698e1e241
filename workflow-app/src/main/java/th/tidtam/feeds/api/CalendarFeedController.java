package th.tidtam.feeds.api;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.feeds.service.CalendarFeeds;
import th.tidtam.feeds.service.FeedsThrottled;

/**
 * The feed that calendar programs read, without a login: the token in the address is the key. Anything but a live
 * token is a 404 with an empty body, whatever the reason (unknown, malformed, revoked, owner disabled), so the
 * answer tells a prober nothing; an address that presented too many unknown tokens gets 429 with Retry-After.
 */
@RestController
@Tag(name = "Calendar feed", description = "ปฏิทินงาน: a private iCalendar address of my due dates and meetings")
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(CalendarFeeds.PATH + "{token}.ics")
    @Operation(summary = "The iCalendar feed of the token's owner (anonymous; 404 with an empty body for any other token)")
    ResponseEntity<byte[]> feed(@PathVariable String token, HttpServletRequest request) {
        return feeds.read(token, request.getRemoteAddr())
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        // the feed is someone's own work: no shared cache (a proxy, a CDN) may keep it
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"tidtam.ics\"")
                        .body(ics.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build());
    }

    @ExceptionHandler(FeedsThrottled.class)
    ResponseEntity<byte[]> throttled(FeedsThrottled e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).cacheControl(CacheControl.noStore())
                .build();
    }
}
