-- Work on a unit's part below its head: delegation down the unit's chain, progress reports reviewed one level up,
-- reporting cadence, reminders and escalation up the chain of command when a part is late.

-- holder_position_id stays the unit's responsible position (acknowledges, submits the final report);
-- worker_position_id is whoever the part was delegated to (null: the holder works it), delegated_by_position_id the
-- position that delegated it (reviews the worker's progress reports).
alter table directive_part
    add column worker_position_id        bigint      null,
    add column delegated_by_position_id  bigint      null,
    add column acknowledge_due           date        null,
    add column report_due                date        null,
    add column reminded_for              date        null,
    add column escalated_to_position_id  bigint      null,
    add column escalated_at              datetime(3) null,
    add column last_report_percent       int         null,
    add column last_report_status        varchar(16) null,
    add constraint fk_part_worker foreign key (worker_position_id) references org_position (id),
    add constraint fk_part_delegated_by foreign key (delegated_by_position_id) references org_position (id),
    add constraint fk_part_escalated_to foreign key (escalated_to_position_id) references org_position (id);
create index ix_part_worker_status on directive_part (worker_position_id, status);

-- Progress reports (รายงานความก้าวหน้า): interim, never close anything; each is accepted or returned one level up.
create table progress_report (
    id                      bigint        not null auto_increment primary key,
    directive_id            bigint        not null,
    part_id                 bigint        not null,
    reported_at             datetime(3)   not null,
    person_id               bigint        not null,
    position_id             bigint        not null,
    capacity                varchar(16)   not null,
    progress                varchar(16)   not null,
    percent_done            int           not null,
    body                    text          not null,
    obstacle                varchar(2000) null,
    review_state            varchar(16)   not null,
    reviewer_position_id    bigint        not null,
    review_task_id          varchar(64)   null,
    reviewed_at             datetime(3)   null,
    reviewed_by_person_id   bigint        null,
    reviewed_by_position_id bigint        null,
    reviewed_capacity       varchar(16)   null,
    review_comment          varchar(2000) null,
    version                 bigint        not null default 0,
    constraint fk_report_directive foreign key (directive_id) references directive (id),
    constraint fk_report_part foreign key (part_id) references directive_part (id),
    constraint fk_report_person foreign key (person_id) references person (id),
    constraint fk_report_position foreign key (position_id) references org_position (id),
    constraint fk_report_reviewer foreign key (reviewer_position_id) references org_position (id),
    constraint ck_report_percent check (percent_done between 0 and 100),
    constraint ck_report_progress check (progress in ('ON_TRACK', 'AT_RISK', 'BLOCKED')),
    constraint ck_report_state check (review_state in ('PENDING', 'ACCEPTED', 'RETURNED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_report_part on progress_report (part_id, reported_at);
create index ix_report_directive on progress_report (directive_id, reported_at);
create index ix_report_review_task on progress_report (review_task_id);

-- Alerts to positions (reminders before a due date, escalations, returned reports): shown in "My work".
create table position_alert (
    id            bigint       not null auto_increment primary key,
    position_id   bigint       not null,
    directive_id  bigint       not null,
    part_id       bigint       null,
    kind          varchar(32)  not null,
    created_at    datetime(3)  not null,
    detail        varchar(500) null,
    read_at       datetime(3)  null,
    constraint fk_alert_position foreign key (position_id) references org_position (id),
    constraint fk_alert_directive foreign key (directive_id) references directive (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_alert_position on position_alert (position_id, read_at, created_at);
