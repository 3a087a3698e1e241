-- Attachments become the casework core's (issue 11): one table for the files of every case type, owned by the case
-- (case_type, case_id) and optionally by one of its parts (part_id: a unit's share of the work) and one report filed
-- on that part (report_id). The core never interprets these ids: the owning case type's attachment policy checks that
-- a part or report is the case's own, so there are no foreign keys into other modules' tables (directive, person,
-- org_position). The uploader is the casework actor stamp (person, position, capacity).
create table case_attachment (
    id                      bigint        not null auto_increment primary key,
    case_type               varchar(32)   not null,
    case_id                 bigint        not null,
    part_id                 bigint        null,
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
    constraint uk_case_attachment_storage_key unique (storage_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_case_attachment_case on case_attachment (case_type, case_id, uploaded_at);
create index ix_case_attachment_part on case_attachment (case_type, case_id, part_id);
create index ix_case_attachment_report on case_attachment (report_id);

-- every directive's file, under the same id (links /api/attachments/{id} keep working) and the same storage key (the
-- files on disk stay where they are); new ids continue after the highest copied one
insert into case_attachment (id, case_type, case_id, part_id, report_id, file_name, content_type, size_bytes, sha256,
                             storage_key, uploaded_at, uploaded_by_person_id, uploaded_by_position_id, uploaded_capacity)
select id, 'DIRECTIVE', directive_id, part_id, report_id, file_name, content_type, size_bytes, sha256,
       storage_key, uploaded_at, uploaded_by_person_id, uploaded_by_position_id, uploaded_capacity
from directive_attachment
order by id;

drop table directive_attachment;
