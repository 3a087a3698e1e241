-- The meeting cycle (issue 12): bodies that meet (the province's monthly meeting of heads of agencies, the committees
-- the governor chairs) with their members by position, their meetings numbered N/BE-year per body, each meeting's
-- agenda (six standard sections, items submitted by agencies), its published versions, attendance, minutes and the
-- directives the minutes give. Positions and units are org's ids and directives the directive module's ids: no foreign
-- key crosses a module, as elsewhere. Free text is utf8mb4 (emoji and all of Thai).

create table meeting_body (
    id                     bigint       not null auto_increment primary key,
    code                   varchar(32)  not null,
    name_th                varchar(255) not null,
    name_en                varchar(255) not null,
    -- MONTHLY: the province's monthly meeting (one body); COMMITTEE: any committee the governor chairs
    kind                   varchar(16)  not null,
    chair_position_id      bigint       not null,
    -- the unit that keeps the body's secretariat (กลุ่มงานอำนวยการ for the monthly meeting)
    secretary_unit_id      bigint       null,
    default_room           varchar(255) null,
    -- agencies submit agenda items up to this many working days before a meeting
    cut_off_working_days   int          not null,
    active                 boolean      not null default true,
    version                bigint       not null default 0,
    constraint uq_meeting_body_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table meeting_body_member (
    id                     bigint      not null auto_increment primary key,
    body_id                bigint      not null,
    position_id            bigint      not null,
    member_role            varchar(24) not null,
    -- the member reports to every meeting (an agenda item is owed before each cut-off)
    reports_every_meeting  boolean     not null default false,
    constraint fk_meeting_body_member_body foreign key (body_id) references meeting_body (id),
    constraint uq_meeting_body_member unique (body_id, position_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_meeting_body_member_position on meeting_body_member (position_id);

create table meeting (
    id                            bigint       not null auto_increment primary key,
    body_id                       bigint       not null,
    seq                           int          not null,
    be_year                       int          not null,
    -- N/BE-year, Arabic digits, e.g. 1/2569
    number                        varchar(16)  not null,
    starts_at                     datetime     not null,
    ends_at                       datetime     not null,
    room                          varchar(255) null,
    chair_position_id             bigint       not null,
    -- HOLDER, ACTING (รักษาราชการแทน), DELEGATION (ปฏิบัติราชการแทน): who chairs in whose place
    chair_capacity                varchar(16)  null,
    chair_in_place_of_position_id bigint       null,
    secretary_position_id         bigint       null,
    cut_off_date                  date         not null,
    status                        varchar(24)  not null,
    cancel_reason                 varchar(2000) null,
    agenda_version                int          not null default 0,
    minutes_status                varchar(16)  not null,
    minutes_checked_by_position_id bigint      null,
    minutes_checked_by_person_id  bigint       null,
    minutes_checked_at            datetime(3)  null,
    adopted_at_meeting_id         bigint       null,
    adopted_with_corrections      boolean      null,
    process_instance_id           varchar(64)  null,
    created_at                    datetime(3)  not null,
    version                       bigint       not null default 0,
    constraint fk_meeting_body foreign key (body_id) references meeting_body (id),
    constraint uq_meeting_number unique (body_id, be_year, seq)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_meeting_body_start on meeting (body_id, starts_at);
create index ix_meeting_start on meeting (starts_at);

create table agenda_item (
    id                        bigint        not null auto_increment primary key,
    meeting_id                bigint        not null,
    -- 1 chair's announcements, 2 adopt the last minutes, 3 follow-up, 4 for information, 5 for decision, 6 other
    section                   int           not null,
    seq                       int           not null,
    title                     varchar(500)  not null,
    summary                   text          null,
    presenter_unit_id         bigint        null,
    submitted_by_position_id  bigint        null,
    submitted_by_person_id    bigint        null,
    submitted_capacity        varchar(16)   null,
    submitted_at              datetime(3)   not null,
    status                    varchar(16)   not null,
    return_reason             varchar(2000) null,
    moved_to_meeting_id       bigint        null,
    moved_from_item_id        bigint        null,
    -- submitted after the cut-off, let in by the secretariat
    late_override             boolean       not null default false,
    secrecy                   varchar(16)   not null,
    -- the minutes of the item: what was reported and the meeting's resolution (มติที่ประชุม)
    reported                  text          null,
    resolution                text          null,
    version                   bigint        not null default 0,
    constraint fk_agenda_item_meeting foreign key (meeting_id) references meeting (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_agenda_item_meeting on agenda_item (meeting_id, section, seq);
create index ix_agenda_item_submitter on agenda_item (submitted_by_position_id);

create table agenda_version (
    id                       bigint        not null auto_increment primary key,
    meeting_id               bigint        not null,
    version                  int           not null,
    published_at             datetime(3)   not null,
    published_by_position_id bigint        null,
    published_by_person_id   bigint        null,
    change_note              varchar(2000) null,
    -- the agenda as it was published: sections, items, follow-up lines
    snapshot                 longtext      not null,
    constraint fk_agenda_version_meeting foreign key (meeting_id) references meeting (id),
    constraint uq_agenda_version unique (meeting_id, version)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table meeting_attendance (
    id                    bigint        not null auto_increment primary key,
    meeting_id            bigint        not null,
    position_id           bigint        not null,
    status                varchar(16)   not null,
    representative_name   varchar(255)  null,
    representative_title  varchar(255)  null,
    absence_reason        varchar(1000) null,
    constraint fk_meeting_attendance_meeting foreign key (meeting_id) references meeting (id),
    constraint uq_meeting_attendance unique (meeting_id, position_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table minutes_directive (
    id                      bigint        not null auto_increment primary key,
    meeting_id              bigint        not null,
    -- the agenda item in the system, when the minutes' item is one (minutes pasted in may name items it never had)
    agenda_item_id          bigint        null,
    -- the item's number as the minutes write it, e.g. 4.2
    agenda_item_number      varchar(32)   not null,
    seq                     int           not null,
    subject                 varchar(500)  not null,
    text                    text          not null,
    -- lead unit first, comma-separated ids
    unit_ids                varchar(2000) not null,
    all_districts           boolean       not null default false,
    all_agencies            boolean       not null default false,
    due_date                date          null,
    cadence                 varchar(24)   null,
    cadence_days            int           null,
    -- the confirmed batch it was issued in: a second confirm of the same batch issues nothing again
    batch_key               varchar(64)   null,
    issued_directive_id     bigint        null,
    issued_directive_number varchar(16)   null,
    created_at              datetime(3)   not null,
    constraint fk_minutes_directive_meeting foreign key (meeting_id) references meeting (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_minutes_directive_meeting on minutes_directive (meeting_id, seq);
create index ix_minutes_directive_batch on minutes_directive (meeting_id, batch_key);

create table minutes_correction (
    id                     bigint        not null auto_increment primary key,
    -- the meeting whose minutes were corrected
    meeting_id             bigint        not null,
    -- the meeting that adopted them with this correction (under its item 2)
    adopted_at_meeting_id  bigint        not null,
    agenda_item_id         bigint        null,
    correction             text          not null,
    recorded_at            datetime(3)   not null,
    recorded_by_position_id bigint       null,
    recorded_by_person_id  bigint        null,
    constraint fk_minutes_correction_meeting foreign key (meeting_id) references meeting (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
