-- The dashboard's "closed this month" and its monthly trend count a province's directives closed in a period: with
-- the province first the read is a range over that province's closed directives, not a scan of every province's
-- (the national data: 17 ms → 8 ms for the trend at a fifth of the country, 2.5 → 0.8 ms for the month).
create index ix_directive_province_closed on directive (province_id, status, closed_at);
