-- Aliases and abbreviations of a unit as officials write them (สสจ., ปภ.จังหวัด, ป.ป.ส.): the unit pickers and the
-- minutes' extraction find units by them. alias keeps the text as the administrator typed it (stripped, NFC);
-- match_key is the application's matching form of it (lower case, Thai digits as Arabic, without white space and
-- dots), so "สสจ. ฉช." and "สสจ.ฉช." are one key. The unique key is on match_key across the whole province: one
-- abbreviation never means two units. It compares byte for byte (utf8mb4_bin), because the application already folded
-- what should count as equal; utf8mb4_unicode_ci would fold more (every emoji weighs the same).
create table unit_alias (
    id         bigint       not null auto_increment primary key,
    unit_id    bigint       not null,
    alias      varchar(100) character set utf8mb4 collate utf8mb4_unicode_ci not null,
    match_key  varchar(200) character set utf8mb4 collate utf8mb4_bin not null,
    created_at datetime(3)  not null,
    constraint fk_unit_alias_unit foreign key (unit_id) references org_unit (id),
    constraint uk_unit_alias_match_key unique (match_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_unit_alias_unit on unit_alias (unit_id);
