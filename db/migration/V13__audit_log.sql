-- The audit trail (issue 6, drill 3): every change to the application's records, every view of a classified
-- directive and the security events (login, failed login, logout, access denied). Computer Crime Act s.26 asks for
-- access logs kept at least 90 days; the application keeps tidtam.audit.retention-days (default 365, never below 90).
--
-- Append-only: the application has no update or delete path, and these triggers refuse one from anywhere else
-- (a script, a console) — UPDATE always, DELETE of any row younger than 90 days. The daily retention purge deletes
-- only rows older than both its cutoff and this floor, so it never trips the trigger. Times are UTC, as Hibernate
-- writes every Instant of the application (TIMESTAMP_UTC), so the floor compares with utc_timestamp() and does not
-- depend on the database server's own time zone.
create table audit_log (
    id             bigint        not null auto_increment primary key,
    occurred_at    datetime(3)   not null,
    -- the login name, or 'ระบบ' for the engine's background jobs and start-up work
    username       varchar(100)  not null,
    person_id      bigint        null,
    -- the position the person acted in (the one the record names, else the first they fill) and in which capacity
    position_id    bigint        null,
    position_title varchar(255)  null,
    capacity       varchar(16)   null,
    -- every position the person filled at that moment, "title (capacity)"; for searching by position
    positions      varchar(1000) null,
    address        varchar(64)   null,
    action         varchar(24)   not null,
    object_type    varchar(64)   null,
    object_id      varchar(64)   null,
    secrecy        varchar(16)   null,
    -- compact JSON: per changed field [old, new] for updates; the state for inserts and deletes; the event otherwise
    details        text          null,
    constraint ck_audit_log_capacity check (capacity is null or capacity in ('HOLDER', 'ACTING', 'DELEGATION')),
    constraint ck_audit_log_action check (action in ('CREATE', 'UPDATE', 'DELETE', 'VIEW', 'LOGIN', 'LOGIN_FAILED',
                                                     'LOGOUT', 'ACCESS_DENIED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- the administrator's searches: a period (newest first), a person over a period, an object's history, an address
create index ix_audit_log_time on audit_log (occurred_at, id);
create index ix_audit_log_user_time on audit_log (username, occurred_at);
create index ix_audit_log_position_time on audit_log (position_id, occurred_at);
create index ix_audit_log_object on audit_log (object_type, object_id, occurred_at);
create index ix_audit_log_address_time on audit_log (address, occurred_at);

DELIMITER $$

create trigger audit_log_refuses_update before update on audit_log for each row
begin
    signal sqlstate '45000' set message_text = 'audit_log is append-only: an audit row is never changed';
end$$

create trigger audit_log_refuses_early_delete before delete on audit_log for each row
begin
    if old.occurred_at >= utc_timestamp() - interval 90 day then
        signal sqlstate '45000' set message_text = 'audit_log keeps every row at least 90 days: this row is too young to delete';
    end if;
end$$

DELIMITER ;
