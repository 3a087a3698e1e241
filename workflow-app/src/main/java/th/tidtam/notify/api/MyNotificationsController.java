package th.tidtam.notify.api;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.base.RuleViolation;
import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;
import th.tidtam.notify.service.NotificationPreferences;

/** The signed-in person's e-mail settings: the address on record and a channel per kind within the policy. */
@RestController
@RequestMapping("/api/me/notifications")
@Tag(name = "Notifications", description = "การแจ้งเตือนทางอีเมล: immediate messages and the daily digest")
class MyNotificationsController {

    /** Channels by kind, e.g. {@code {"channels": {"NEW_WORK": "IMMEDIATE"}}}. */
    record Choices(Map<NotificationKind, Channel> channels) {
    }

    private final NotificationPreferences preferences;

    MyNotificationsController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "My e-mail address as registered and my channel (IMMEDIATE, DIGEST, NONE) for each kind, with what the policy allows")
    NotificationPreferences.MySettings mine() {
        return preferences.mine();
    }

    @PutMapping
    @Operation(summary = "Choose channels for some kinds; a channel the administrator does not allow refuses the whole change (400)")
    NotificationPreferences.MySettings choose(@RequestBody Choices body) {
        if (body == null) {
            throw new RuleViolation("notify.error.nothing-chosen");
        }
        return preferences.choose(body.channels());
    }
}
