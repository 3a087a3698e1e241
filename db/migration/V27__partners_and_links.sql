-- Partners register (issue 14): organisations outside the chain of command the province works with — state
-- enterprises, local governments, companies, associations, universities, foundations — with a contact person.
-- Maintained by the administrator and the secretariat; deactivated, never deleted. The district is org's unit id
-- (no foreign key crosses a module). Free text is utf8mb4.
create table partner (
    id                bigint        not null auto_increment primary key,
    -- STATE_ENTERPRISE, LOCAL_GOVERNMENT, PRIVATE_COMPANY, ASSOCIATION, UNIVERSITY, FOUNDATION, OTHER
    kind              varchar(24)   not null,
    -- LOCAL_GOVERNMENT only: PAO, CITY_MUNICIPALITY, TOWN_MUNICIPALITY, SUBDISTRICT_MUNICIPALITY, SAO
    local_kind        varchar(32)   null,
    name_th           varchar(255)  not null,
    name_en           varchar(255)  null,
    -- the Thai name folded (case, spaces, Thai digits) while the partner is active, else null: unique among active
    -- partners; binary so that the database's collation does not fold Thai marks the service keeps apart
    active_name_key   varchar(255)  character set utf8mb4 collate utf8mb4_bin null,
    contact_name      varchar(255)  null,
    contact_title     varchar(255)  null,
    email             varchar(254)  null,
    phone             varchar(64)   null,
    address           varchar(1000) null,
    district_unit_id  bigint        null,
    active            boolean       not null default true,
    -- names, contact, e-mail and phone folded, for the register's search
    search_text       varchar(2000) not null,
    created_at        datetime(3)   not null,
    updated_at        datetime(3)   not null,
    version           bigint        not null default 0,
    constraint uq_partner_active_name unique (active_name_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_partner_kind on partner (kind, active, name_th);

-- One-time links (casework.links): a token that opens one party of one case for someone without a login. Only the
-- token's SHA-256 is stored; the token itself is shown once.
create table case_link (
    id                bigint        not null auto_increment primary key,
    case_type         varchar(32)   not null,
    case_id           bigint        not null,
    part_id           bigint        null,
    -- SHA-256 of the token, lower-case hex
    token_hash        varchar(64)   character set ascii collate ascii_bin not null,
    created_at        datetime(3)   not null,
    expires_at        datetime(3)   not null,
    used_at           datetime(3)   null,
    revoked_at        datetime(3)   null,
    version           bigint        not null default 0,
    constraint uq_case_link_token unique (token_hash)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_case_link_case on case_link (case_type, case_id, part_id);

-- Failed presentations of a link per client address, in the database so that every node counts the same tries;
-- rows older than the throttling window are purged as new ones arrive.
create table case_link_attempt (
    id                bigint        not null auto_increment primary key,
    client_address    varchar(64)   not null,
    attempted_at      datetime(3)   not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_case_link_attempt_address on case_link_attempt (client_address, attempted_at);
create index ix_case_link_attempt_at on case_link_attempt (attempted_at);
