package th.tidtam.audit.domain;


import org.springframework.data.repository.Repository;

/**
 * The audit trail's only door: append and search. It extends the bare {@link Repository} on purpose — no save of an
 * existing row, no delete — and AuditLogIsAppendOnlyTest keeps it that way. Rows older than the retention leave
 * through {@code service.AuditRetention}, which the database's trigger still holds to 90 days.
 */
public interface AuditEntries extends Repository<AuditEntry, Long>, AuditAppend, AuditSearch {
}
