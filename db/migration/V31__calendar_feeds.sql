-- Calendar feeds (issue 15, module feeds): each person's private iCalendar address of their due dates and meetings.
-- Only the token's SHA-256 is stored; the address itself is shown once, when it is made. A new address revokes the
-- old one; the person id (no foreign key crosses a module) is copied into active_person_id while the feed is in use,
-- so that a person has at most one live address even when two requests make one at once.
create table calendar_feed (
    id                bigint        not null auto_increment primary key,
    person_id         bigint        not null,
    active_person_id  bigint        null,
    -- SHA-256 of the token, lower-case hex
    token_hash        varchar(64)   character set ascii collate ascii_bin not null,
    created_at        datetime(3)   not null,
    revoked_at        datetime(3)   null,
    last_read_at      datetime(3)   null,
    constraint uq_calendar_feed_token unique (token_hash),
    constraint uq_calendar_feed_active unique (active_person_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_calendar_feed_person on calendar_feed (person_id, created_at);

-- Presentations of unknown or malformed feed tokens per client address (a scanner, not a subscriber whose address was
-- revoked), counted in the database so that every node sees the same tries; rows older than the window are purged.
create table calendar_feed_attempt (
    id                bigint        not null auto_increment primary key,
    client_address    varchar(64)   not null,
    attempted_at      datetime(3)   not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_calendar_feed_attempt_address on calendar_feed_attempt (client_address, attempted_at);
create index ix_calendar_feed_attempt_at on calendar_feed_attempt (attempted_at);
