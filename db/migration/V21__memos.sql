-- The memo up the chain (issue 13): บันทึกข้อความ drafted by a position, presented level by level up the chain of
-- command to the position it is addressed to, each level's annotation (เกษียน) kept with name, position, capacity and
-- time. Positions, units, directives and the subject record (a letter, an outgoing draft, an order) are other modules'
-- ids: no foreign key crosses a module. Free text is utf8mb4.

create table memo (
    id                      bigint        not null auto_increment primary key,
    seq                     int           not null,
    be_year                 int           not null,
    -- N/BE-year, Arabic digits, e.g. 12/2569 (shown "บันทึก 12/2569")
    number                  varchar(16)   not null,
    agency                  varchar(500)  not null,
    reference_no            varchar(100)  null,
    memo_date               date          not null,
    subject                 varchar(500)  not null,
    salutation              varchar(255)  not null,
    body                    text          not null,
    purpose                 varchar(16)   not null,
    -- a delegable matter code of org (GENERAL, BUDGET, PERSONNEL, ...): what a delegation must cover to decide it
    matter                  varchar(32)   not null,
    urgency                 varchar(16)   not null,
    secrecy                 varchar(16)   not null,
    -- what the memo is about (LETTER_IN, LETTER_OUT, ORDER) through the MemoSubject SPI; null for a plain memo
    subject_type            varchar(32)   null,
    subject_id              bigint        null,
    drafter_person_id       bigint        not null,
    drafter_position_id     bigint        not null,
    drafter_capacity        varchar(16)   null,
    addressee_position_id   bigint        not null,
    status                  varchar(16)   not null,
    -- the level it waits at (after skipping vacant ones), null unless IN_CHAIN
    at_position_id          bigint        null,
    decision                varchar(16)   null,
    decided_at              datetime(3)   null,
    directive_id            bigint        null,
    process_instance_id     varchar(64)   null,
    created_at              datetime(3)   not null,
    updated_at              datetime(3)   not null,
    -- SearchText.fold of number, subject, agency, reference and body: what CaseSearch matches
    search_text             text          null,
    version                 bigint        not null default 0,
    constraint uq_memo_number unique (be_year, seq)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_memo_drafter on memo (drafter_position_id, updated_at);
create index ix_memo_at on memo (at_position_id);
create index ix_memo_subject on memo (subject_type, subject_id);

-- every position the memo reached (the drafter's, each level's, each deciding one): who may see it
create table memo_reach (
    id            bigint not null auto_increment primary key,
    memo_id       bigint not null,
    position_id   bigint not null,
    constraint fk_memo_reach_memo foreign key (memo_id) references memo (id),
    constraint uq_memo_reach unique (memo_id, position_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_memo_reach_position on memo_reach (position_id);

-- เกษียน: one row per annotation, in order; names and titles as they were at the time
create table memo_annotation (
    id                      bigint        not null auto_increment primary key,
    memo_id                 bigint        not null,
    seq                     int           not null,
    -- PRESENT (เรียน <next> เพื่อโปรด…), RETURN (for correction), RESUBMIT (the drafter sent it up again), DECIDE
    kind                    varchar(16)   not null,
    person_id               bigint        null,
    position_id             bigint        null,
    capacity                varchar(16)   null,
    -- deciding on behalf (ปฏิบัติราชการแทน): the position whose power was used
    on_behalf_of_position_id bigint       null,
    person_name             varchar(255)  null,
    position_title_th       varchar(255)  null,
    position_title_en       varchar(255)  null,
    to_position_id          bigint        null,
    purpose                 varchar(16)   null,
    decision                varchar(16)   null,
    note                    text          null,
    -- copied from the memo, so the trail masks the note of a classified memo
    secrecy                 varchar(16)   not null,
    annotated_at            datetime(3)   not null,
    constraint fk_memo_annotation_memo foreign key (memo_id) references memo (id),
    constraint uq_memo_annotation unique (memo_id, seq)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
