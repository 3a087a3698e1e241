-- A holder's pending request for more time (ขอขยายเวลา) on a unit's part; decided by the head of office.
-- Granted dates replace due_date while original_due_date stays on record; the whole story is on the timeline.
alter table directive_part
    add column extension_requested_due date null,
    add column extension_reason varchar(2000) null;
