-- The incoming register (ทะเบียนหนังสือรับ, issue 13): one row per letter received, numbered per calendar year (the
-- number comes from the casework core's series LETTER_IN; the unique key is the last word against a reused number),
-- and the positions each letter went to (its route: who handled it, in turn). Positions and persons are org's ids, with
-- no foreign key across modules, as elsewhere. Free text is utf8mb4 (Thai, emoji).

create table letter_in (
    id                    bigint        not null auto_increment primary key,
    -- the calendar (CE) year the number counts in, and the running number (shown five digits: 00012)
    received_year         int           not null,
    received_number       int           not null,
    received_at           datetime      not null,
    -- the sender's number as registered (canonical spacing, Arabic digits), e.g. มท 0211.3/ว 1234
    sender_number         varchar(64)   not null,
    sender_date           date          not null,
    from_party            varchar(500)  not null,
    to_party              varchar(500)  not null,
    subject               varchar(500)  not null,
    urgency               varchar(16)   not null,
    secrecy               varchar(16)   not null,
    attachments           varchar(2000) null,
    action_taken          varchar(4000) null,
    remarks               varchar(2000) null,
    -- another letter has the same sender number and date: flagged on both, never merged
    duplicate             boolean       not null default false,
    -- REGISTERED → WITH_HANDLER → FILED | PRESENTED → DECIDED
    status                varchar(16)   not null,
    handler_position_id   bigint        null,
    -- the e-saraban feed's own id of the letter: the same id twice is the same letter (idempotent)
    external_id           varchar(100)  null,
    registered_person_id  bigint        null,
    registered_position_id bigint       null,
    registered_capacity   varchar(16)   null,
    registered_at         datetime(3)   not null,
    process_instance_id   varchar(64)   null,
    -- number, sender, parties and subject folded for search (Thai digits as Arabic, lower case)
    search_text           text          null,
    version               bigint        not null default 0,
    constraint uq_letter_in_number unique (received_year, received_number),
    constraint uq_letter_in_external unique (external_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_letter_in_received on letter_in (received_at);
create index ix_letter_in_sender on letter_in (sender_number, sender_date);
create index ix_letter_in_handler on letter_in (handler_position_id);

create table letter_in_route (
    id            bigint       not null auto_increment primary key,
    letter_id     bigint       not null,
    position_id   bigint       not null,
    -- HANDLER (sent to handle it), PRESENTED (a memo about it went up from here), DECIDED (decided it)
    role          varchar(16)  not null,
    note          varchar(2000) null,
    -- the letter's class, copied: the audit trail masks the note of a classified letter
    secrecy       varchar(16)  not null,
    person_id     bigint       null,
    by_position_id bigint      null,
    capacity      varchar(16)  null,
    at            datetime(3)  not null,
    constraint fk_letter_in_route_letter foreign key (letter_id) references letter_in (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_letter_in_route_letter on letter_in_route (letter_id);
create index ix_letter_in_route_position on letter_in_route (position_id);
