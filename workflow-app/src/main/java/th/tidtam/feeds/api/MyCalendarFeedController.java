package th.tidtam.feeds.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.feeds.FeedStatus;
import th.tidtam.feeds.IssuedFeed;
import th.tidtam.feeds.service.CalendarFeeds;

/** The signed-in person's own calendar address: everyone signed in has one to make, renew and revoke. */
@RestController
@RequestMapping("/api/me/calendar-feed")
@Tag(name = "Calendar feed", description = "ปฏิทินงาน: a private iCalendar address of my due dates and meetings")
class MyCalendarFeedController {

    private final CalendarFeeds feeds;

    MyCalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping
    @Operation(summary = "Whether I have a live calendar address, since when and when it was last read (never the address)")
    FeedStatus status() {
        return feeds.status();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Makes me a new calendar address, shown this once; my previous address stops working")
    IssuedFeed create() {
        return feeds.create();
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revokes my calendar address: calendar programs subscribed to it get 404 from now on")
    void revoke() {
        feeds.revoke();
    }
}
