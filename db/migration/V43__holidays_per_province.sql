-- Holidays per province (issue 18). A row with no province is a national holiday (the Cabinet's, counted
-- everywhere); a province's own holiday names its province and counts only for that province's cases. The old key
-- (one row per day) becomes one national row per day and one row per day of each province's own: the generated
-- province_key stands for "national" as 0, because a unique key lets any number of NULLs through. The key leads
-- with day, so it still serves the working-day arithmetic's range scan of a year.
alter table holiday add column province_key bigint as (coalesce(province_id, 0)) persistent;
alter table holiday add constraint uk_holiday_day_province unique (day, province_key);
alter table holiday drop index uk_holiday_day;

-- the province table is org's: a new province (or a changed name) raises org's version like any org change (V38),
-- so the answers org keeps across transactions (the provinces among them) are read afresh
create trigger province_raises_org_version_ins after insert on province for each row update org_version set version = version + 1 where id = 1;
create trigger province_raises_org_version_upd after update on province for each row update org_version set version = version + 1 where id = 1;
create trigger province_raises_org_version_del after delete on province for each row update org_version set version = version + 1 where id = 1;
