-- Second factor and API tokens (issue 16, module security). The TOTP secret is stored encrypted (AES-GCM, key from
-- TIDTAM_SECRET_KEY or a key file made once); recovery codes and API tokens only as hashes. person_id is the org
-- module's person (no foreign key crosses a module).
create table second_factor (
    person_id      bigint         not null primary key,
    -- nonce || ciphertext || tag, base64
    secret_sealed  varchar(200)   character set ascii collate ascii_bin not null,
    enrolled_at    datetime(3)    not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Every TOTP time step a person has used: a code of a step once used is refused (replay). Old rows are pruned.
create table second_factor_step (
    person_id      bigint         not null,
    step           bigint         not null,
    used_at        datetime(3)    not null,
    primary key (person_id, step)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Ten recovery codes per person, shown once: SHA-256 of a per-code salt and the code; used_at once spent.
create table recovery_code (
    id             bigint         not null auto_increment primary key,
    person_id      bigint         not null,
    salt           varchar(32)    character set ascii collate ascii_bin not null,
    code_hash      varchar(64)    character set ascii collate ascii_bin not null,
    created_at     datetime(3)    not null,
    used_at        datetime(3)    null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_recovery_code_person on recovery_code (person_id);

-- A person's API tokens for HTTP Basic (username:token): SHA-256 of a 256-bit random token, shown once.
create table api_token (
    id             bigint         not null auto_increment primary key,
    person_id      bigint         not null,
    name           varchar(100)   not null,
    token_hash     varchar(64)    character set ascii collate ascii_bin not null,
    created_at     datetime(3)    not null,
    last_used_at   datetime(3)    null,
    revoked_at     datetime(3)    null,
    constraint uq_api_token_hash unique (token_hash)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_api_token_person on api_token (person_id, created_at);
