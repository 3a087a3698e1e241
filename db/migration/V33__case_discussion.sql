-- Discussion on a case (issue 15, objective 6): a comment thread on each case of any type (a directive) and on each
-- of its parts (a unit's share), with mentions of positions and files. Comments are never edited silently: the text
-- before each edit stays in case_comment_revision. Cases, parts, people, positions and files are other tables' ids:
-- no foreign key leaves the discussion's own tables. Free text is utf8mb4.

create table case_comment (
    id                   bigint        not null auto_increment primary key,
    case_type            varchar(32)   not null,
    case_id              bigint        not null,
    -- null: the whole case; else one of its parts (the case type says which ids are its parts)
    part_id              bigint        null,
    author_person_id     bigint        not null,
    author_position_id   bigint        not null,
    author_capacity      varchar(16)   null,
    body                 varchar(4000) not null,
    created_at           datetime(3)   not null,
    edited_at            datetime(3)   null,
    -- CLASSIFIED when the case was classified as the comment was written: the audit trail then masks the text
    secrecy              varchar(16)   null,
    -- the form's own key for one post, so that a double click or a resent request posts once
    client_key           varchar(64)   not null,
    version              bigint        not null default 0,
    constraint uq_case_comment_client_key unique (author_person_id, client_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_case_comment_case on case_comment (case_type, case_id, part_id, created_at, id);

-- the text a comment had before one edit, who changed it (in which position) and when
create table case_comment_revision (
    id                   bigint        not null auto_increment primary key,
    comment_id           bigint        not null,
    case_type            varchar(32)   not null,
    case_id              bigint        not null,
    body                 varchar(4000) not null,
    written_at           datetime(3)   not null,
    replaced_at          datetime(3)   not null,
    editor_person_id     bigint        not null,
    editor_position_id   bigint        not null,
    editor_capacity      varchar(16)   null,
    secrecy              varchar(16)   null,
    constraint fk_case_comment_revision_comment foreign key (comment_id) references case_comment (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_case_comment_revision_comment on case_comment_revision (comment_id, id);

-- a position a comment mentions (it was told through an alert)
create table case_comment_mention (
    id                   bigint        not null auto_increment primary key,
    comment_id           bigint        not null,
    case_type            varchar(32)   not null,
    case_id              bigint        not null,
    position_id          bigint        not null,
    constraint uq_case_comment_mention unique (comment_id, position_id),
    constraint fk_case_comment_mention_comment foreign key (comment_id) references case_comment (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_case_comment_mention_position on case_comment_mention (position_id);

-- a file (case_attachment, the casework core's) posted with a comment
create table case_comment_attachment (
    id                   bigint        not null auto_increment primary key,
    comment_id           bigint        not null,
    attachment_id        bigint        not null,
    constraint uq_case_comment_attachment unique (attachment_id),
    constraint fk_case_comment_attachment_comment foreign key (comment_id) references case_comment (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_case_comment_attachment_comment on case_comment_attachment (comment_id);
