-- Provinces as tenants (issue 18). One installation may serve several provinces; every unit, person and case
-- belongs to one. A province's rows are found through `province_id`, copied onto the roots of the org tree and of
-- every case type so that lists, numbers and checks never need to walk the tree.
--
-- Who sets `province_id`: the application where it knows it, and otherwise these tables' BEFORE INSERT triggers,
-- from the row's own unit or creating position (a unit from its parent). Where an installation has exactly one
-- province the triggers fall back to it, so today's single-province installation, plain SQL in a drill and the
-- benchmark's bulk loads need no change; with several provinces a row that names no province fails (not null).

create table province (
    id           bigint       not null auto_increment primary key,
    -- ISO 3166-2 where known (TH-24 is Chachoengsao); the Camunda tenant id of the province's processes
    code         varchar(16)  not null,
    name_th      varchar(255) not null,
    name_en      varchar(255) not null,
    root_unit_id bigint       null,
    created_at   datetime(6)  not null default current_timestamp(6),
    constraint uk_province_code unique (code),
    constraint uk_province_root unique (root_unit_id),
    constraint fk_province_root foreign key (root_unit_id) references org_unit (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- an existing installation's province roots become provinces (Chachoengsao keeps its ISO code)
insert into province (code, name_th, name_en, root_unit_id)
select case when name_th like '%ฉะเชิงเทรา%' then 'TH-24' else code end, name_th, name_en, id
from org_unit where kind = 'PROVINCE' and parent_id is null order by id;

-- units: null only for installation-wide units (the system administrator's, the Ministry's)
alter table org_unit add column province_id bigint null,
    add constraint fk_org_unit_province foreign key (province_id) references province (id);
create index ix_org_unit_province on org_unit (province_id, kind);

create temporary table unit_province as
with recursive tree (id, province_id) as (
    select u.id, p.id from org_unit u join province p on p.root_unit_id = u.id
    union all
    select c.id, t.province_id from org_unit c join tree t on c.parent_id = t.id
)
select id, province_id from tree;
update org_unit u join unit_province t on t.id = u.id set u.province_id = t.province_id;
drop temporary table unit_province;

-- people: their positions' province; null for installation-wide accounts (the system administrator, the Ministry)
alter table person add column province_id bigint null,
    add constraint fk_person_province foreign key (province_id) references province (id);
update person pe set pe.province_id = (
    select min(u.province_id) from position_assignment a join org_position po on po.id = a.position_id
    join org_unit u on u.id = po.unit_id where a.person_id = pe.id);
update person set province_id = (select min(id) from province having count(*) = 1)
where province_id is null
  and not exists (select 1 from position_assignment a join org_position po on po.id = a.position_id
                  join org_unit u on u.id = po.unit_id where a.person_id = person.id and u.kind = 'SYSTEM');

-- holidays: null is a national holiday (the Cabinet's), a province's own holiday names its province
alter table holiday add column province_id bigint null,
    add constraint fk_holiday_province foreign key (province_id) references province (id);

-- number series restart in each province: N/2569 in Chachoengsao and N/2569 in the next province
alter table number_series add column province_id bigint null first;
update number_series set province_id = (select min(id) from province);
delete from number_series where province_id is null;
alter table number_series modify province_id bigint not null, drop primary key,
    add constraint pk_number_series primary key (province_id, series, period),
    add constraint fk_number_series_province foreign key (province_id) references province (id);

-- the roots of the case types
alter table directive add column province_id bigint null after id;
alter table memo add column province_id bigint null after id;
alter table letter_in add column province_id bigint null after id;
alter table outgoing_book add column province_id bigint null after id;
alter table outgoing_letter add column province_id bigint null after id;
alter table provincial_order add column province_id bigint null after id;
alter table partner add column province_id bigint null after id;
alter table coordination_request add column province_id bigint null after id;
alter table matter add column province_id bigint null after id;
alter table meeting_body add column province_id bigint null after id;
alter table meeting add column province_id bigint null after id;
alter table audit_log add column province_id bigint null after id;

update directive d set province_id = coalesce(
    (select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = d.issued_by_position_id),
    (select u.province_id from org_unit u where u.id = d.lead_unit_id), (select min(id) from province));
update memo m set province_id = coalesce(
    (select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = m.drafter_position_id),
    (select min(id) from province));
update letter_in l set province_id = coalesce(
    (select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = l.registered_position_id),
    (select min(id) from province));
update outgoing_book b set province_id = coalesce((select u.province_id from org_unit u where u.id = b.unit_id),
    (select min(id) from province));
update outgoing_letter l set province_id = (select b.province_id from outgoing_book b where b.id = l.book_id);
update provincial_order o set province_id = coalesce(
    (select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = o.drafted_by_position_id),
    (select min(id) from province));
update partner pa set province_id = coalesce((select u.province_id from org_unit u where u.id = pa.district_unit_id),
    (select min(id) from province));
update coordination_request r set province_id = coalesce(
    (select u.province_id from org_unit u where u.id = r.requester_unit_id), (select min(id) from province));
update matter m set province_id = coalesce(
    (select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = m.registered_by_position_id),
    (select min(id) from province));
update meeting_body b set province_id = coalesce((select u.province_id from org_unit u where u.id = b.secretary_unit_id),
    (select min(id) from province));
update meeting m set province_id = (select b.province_id from meeting_body b where b.id = m.body_id);
update audit_log a set province_id = (
    select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = a.position_id);

alter table directive modify province_id bigint not null,
    add constraint fk_directive_province foreign key (province_id) references province (id),
    drop index uk_directive_number, add constraint uk_directive_number unique (province_id, be_year, running_number),
    drop index uk_directive_number_text, add constraint uk_directive_number_text unique (province_id, number);
create index ix_directive_province on directive (province_id, status, due_date);
alter table memo modify province_id bigint not null,
    add constraint fk_memo_province foreign key (province_id) references province (id),
    drop index uq_memo_number, add constraint uq_memo_number unique (province_id, be_year, seq);
create index ix_memo_province on memo (province_id, updated_at);
alter table letter_in modify province_id bigint not null,
    add constraint fk_letter_in_province foreign key (province_id) references province (id),
    drop index uq_letter_in_number, add constraint uq_letter_in_number unique (province_id, received_year, received_number);
alter table outgoing_book modify province_id bigint not null,
    add constraint fk_outgoing_book_province foreign key (province_id) references province (id);
alter table outgoing_letter modify province_id bigint not null,
    add constraint fk_outgoing_letter_province foreign key (province_id) references province (id);
alter table provincial_order modify province_id bigint not null,
    add constraint fk_provincial_order_province foreign key (province_id) references province (id),
    drop index uq_provincial_order_number, add constraint uq_provincial_order_number unique (province_id, be_year, seq);
alter table partner modify province_id bigint not null,
    add constraint fk_partner_province foreign key (province_id) references province (id),
    drop index uq_partner_active_name, add constraint uq_partner_active_name unique (province_id, active_name_key);
alter table coordination_request modify province_id bigint not null,
    add constraint fk_coordination_request_province foreign key (province_id) references province (id);
alter table matter modify province_id bigint not null,
    add constraint fk_matter_province foreign key (province_id) references province (id),
    drop index uq_matter_number, add constraint uq_matter_number unique (province_id, be_year, seq);
alter table meeting_body modify province_id bigint not null,
    add constraint fk_meeting_body_province foreign key (province_id) references province (id),
    drop index uq_meeting_body_code, add constraint uq_meeting_body_code unique (province_id, code);
alter table meeting modify province_id bigint not null,
    add constraint fk_meeting_province foreign key (province_id) references province (id);
alter table audit_log add constraint fk_audit_log_province foreign key (province_id) references province (id);

-- the triggers that set province_id where the application did not
create trigger org_unit_province before insert on org_unit for each row
    set new.province_id = coalesce(new.province_id, (select p.province_id from org_unit p where p.id = new.parent_id));
create trigger directive_province before insert on directive for each row
    set new.province_id = coalesce(new.province_id,
        (select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = new.issued_by_position_id),
        (select u.province_id from org_unit u where u.id = new.lead_unit_id),
        (select min(id) from province having count(*) = 1));
create trigger memo_province before insert on memo for each row
    set new.province_id = coalesce(new.province_id,
        (select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = new.drafter_position_id),
        (select min(id) from province having count(*) = 1));
create trigger letter_in_province before insert on letter_in for each row
    set new.province_id = coalesce(new.province_id,
        (select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = new.registered_position_id),
        (select min(id) from province having count(*) = 1));
create trigger outgoing_book_province before insert on outgoing_book for each row
    set new.province_id = coalesce(new.province_id, (select u.province_id from org_unit u where u.id = new.unit_id),
        (select min(id) from province having count(*) = 1));
create trigger outgoing_letter_province before insert on outgoing_letter for each row
    set new.province_id = coalesce(new.province_id, (select b.province_id from outgoing_book b where b.id = new.book_id));
create trigger provincial_order_province before insert on provincial_order for each row
    set new.province_id = coalesce(new.province_id,
        (select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = new.drafted_by_position_id),
        (select min(id) from province having count(*) = 1));
create trigger partner_province before insert on partner for each row
    set new.province_id = coalesce(new.province_id, (select u.province_id from org_unit u where u.id = new.district_unit_id),
        (select min(id) from province having count(*) = 1));
create trigger coordination_request_province before insert on coordination_request for each row
    set new.province_id = coalesce(new.province_id, (select u.province_id from org_unit u where u.id = new.requester_unit_id),
        (select min(id) from province having count(*) = 1));
create trigger matter_province before insert on matter for each row
    set new.province_id = coalesce(new.province_id,
        (select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = new.registered_by_position_id),
        (select min(id) from province having count(*) = 1));
create trigger meeting_body_province before insert on meeting_body for each row
    set new.province_id = coalesce(new.province_id, (select u.province_id from org_unit u where u.id = new.secretary_unit_id),
        (select min(id) from province having count(*) = 1));
create trigger meeting_province before insert on meeting for each row
    set new.province_id = coalesce(new.province_id, (select b.province_id from meeting_body b where b.id = new.body_id));
create trigger audit_log_province before insert on audit_log for each row
    set new.province_id = coalesce(new.province_id,
        (select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = new.position_id));
