package th.tidtam.audit.domain;

import java.util.List;

/** The administrator's search, newest first. */
public interface AuditSearch {

    List<AuditEntry> search(AuditFilter filter, int offset, int limit);

    long count(AuditFilter filter);
}
