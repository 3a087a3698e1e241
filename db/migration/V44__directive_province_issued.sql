-- The dashboard asks whether a province has directives issued after a period's end before it reads the per-day
-- summary (DirectiveStatistics.anyIssuedOnOrAfter): one index probe instead of a range over the province's rows.
create index ix_directive_province_issued on directive (province_id, issued_at);
