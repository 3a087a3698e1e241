-- Work follows the post back (issue 16). When routing gives a task to a superior because the position it was meant
-- for is vacant with nobody acting, the read model now remembers that position (meant_for_group) and the group that
-- took the work for it (covering_group). When the vacant position gets a holder or an acting holder, the process
-- module (th.tidtam.process.VacancyReturn) moves exactly those tasks back; the superior's own work has no
-- meant_for_group and never moves. Tasks opened before this version carry no record and stay where they are.
alter table work_item
    add column meant_for_group varchar(64) null,
    add column covering_group  varchar(64) null;
create index ix_work_item_meant_for on work_item (meant_for_group);
