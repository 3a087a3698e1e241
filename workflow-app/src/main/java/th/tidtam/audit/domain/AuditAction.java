package th.tidtam.audit.domain;

/** What happened. Changes come from the persistence listener, VIEW from reads of classified directives. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, VIEW, LOGIN, LOGIN_FAILED, LOGOUT, ACCESS_DENIED
}
