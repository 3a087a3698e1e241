-- Public holidays of the Thai civil service, as announced by the Prime Minister's Office and the Cabinet. The
-- administrator edits this table; nothing is computed (Buddhist holidays follow the lunar calendar and the Cabinet
-- adds special holidays every year). Working days are Monday to Friday minus the days in this table.
-- OFFICIAL: a regular public holiday. SPECIAL: a special holiday added by the Cabinet. SUBSTITUTION: the
-- substitution day (วันหยุดชดเชย) for a holiday that falls on a weekend, always entered as its own row.
-- Schema only: the demo/initial list lives in workflow-app/src/main/resources/demo/holidays.csv.

create table holiday (
    id       bigint       not null auto_increment primary key,
    day      date         not null,
    name_th  varchar(255) not null,
    name_en  varchar(255) not null,
    kind     varchar(16)  not null default 'OFFICIAL',
    version  bigint       not null default 0,
    -- one row per day: the working-day arithmetic only asks "is this day a holiday"; the unique key is its index too
    constraint uk_holiday_day unique (day),
    constraint ck_holiday_kind check (kind in ('OFFICIAL', 'SPECIAL', 'SUBSTITUTION'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
