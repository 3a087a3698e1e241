-- The chain of command: units as a tree, positions that report to positions, people, and who fills each
-- position (holder, acting, delegation) with its legal basis. Work is routed to positions, never to persons.

create table org_unit (
    id          bigint       not null auto_increment primary key,
    code        varchar(64)  not null,
    name_th     varchar(255) not null,
    name_en     varchar(255) not null,
    kind        varchar(32)  not null,
    parent_id   bigint       null,
    sort_order  int          not null default 0,
    version     bigint       not null default 0,
    constraint uk_org_unit_code unique (code),
    constraint fk_org_unit_parent foreign key (parent_id) references org_unit (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_org_unit_parent on org_unit (parent_id, sort_order);

create table org_position (
    id            bigint       not null auto_increment primary key,
    code          varchar(64)  not null,
    title_th      varchar(255) not null,
    title_en      varchar(255) not null,
    unit_id       bigint       not null,
    reports_to_id bigint       null,
    unit_head     boolean      not null default false,
    role          varchar(32)  not null default 'STAFF',
    clearance     varchar(16)  not null default 'NONE',
    sort_order    int          not null default 0,
    version       bigint       not null default 0,
    -- one head per unit: the generated column is null for non-heads, and nulls do not collide in a unique key
    head_of_unit_id bigint as (case when unit_head then unit_id end) persistent,
    constraint uk_org_position_code unique (code),
    constraint uk_org_position_one_head unique (head_of_unit_id),
    constraint fk_org_position_unit foreign key (unit_id) references org_unit (id),
    constraint fk_org_position_reports_to foreign key (reports_to_id) references org_position (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_org_position_unit on org_position (unit_id, sort_order);
create index ix_org_position_reports_to on org_position (reports_to_id);

create table person (
    id               bigint       not null auto_increment primary key,
    username         varchar(64)  not null,
    password_hash    varchar(100) null,
    full_name_th     varchar(255) not null,
    full_name_en     varchar(255) not null,
    email            varchar(255) null,
    preferred_locale varchar(8)   not null default 'th',
    enabled          boolean      not null default true,
    version          bigint       not null default 0,
    constraint uk_person_username unique (username)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- HOLDER: the substantive holder. ACTING: รักษาราชการแทน. DELEGATION: ปฏิบัติราชการแทน (with what is delegated).
create table position_assignment (
    id               bigint       not null auto_increment primary key,
    position_id      bigint       not null,
    person_id        bigint       not null,
    kind             varchar(16)  not null,
    valid_from       date         not null,
    valid_to         date         null,
    order_number     varchar(64)  null,
    order_date       date         null,
    delegated_powers varchar(2000) null,
    note             varchar(1000) null,
    version          bigint       not null default 0,
    constraint fk_assignment_position foreign key (position_id) references org_position (id),
    constraint fk_assignment_person foreign key (person_id) references person (id),
    constraint ck_assignment_period check (valid_to is null or valid_to >= valid_from),
    constraint ck_assignment_kind check (kind in ('HOLDER', 'ACTING', 'DELEGATION'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
-- "who acts for position X today" and "which positions does person P fill today" are both range scans on these
create index ix_assignment_position_period on position_assignment (position_id, kind, valid_from, valid_to);
create index ix_assignment_person_period on position_assignment (person_id, valid_from, valid_to);

-- A provincial order splits agencies and districts among the vice governors (annex ก)
create table unit_supervision (
    id                     bigint      not null auto_increment primary key,
    supervisor_position_id bigint      not null,
    unit_id                bigint      not null,
    order_number           varchar(64) null,
    order_date             date        null,
    version                bigint      not null default 0,
    constraint uk_unit_supervision_unit unique (unit_id),
    constraint fk_supervision_position foreign key (supervisor_position_id) references org_position (id),
    constraint fk_supervision_unit foreign key (unit_id) references org_unit (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_unit_supervision_supervisor on unit_supervision (supervisor_position_id);

-- Every installation starts with a system unit and an administrator position, so that the initial administrator
-- (from TIDTAM_ADMIN_PASSWORD) has a position to hold before the province's structure is entered.
insert into org_unit (code, name_th, name_en, kind, parent_id, sort_order)
values ('SYSTEM', 'ผู้ดูแลระบบติดตาม', 'Tidtam system administration', 'SYSTEM', null, 999);
insert into org_position (code, title_th, title_en, unit_id, reports_to_id, unit_head, role, clearance, sort_order)
select 'SYS-ADMIN', 'ผู้ดูแลระบบ', 'System administrator', id, null, true, 'ADMINISTRATOR', 'NONE', 0
  from org_unit where code = 'SYSTEM';
