-- The dashboard counts parts by state and date in SQL: open parts by due date in force, finished parts by the day
-- their work ended, directives by the month they closed. Without these the counts scan every part of every year.
create index ix_part_status_due on directive_part (status, due_date);
create index ix_part_status_finished on directive_part (status, finished_at);
create index ix_directive_closed on directive (status, closed_at);
