package th.tidtam.notify.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.base.RuleViolation;
import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;
import th.tidtam.notify.OutboxStatus;
import th.tidtam.notify.domain.OutboxFilter;
import th.tidtam.notify.domain.OutboxMessage;
import th.tidtam.notify.domain.Policy;
import th.tidtam.notify.service.NotificationPreferences;
import th.tidtam.notify.service.OutboxAdministration;
import th.tidtam.security.Roles;

/** The outbox and the notification policy, for the administrator. */
@RestController
@RequestMapping("/api/admin/outbox")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Outbox", description = "กล่องจดหมายออก: every e-mail the application wrote, its status and failures")
class OutboxController {

    record Page(int total, boolean serverConfigured, Map<OutboxStatus, Integer> byStatus, List<OutboxMessage> items) {
    }

    record PolicyChange(Set<Channel> allowed, Channel defaultChannel) {
    }

    private final OutboxAdministration outbox;
    private final NotificationPreferences preferences;

    OutboxController(OutboxAdministration outbox, NotificationPreferences preferences) {
        this.outbox = outbox;
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "Messages, newest first, narrowed by status, kind and text of the address or subject")
    Page list(@RequestParam(required = false) OutboxStatus status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        OutboxFilter filter = new OutboxFilter(status, kind, q);
        List<OutboxMessage> items = outbox.search(filter, offset, limit);
        return new Page(outbox.count(filter), outbox.serverConfigured(), outbox.countsByStatus(), items);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One message with its text, attempts and last error")
    OutboxMessage message(@PathVariable long id) {
        return outbox.message(id);
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Send a held, failing or given-up message again now (400 when it is waiting or sent already)")
    OutboxMessage retry(@PathVariable long id) {
        return outbox.retry(id);
    }

    @GetMapping("/policy")
    @Operation(summary = "Per kind: the channels people may choose and the default of those who did not")
    Map<NotificationKind, Policy> policy() {
        return preferences.policies();
    }

    @PutMapping("/policy/{kind}")
    @Operation(summary = "Set a kind's allowed channels and default (the default must be allowed)")
    Policy setPolicy(@PathVariable NotificationKind kind, @RequestBody PolicyChange body) {
        if (body == null) {
            throw new RuleViolation("notify.error.policy-empty");
        }
        return preferences.setPolicy(kind, body.allowed(), body.defaultChannel());
    }
}
