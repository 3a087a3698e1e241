package th.tidtam.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.security.Roles;
import th.tidtam.audit.domain.AuditAction;
import th.tidtam.audit.domain.AuditEntry;
import th.tidtam.audit.domain.AuditFilter;
import th.tidtam.audit.service.AuditTrail;
import th.tidtam.base.RuleViolation;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.org.AssignmentKind;

/**
 * The audit trail for the administrators, as paged JSON, newest first (a province's administrator reads only that
 * province's rows); 403 for everyone else (as Camunda's REST API).
 * Dates are days in Bangkok, inclusive, written 2026-11-25 or with the Buddhist-era year, 2569-11-25.
 */
@RestController
@RolesAllowed({ Roles.ADMIN, Roles.PROVINCE_ADMIN })
class AuditSearchController {

    record Entry(Long id, Instant occurredAt, String username, Long positionId, String positionTitle,
            AssignmentKind capacity, String positions, String address, AuditAction action, String objectType,
            String objectId, String secrecy, JsonNode details) {
    }

    record Page(List<Entry> items, long total, int offset, int limit) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditTrail trail;

    AuditSearchController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/admin/audit")
    Page search(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String user, @RequestParam(required = false) String position,
            @RequestParam(required = false) AuditAction action, @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId, @RequestParam(required = false) String address,
            @RequestParam(required = false) String text, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        AuditFilter filter = new AuditFilter(day(from), day(to), user, position, action, objectType, objectId, address,
                text);
        int safeLimit = Math.max(1, Math.min(limit, 500));
        int safeOffset = Math.max(0, offset);
        List<Entry> items = trail.search(filter, safeOffset, safeLimit).stream().map(AuditSearchController::entry)
                .toList();
        return new Page(items, trail.count(filter), safeOffset, safeLimit);
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            // nobody searches the 25th century: a year that large is a Buddhist-era year
            return d.getYear() > 2400 ? d.minusYears(ThaiDates.BE_OFFSET) : d;
        } catch (DateTimeParseException e) {
            throw new RuleViolation("audit.error.bad-date", text);
        }
    }

    private static Entry entry(AuditEntry e) {
        JsonNode details;
        try {
            details = e.getDetails() == null ? null : JSON.readTree(e.getDetails());
        } catch (Exception ex) {
            details = JSON.getNodeFactory().textNode(e.getDetails());
        }
        return new Entry(e.getId(), e.getOccurredAt(), e.getUsername(), e.getPositionId(), e.getPositionTitle(),
                e.getCapacity(), e.getPositions(), e.getAddress(), e.getAction(), e.getObjectType(), e.getObjectId(),
                e.getSecrecy(), details);
    }
}
