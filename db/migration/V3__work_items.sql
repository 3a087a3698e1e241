-- The application's own read model of open user tasks ("My work"). Kept in step with Camunda's ACT_RU_TASK by
-- task listeners that write in the engine's transaction (th.tidtam.process.WorkItemProjection), so the inbox
-- never runs Camunda's task query. One row per open task; its candidate groups (position codes) in
-- work_item_group, which also carries the inbox's sort keys so that "my positions' work, most urgent first,
-- earliest due first" is read from one index.

create table work_item (
    task_id                varchar(64)  not null primary key,
    process_instance_id    varchar(64)  not null,
    process_definition_key varchar(255) not null,
    task_definition_key    varchar(255) null,
    name                   varchar(255) null,
    assignee               varchar(255) null,
    business_key           varchar(255) null,
    created_at             datetime     not null,
    due_at                 datetime     null,
    follow_up_at           datetime     null,
    priority               int          not null default 50,
    -- directive context, copied from process variables when present
    directive_id           bigint       null,
    directive_number       varchar(32)  null,
    subject                varchar(500) null,
    urgency                varchar(16)  null,
    secrecy                varchar(16)  null,
    unit_id                bigint       null,
    -- number and subject with Thai digits turned into Arabic ones, for "text contains" searches
    search_text            varchar(600) null,
    constraint ck_work_item_urgency check (urgency is null or urgency in ('NORMAL', 'URGENT', 'VERY_URGENT', 'MOST_URGENT'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_work_item_process_instance on work_item (process_instance_id);
create index ix_work_item_assignee on work_item (assignee);

-- One row per candidate group of an open task. urgency_rank: 0 MOST_URGENT, 1 VERY_URGENT, 2 URGENT, 3 NORMAL or
-- none. due_sort: the due date, or 9999-12-31 when there is none (no due date sorts last and is never overdue).
create table work_item_group (
    task_id      varchar(64) not null,
    group_code   varchar(64) not null,
    urgency_rank tinyint     not null,
    due_sort     datetime    not null,
    created_at   datetime    not null,
    constraint pk_work_item_group primary key (task_id, group_code),
    constraint fk_work_item_group_item foreign key (task_id) references work_item (task_id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
-- the inbox: by position code, then urgency, then due date, then age; for one code the index gives the order
create index ix_work_item_group_inbox on work_item_group (group_code, urgency_rank, due_sort, created_at, task_id);
