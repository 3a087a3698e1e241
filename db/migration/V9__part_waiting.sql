-- A part waiting on another agency's input (รอข้อมูลจากหน่วยงานอื่น): marked and cleared by whoever works it. The
-- working days spent waiting are kept apart, so the on-time rate can be read fairly and the wait shown on its own.
alter table directive_part
    add column waiting_on_unit_id   bigint       null,
    add column waiting_since        date         null,
    add column waiting_reason       varchar(500) null,
    add column waiting_working_days int          not null default 0,
    add constraint fk_part_waiting_unit foreign key (waiting_on_unit_id) references org_unit (id);
