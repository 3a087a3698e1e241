package th.tidtam.casework.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import th.tidtam.casework.CaseTypes;
import th.tidtam.casework.alert.Alert;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;

/** Reminders, escalations, returned reports and delegated work for my positions, about cases of every type. */
@RestController
@RequestMapping("/api/alerts")
class AlertsController {

    /** An alert with the case's id also under its type's own name (e.g. {@code directiveId}). */
    record AlertJson(Long id, String caseType, Long caseId, Long partId, AlertKind kind, Instant createdAt, String detail,
            Long positionId, @JsonIgnore Map<String, Object> idFields) {

        @JsonAnyGetter
        Map<String, Object> caseIdFields() {
            return idFields;
        }
    }

    private final Alerts alerts;
    private final CaseTypes types;

    AlertsController(Alerts alerts, CaseTypes types) {
        this.alerts = alerts;
        this.types = types;
    }

    @GetMapping
    List<AlertJson> unread(@RequestParam(defaultValue = "50") int limit) {
        return alerts.unread(limit).stream().map(this::json).toList();
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable Long id) {
        alerts.markRead(id);
        return ResponseEntity.noContent().build();
    }

    private AlertJson json(Alert a) {
        return new AlertJson(a.id(), a.caseType(), a.caseId(), a.partId(), a.kind(), a.createdAt(), a.detail(),
                a.positionId(), types.idFields(a.caseType(), a.caseId()));
    }
}
