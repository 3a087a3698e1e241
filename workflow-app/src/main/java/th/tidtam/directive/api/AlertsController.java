package th.tidtam.directive.api;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.directive.service.DirectiveAlerts;

/** Reminders, escalations and returned reports for my positions. */
@RestController
@RequestMapping("/api/alerts")
class AlertsController {

    private final DirectiveAlerts alerts;

    AlertsController(DirectiveAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    List<DirectiveAlerts.Alert> unread(@RequestParam(defaultValue = "50") int limit) {
        return alerts.unread(limit);
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable Long id) {
        alerts.markRead(id);
        return ResponseEntity.noContent().build();
    }
}
