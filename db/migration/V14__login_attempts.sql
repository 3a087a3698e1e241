-- Failed logins and the locks they cause, kept in the database so that every application node sees the same
-- counters (one node must not grant an attacker another five tries). Times are UTC. A username is stored as typed
-- (trimmed, lower case) whether or not such a person exists: an unknown name locks exactly like a real one, so the
-- answers never reveal which logins exist.
create table login_failure (
    id           bigint       not null auto_increment primary key,
    username     varchar(190) not null,
    address      varchar(64)  not null,
    failed_at    datetime(3)  not null,
    index ix_login_failure_username (username, failed_at),
    index ix_login_failure_address (address, failed_at),
    index ix_login_failure_time (failed_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- kind ACCOUNT: subject is a username; kind ADDRESS: subject is a client address
create table login_lock (
    kind         varchar(10)  not null,
    subject      varchar(190) not null,
    locked_at    datetime(3)  not null,
    locked_until datetime(3)  not null,
    primary key (kind, subject)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
