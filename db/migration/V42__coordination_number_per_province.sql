-- Issue 18: a coordination request's number (ปส. n/yyyy) is counted per province, as its number series is; V39 left
-- the unique key installation-wide, so a second province's first request collided with the first province's.
-- The new key leads with province_id and also serves the per-province lists.
alter table coordination_request drop index uq_coordination_number,
    add constraint uq_coordination_number unique (province_id, number_year, number_value);
