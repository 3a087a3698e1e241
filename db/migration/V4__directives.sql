-- The governor's directives (ข้อสั่งการ) and the parts each assigned unit answers for.

-- Running numbers per Buddhist-era year: the row is locked while a directive is issued, so numbers never repeat
-- and, because the increment commits or rolls back with the directive, never skip.
create table directive_number_sequence (
    be_year     int    not null primary key,
    last_number int    not null
) engine = InnoDB;

create table directive (
    id                    bigint        not null auto_increment primary key,
    be_year               int           not null,
    running_number        int           not null,
    number                varchar(16)   not null,
    subject               varchar(500)  not null,
    body                  text          not null,
    source_kind           varchar(24)   not null,
    source_reference      varchar(255)  null,
    meeting_number        varchar(32)   null,
    agenda_item           varchar(32)   null,
    urgency               varchar(16)   not null,
    secrecy               varchar(16)   not null,
    due_date              date          not null,
    cadence               varchar(24)   not null,
    cadence_days          int           null,
    status                varchar(24)   not null,
    issued_at             datetime(3)   not null,
    issued_by_person_id   bigint        not null,
    issued_by_position_id bigint        not null,
    issued_capacity       varchar(16)   not null,
    issued_on_behalf      boolean       not null default false,
    lead_unit_id          bigint        not null,
    supersedes_id         bigint        null,
    superseded_by_id      bigint        null,
    round                 int           not null default 1,
    closed_at             datetime(3)   null,
    process_instance_id   varchar(64)   null,
    version               bigint        not null default 0,
    constraint uk_directive_number unique (be_year, running_number),
    constraint uk_directive_number_text unique (number),
    constraint fk_directive_issuer foreign key (issued_by_person_id) references person (id),
    constraint fk_directive_issuer_position foreign key (issued_by_position_id) references org_position (id),
    constraint fk_directive_lead_unit foreign key (lead_unit_id) references org_unit (id),
    constraint fk_directive_supersedes foreign key (supersedes_id) references directive (id),
    constraint fk_directive_superseded_by foreign key (superseded_by_id) references directive (id),
    constraint ck_directive_secrecy check (secrecy in ('NONE', 'CONFIDENTIAL', 'SECRET'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_directive_status_due on directive (status, due_date);
create index ix_directive_issued on directive (issued_at);
create index ix_directive_meeting on directive (meeting_number, agenda_item);

-- One row per unit and round: the unit's part of the directive, held by a position (the unit head, or whoever it
-- was delegated to down the unit's own chain).
create table directive_part (
    id                  bigint       not null auto_increment primary key,
    directive_id        bigint       not null,
    unit_id             bigint       not null,
    lead                boolean      not null default false,
    round               int          not null default 1,
    holder_position_id  bigint       not null,
    status              varchar(24)  not null,
    due_date            date         not null,
    original_due_date   date         not null,
    escalation_level    int          not null default 0,
    acknowledged_at     datetime(3)  null,
    finished_at         datetime(3)  null,
    version             bigint       not null default 0,
    constraint uk_directive_part unique (directive_id, unit_id, round),
    constraint fk_part_directive foreign key (directive_id) references directive (id),
    constraint fk_part_unit foreign key (unit_id) references org_unit (id),
    constraint fk_part_holder foreign key (holder_position_id) references org_position (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_part_holder_status on directive_part (holder_position_id, status);
create index ix_part_unit_status on directive_part (unit_id, status, due_date);

-- The timeline: every action on a directive, who did it, in which position and capacity, and when.
create table directive_event (
    id            bigint        not null auto_increment primary key,
    directive_id  bigint        not null,
    part_id       bigint        null,
    occurred_at   datetime(3)   not null,
    kind          varchar(32)   not null,
    person_id     bigint        null,
    position_id   bigint        null,
    capacity      varchar(16)   null,
    detail        varchar(2000) null,
    constraint fk_event_directive foreign key (directive_id) references directive (id),
    constraint fk_event_part foreign key (part_id) references directive_part (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_event_directive on directive_event (directive_id, occurred_at);
