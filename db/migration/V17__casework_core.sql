-- The casework core (issue 11): the timeline, alerts to positions and running-number series become shared by every
-- case type (directive, letter, memo, meeting, coordination request, ...) instead of belonging to the directive.
-- A case is named by (case_type, case_id); the core never interprets either, so it holds no foreign key to a
-- feature's table. Every existing row is kept with its id.

create table case_event (
    id            bigint        not null auto_increment primary key,
    case_type     varchar(32)   not null,
    case_id       bigint        not null,
    -- the sub-part of the case the entry is about (a unit's part of a directive), if any
    part_id       bigint        null,
    occurred_at   datetime(3)   not null,
    -- the case type's own name for what happened (e.g. ACKNOWLEDGED); the screens translate it
    kind          varchar(32)   not null,
    person_id     bigint        null,
    position_id   bigint        null,
    capacity      varchar(16)   null,
    detail        varchar(2000) null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
insert into case_event (id, case_type, case_id, part_id, occurred_at, kind, person_id, position_id, capacity, detail)
select id, 'DIRECTIVE', directive_id, part_id, occurred_at, kind, person_id, position_id, capacity, detail
  from directive_event;
drop table directive_event;
create index ix_case_event_case on case_event (case_type, case_id, occurred_at, id);
create index ix_case_event_part on case_event (part_id, kind);

create table case_alert (
    id            bigint       not null auto_increment primary key,
    position_id   bigint       not null,
    case_type     varchar(32)  not null,
    case_id       bigint       not null,
    part_id       bigint       null,
    kind          varchar(32)  not null,
    created_at    datetime(3)  not null,
    detail        varchar(500) null,
    read_at       datetime(3)  null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
insert into case_alert (id, position_id, case_type, case_id, part_id, kind, created_at, detail, read_at)
select id, position_id, 'DIRECTIVE', directive_id, part_id, kind, created_at, detail, read_at from position_alert;
drop table position_alert;
-- my unread alerts, newest first
create index ix_case_alert_position on case_alert (position_id, read_at, created_at);
create index ix_case_alert_case on case_alert (case_type, case_id);

-- Running numbers per named series and period: the directives' N/2569 (period = the Buddhist-era year), a letters
-- register's numbers per calendar year, ... The series says which year it restarts with.
create table number_series (
    series      varchar(64) not null,
    period      int         not null,
    last_number int         not null,
    constraint pk_number_series primary key (series, period)
) engine = InnoDB;
insert into number_series (series, period, last_number)
select 'DIRECTIVE', be_year, last_number from directive_number_sequence;
drop table directive_number_sequence;
