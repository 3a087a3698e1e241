-- A person's own named filters of "My work" (urgencies, overdue only, search text), at most 20 each (enforced by the
-- application, which also refuses a name that differs only in letter case). The unique key compares names byte for
-- byte (utf8mb4_bin): under utf8mb4_unicode_ci every emoji weighs the same and 'งาน 🔥' would collide with 'งาน 💧'.
create table saved_inbox_filter (
    id           bigint       not null auto_increment primary key,
    person_id    bigint       not null,
    name         varchar(100) character set utf8mb4 collate utf8mb4_bin not null,
    urgencies    varchar(200) not null default '',
    overdue_only boolean      not null default false,
    search_text  varchar(200) null,
    created_at   datetime(3)  not null,
    constraint fk_saved_inbox_filter_person foreign key (person_id) references person (id) on delete cascade,
    constraint uk_saved_inbox_filter_name unique (person_id, name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
