-- Provincial orders (issue 13): คำสั่งจังหวัดฉะเชิงเทรา ที่ N/BE-year appointing an acting holder (รักษาราชการแทน),
-- delegating the governor's powers (ปฏิบัติราชการแทน, with the annex of delegable matters) or setting up a committee.
-- Drafted, sent up with a memo, numbered when signed, in force on its effective date. Positions, people, assignments
-- and meeting bodies are other modules' ids: no foreign key crosses a module. Free text is utf8mb4.

create table provincial_order (
    id                    bigint        not null auto_increment primary key,
    -- ACTING, DELEGATION, COMMITTEE
    kind                  varchar(16)   not null,
    -- DRAFT, PRESENTED, SIGNED, IN_FORCE, DISAPPROVED, CANCELLED
    status                varchar(16)   not null,
    subject               varchar(500)  not null,
    -- the reasons and the authority relied on (the order's first paragraph)
    reasons               varchar(4000) not null,
    -- what is ordered, in the drafter's words (the kind's own lines are generated)
    ordered_text          varchar(4000) null,
    effective_from        date          not null,
    effective_to          date          null,
    -- ACTING: the position acted for; DELEGATION: the position whose powers are delegated (the governor's)
    position_id           bigint        null,
    -- ACTING: the acting person; DELEGATION: the delegate
    person_id             bigint        null,
    -- DELEGATION: the delegable matters' codes, comma-separated, and the annex in the drafter's words
    matters               varchar(255)  null,
    annex_text            varchar(4000) null,
    -- COMMITTEE: the body the order sets up (the meeting module creates it at signing)
    body_code             varchar(32)   null,
    body_name_th          varchar(255)  null,
    body_name_en          varchar(255)  null,
    chair_position_id     bigint        null,
    secretary_unit_id     bigint        null,
    -- what signing recorded in org / meeting
    assignment_id         bigint        null,
    body_id               bigint        null,
    -- the number, taken at signing: N/BE-year
    seq                   int           null,
    be_year               int           null,
    number                varchar(16)   null,
    signed_on             date          null,
    signed_at             datetime(3)   null,
    signed_by_person_id   bigint        null,
    signed_by_position_id bigint        null,
    signed_by_capacity    varchar(16)   null,
    drafted_by_person_id  bigint        not null,
    drafted_by_position_id bigint       not null,
    drafted_by_capacity   varchar(16)   null,
    drafted_at            datetime(3)   not null,
    in_force_at           datetime(3)   null,
    cancel_reason         varchar(2000) null,
    cancelled_at          datetime(3)   null,
    process_instance_id   varchar(64)   null,
    version               bigint        not null default 0,
    constraint uq_provincial_order_number unique (be_year, seq)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_provincial_order_status on provincial_order (status, drafted_at);
create index ix_provincial_order_position on provincial_order (position_id, kind, status);

-- COMMITTEE: the members the order appoints, by position
create table provincial_order_member (
    id                    bigint      not null auto_increment primary key,
    order_id              bigint      not null,
    position_id           bigint      not null,
    member_role           varchar(24) not null,
    reports_every_meeting boolean     not null default false,
    constraint fk_provincial_order_member_order foreign key (order_id) references provincial_order (id),
    constraint uq_provincial_order_member unique (order_id, position_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
