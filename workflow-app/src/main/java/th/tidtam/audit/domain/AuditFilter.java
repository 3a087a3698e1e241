package th.tidtam.audit.domain;

import java.time.LocalDate;

/**
 * The administrator's search; every field optional. Dates are Bangkok days, inclusive. {@code position} matches a
 * position id exactly when numeric, else a part of a position's title; {@code text} a part of the details.
 * {@code provinceId}: only that province's rows (a province's administrator); null: every row, the installation's
 * included (the installation's administrator). Set by the audit service from the reader's roles, never by the reader.
 */
public record AuditFilter(LocalDate from, LocalDate to, String user, String position, AuditAction action,
        String objectType, String objectId, String address, String text, Long provinceId) {

    public AuditFilter(LocalDate from, LocalDate to, String user, String position, AuditAction action,
            String objectType, String objectId, String address, String text) {
        this(from, to, user, position, action, objectType, objectId, address, text, null);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null, null);
    }

    public AuditFilter inProvince(Long provinceId) {
        return new AuditFilter(from, to, user, position, action, objectType, objectId, address, text, provinceId);
    }
}
