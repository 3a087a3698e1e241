package th.tidtam.audit.domain;

import java.time.LocalDate;

/**
 * The administrator's search; every field optional. Dates are Bangkok days, inclusive. {@code position} matches a
 * position id exactly when numeric, else a part of a position's title; {@code text} a part of the details.
 */
public record AuditFilter(LocalDate from, LocalDate to, String user, String position, AuditAction action,
        String objectType, String objectId, String address, String text) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null, null);
    }
}
