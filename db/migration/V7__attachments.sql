-- Files attached to a directive (ไฟล์แนบ): the governor's documents when issuing, and the evidence units attach to
-- their part or to one of their reports. The bytes live on disk under a random storage key, never under the user's
-- file name; the name is kept here as text only.
create table directive_attachment (
    id                      bigint        not null auto_increment primary key,
    directive_id            bigint        not null,
    part_id                 bigint        null,
    -- no foreign key: the reports table arrives in a separate migration and may be reshaped independently
    report_id               bigint        null,
    file_name               varchar(255)  not null,
    content_type            varchar(127)  not null,
    size_bytes              bigint        not null,
    sha256                  char(64)      not null,
    storage_key             varchar(64)   not null,
    uploaded_at             datetime(3)   not null,
    uploaded_by_person_id   bigint        not null,
    uploaded_by_position_id bigint        not null,
    uploaded_capacity       varchar(16)   not null,
    constraint uk_attachment_storage_key unique (storage_key),
    constraint fk_attachment_directive foreign key (directive_id) references directive (id),
    constraint fk_attachment_part foreign key (part_id) references directive_part (id),
    constraint fk_attachment_person foreign key (uploaded_by_person_id) references person (id),
    constraint fk_attachment_position foreign key (uploaded_by_position_id) references org_position (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_attachment_directive on directive_attachment (directive_id, uploaded_at);
create index ix_attachment_part on directive_attachment (part_id);
create index ix_attachment_report on directive_attachment (report_id);
