-- The chain of command's version: one row, one number, raised in the same transaction as any change to org's tables,
-- so that every node can keep org's answers across transactions and know, by one cheap primary-key read per
-- transaction, whether they still hold (th.tidtam.org.service.OrgReadCache). Triggers rather than the application
-- raise it: a change made through OrgAdministration, a bulk insert of the benchmark or load generator, the demo
-- loader, a test's plain SQL or an administrator's console all count, and none can forget to. A version read before
-- a change commits is lower than the one after it, so a node never keeps an answer under a version it could be stale
-- for; org's writes are rare (an administrator's edits), so the one row they all update is no bottleneck.
create table org_version (
    id      tinyint not null primary key,
    version bigint  not null,
    constraint ck_org_version_single check (id = 1)
) engine = InnoDB;

insert into org_version (id, version) values (1, 1);


create trigger org_unit_raises_org_version_ins after insert on org_unit for each row update org_version set version = version + 1 where id = 1;
create trigger org_unit_raises_org_version_upd after update on org_unit for each row update org_version set version = version + 1 where id = 1;
create trigger org_unit_raises_org_version_del after delete on org_unit for each row update org_version set version = version + 1 where id = 1;

create trigger org_position_raises_org_version_ins after insert on org_position for each row update org_version set version = version + 1 where id = 1;
create trigger org_position_raises_org_version_upd after update on org_position for each row update org_version set version = version + 1 where id = 1;
create trigger org_position_raises_org_version_del after delete on org_position for each row update org_version set version = version + 1 where id = 1;

create trigger person_raises_org_version_ins after insert on person for each row update org_version set version = version + 1 where id = 1;
create trigger person_raises_org_version_upd after update on person for each row update org_version set version = version + 1 where id = 1;
create trigger person_raises_org_version_del after delete on person for each row update org_version set version = version + 1 where id = 1;

create trigger position_assignment_raises_org_version_ins after insert on position_assignment for each row update org_version set version = version + 1 where id = 1;
create trigger position_assignment_raises_org_version_upd after update on position_assignment for each row update org_version set version = version + 1 where id = 1;
create trigger position_assignment_raises_org_version_del after delete on position_assignment for each row update org_version set version = version + 1 where id = 1;

create trigger unit_supervision_raises_org_version_ins after insert on unit_supervision for each row update org_version set version = version + 1 where id = 1;
create trigger unit_supervision_raises_org_version_upd after update on unit_supervision for each row update org_version set version = version + 1 where id = 1;
create trigger unit_supervision_raises_org_version_del after delete on unit_supervision for each row update org_version set version = version + 1 where id = 1;

create trigger assignment_matter_raises_org_version_ins after insert on assignment_matter for each row update org_version set version = version + 1 where id = 1;
create trigger assignment_matter_raises_org_version_upd after update on assignment_matter for each row update org_version set version = version + 1 where id = 1;
create trigger assignment_matter_raises_org_version_del after delete on assignment_matter for each row update org_version set version = version + 1 where id = 1;

create trigger unit_alias_raises_org_version_ins after insert on unit_alias for each row update org_version set version = version + 1 where id = 1;
create trigger unit_alias_raises_org_version_upd after update on unit_alias for each row update org_version set version = version + 1 where id = 1;
create trigger unit_alias_raises_org_version_del after delete on unit_alias for each row update org_version set version = version + 1 where id = 1;
