-- Every use of a one-time link (a partner without a login answering a coordination request, issue 14) is on the
-- audit trail under its own action; reads of a complainant's personal data are VIEW rows whose secrecy column says
-- PERSONAL_DATA (no constraint on that column to change).
alter table audit_log drop constraint ck_audit_log_action;
alter table audit_log add constraint ck_audit_log_action check (action in ('CREATE', 'UPDATE', 'DELETE', 'VIEW', 'LOGIN',
    'LOGIN_FAILED', 'LOGOUT', 'ACCESS_DENIED', 'LINK'));
