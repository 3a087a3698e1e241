-- E-mail to people (issue 15, module notify). Messages are written to the outbox in the transaction of the business
-- change that caused them and sent afterwards by a poller, so a refusing or absent SMTP server never blocks nor rolls
-- back the work. People and positions are other modules' ids: no foreign key crosses a module. Free text is utf8mb4.

create table mail_outbox (
    id                   bigint        not null auto_increment primary key,
    recipient_person_id  bigint        not null,
    address              varchar(320)  not null,
    -- th or en: the language the message was written in
    locale               varchar(8)    not null,
    -- NotificationKind, or DIGEST
    kind                 varchar(32)   not null,
    subject              varchar(500)  not null,
    body_text            mediumtext    not null,
    -- at most one message per key, whichever node or retry writes it: alert:<id>:person:<id>, digest:<day>:person:<id>
    dedupe_key           varchar(190)  not null,
    -- PENDING, SENT, FAILED_RETRYING, GIVEN_UP, HELD (no SMTP server configured)
    status               varchar(16)   not null,
    attempts             int           not null default 0,
    next_attempt_at      datetime(3)   not null,
    last_error           varchar(1000) null,
    -- a sender's claim: node id and batch, and the lease after which another node may take the row over
    claimed_by           varchar(100)  null,
    claimed_until        datetime(3)   null,
    case_type            varchar(32)   null,
    case_id              bigint        null,
    created_at           datetime(3)   not null,
    sent_at              datetime(3)   null,
    constraint uq_mail_outbox_dedupe unique (dedupe_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
-- the sender's claim: due rows in the order they fall due
create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at);
create index ix_mail_outbox_created on mail_outbox (created_at);
create index ix_mail_outbox_person on mail_outbox (recipient_person_id, kind, created_at);

-- what a person chose per kind; no row: the policy's default
create table notification_preference (
    person_id            bigint        not null,
    kind                 varchar(32)   not null,
    -- IMMEDIATE, DIGEST, NONE
    channel              varchar(16)   not null,
    updated_at           datetime(3)   not null,
    primary key (person_id, kind)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- what the administrator allows per kind; no row: the kind's built-in default (NotificationKind)
create table notification_policy (
    kind                 varchar(32)   not null primary key,
    -- comma-separated channels, e.g. IMMEDIATE,DIGEST
    allowed_channels     varchar(64)   not null,
    default_channel      varchar(16)   not null,
    updated_at           datetime(3)   not null,
    updated_by           varchar(100)  not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- alerts as the digest reads them: per position (whoever fills it on the digest's morning gets them), kept 60 days
create table notification_event (
    id                   bigint        not null auto_increment primary key,
    position_id          bigint        not null,
    kind                 varchar(32)   not null,
    alert_kind           varchar(32)   not null,
    case_type            varchar(32)   not null,
    case_id              bigint        not null,
    part_id              bigint        null,
    detail               varchar(500)  null,
    created_at           datetime(3)   not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_notification_event_position on notification_event (position_id, created_at);

-- the digest's run of a day: one node composes it (a claim with a lease; another node takes over a stale one)
create table mail_digest_run (
    digest_day           date          not null primary key,
    claimed_by           varchar(100)  not null,
    claimed_until        datetime(3)   not null,
    finished_at          datetime(3)   null,
    messages             int           not null default 0
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
