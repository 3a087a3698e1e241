-- Unowned matters (issue 14, objective 2): เรื่องที่ไม่มีหน่วยงานรับผิดชอบโดยตรง. A matter arrives (a registered
-- letter, a complaint handed over by the Damrongdhama centre, a ministry's order, a meeting), the head of office
-- triages it to one unit, splits it among several or keeps it in an office group; each holder works its part like a
-- directive's part. Units, positions and letters are other modules' ids: no foreign key crosses a module.
-- Free text is utf8mb4.

create table matter (
    id                       bigint        not null auto_increment primary key,
    -- MATTER series per BE year: "N/2569"
    seq                      int           not null,
    be_year                  int           not null,
    number                   varchar(16)   not null,
    subject                  varchar(500)  not null,
    description              varchar(4000) not null,
    -- LETTER, COMPLAINT, MINISTRY_ORDER, MEETING, OTHER
    source                   varchar(16)   not null,
    source_ref               varchar(255)  null,
    -- LETTER: the incoming letter (case LETTER_IN)
    letter_id                bigint        null,
    urgency                  varchar(16)   not null,
    -- NONE, CONFIDENTIAL
    secrecy                  varchar(16)   not null,
    received_on              date          not null,
    -- set at triage (the latest of the parts' due dates)
    due_date                 date          null,
    -- TRIAGE, OPEN, CLOSED
    status                   varchar(16)   not null,
    registered_by_person_id  bigint        not null,
    registered_by_position_id bigint       not null,
    registered_by_capacity   varchar(16)   null,
    registered_at            datetime(3)   not null,
    closed_at                datetime(3)   null,
    process_instance_id      varchar(64)   null,
    -- SearchText.fold of number, subject, description, reference
    search_text              varchar(6000) null,
    version                  bigint        not null default 0,
    constraint uq_matter_number unique (be_year, seq)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_matter_status on matter (status, received_on);
create index ix_matter_letter on matter (letter_id);

-- one holder's share: a unit (its head's position holds it) or an office group the head of office kept it in
create table matter_part (
    id                       bigint        not null auto_increment primary key,
    matter_id                bigint        not null,
    unit_id                  bigint        not null,
    holder_position_id       bigint        not null,
    kept                     boolean       not null default false,
    share_text               varchar(2000) null,
    due_date                 date          not null,
    original_due_date        date          not null,
    -- OFFERED, DECLINED, WORKING, REPORTED, DONE
    status                   varchar(16)   not null,
    percent                  int           not null default 0,
    -- ON_TRACK, AT_RISK, DELAYED
    progress_status          varchar(16)   null,
    assigned_at              datetime(3)   not null,
    accepted_at              datetime(3)   null,
    final_text               varchar(4000) null,
    reported_at              datetime(3)   null,
    done_at                  datetime(3)   null,
    extension_to             date          null,
    extension_reason         varchar(2000) null,
    extension_requested_at   datetime(3)   null,
    reminded_for             date          null,
    escalation_level         int           not null default 0,
    escalated_at             datetime(3)   null,
    version                  bigint        not null default 0,
    constraint fk_matter_part_matter foreign key (matter_id) references matter (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_matter_part_matter on matter_part (matter_id);
create index ix_matter_part_holder on matter_part (holder_position_id, status);

-- a unit declines a matter once: the second decline of the same unit is refused by the key
create table matter_decline (
    id                       bigint        not null auto_increment primary key,
    matter_id                bigint        not null,
    part_id                  bigint        not null,
    unit_id                  bigint        not null,
    reason                   varchar(2000) not null,
    declined_by_person_id    bigint        not null,
    declined_by_position_id  bigint        not null,
    declined_by_capacity     varchar(16)   null,
    declined_at              datetime(3)   not null,
    -- set when the head of office gave the share to someone else
    reassigned_at            datetime(3)   null,
    constraint uq_matter_decline unique (matter_id, unit_id),
    constraint fk_matter_decline_matter foreign key (matter_id) references matter (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table matter_progress (
    id                       bigint        not null auto_increment primary key,
    matter_id                bigint        not null,
    part_id                  bigint        not null,
    percent                  int           not null,
    -- ON_TRACK, AT_RISK, DELAYED
    status                   varchar(16)   not null,
    text                     varchar(4000) not null,
    final_report             boolean       not null default false,
    reported_by_person_id    bigint        not null,
    reported_by_position_id  bigint        not null,
    reported_by_capacity     varchar(16)   null,
    reported_at              datetime(3)   not null,
    constraint fk_matter_progress_part foreign key (part_id) references matter_part (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_matter_progress_part on matter_progress (part_id, reported_at);

-- PDPA: the complainant's personal data, apart from the matter; read only through the route's check, every read audited
create table matter_complainant (
    matter_id                bigint        not null primary key,
    full_name                varchar(255)  not null,
    national_id              varchar(13)   null,
    address                  varchar(1000) null,
    phone                    varchar(64)   null,
    email                    varchar(255)  null,
    version                  bigint        not null default 0,
    constraint fk_matter_complainant_matter foreign key (matter_id) references matter (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
