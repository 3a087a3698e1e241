-- The inbox read model knows cases, not directives (issue 11): every case type (directive, letter, memo, meeting,
-- coordination request) puts its work items in the same table. case_type is the case type's key (DIRECTIVE, ...),
-- case_id the case's id within its type, case_number its running number as shown, case_part_id the sub-part a task is
-- about when the case type has parts (e.g. the unit whose part of a directive it is). Which process variables hold
-- them is declared per process by the feature that owns it (th.tidtam.process.CaseProcess).
alter table work_item
    add column case_type    varchar(32) null after priority,
    add column case_id      bigint      null after case_type,
    add column case_number  varchar(64) null after case_id,
    add column case_part_id bigint      null after secrecy;

update work_item
   set case_type = 'DIRECTIVE', case_id = directive_id, case_number = directive_number, case_part_id = unit_id
 where directive_id is not null;

alter table work_item
    drop column directive_id,
    drop column directive_number,
    drop column unit_id;

create index ix_work_item_case on work_item (case_type, case_id);
