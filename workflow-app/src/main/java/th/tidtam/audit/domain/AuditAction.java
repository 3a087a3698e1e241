package th.tidtam.audit.domain;

/** What happened. Changes come from the persistence listener, VIEW from reads of classified cases and personal data, LINK from one-time links. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, VIEW, LOGIN, LOGIN_FAILED, LOGOUT, ACCESS_DENIED, LINK
}
