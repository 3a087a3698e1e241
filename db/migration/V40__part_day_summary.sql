-- Issue 18: the per-day summary of directive parts that the dashboards and the Ministry's national roll-up read
-- instead of grouping directive_part (150,000 rows a province-decade, 1.3 M a national year). One row per province,
-- state, unit, finishing day, due date in force, timing inputs of PartTiming (ended waits, open wait's start) and the
-- directive's secrecy and urgency (the filters a reader's clearance and the dashboard apply); `parts` counts them.
--   state 'O': parts not done of directives neither closed nor superseded (the dashboard's "open");
--   state 'D': parts done, by the day they finished (the on-time rates and the trend).
-- Kept by triggers in the very statement that changes a part or its directive, so no code path (services, the demo
-- loader, the benchmark's bulk inserts, plain SQL) can leave it behind; rows that fall to 0 stay until a rebuild.
-- A bulk load (the benchmark's generator) may set @tidtam_part_day_paused on its own session for its statements and
-- rebuild the summary afterwards (PartSummary.rebuild): a trigger per row costs ~20× the load itself.
-- A key column cannot hold null: '1000-01-01' stands for "none" (not finished / not waiting).
create table part_day (
    province_id          bigint      not null,
    state                char(1)     not null,
    unit_id              bigint      not null,
    finished_on          date        not null,
    due_date             date        not null,
    waiting_working_days int         not null,
    waiting_since        date        not null,
    secrecy              varchar(16) not null,
    urgency              varchar(16) not null,
    parts                int         not null,
    primary key (province_id, state, finished_on, unit_id, due_date, waiting_working_days, waiting_since, secrecy, urgency)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The definition of the summary as a direct grouping of the parts: the rebuild copies it, the tests compare with it.
create view part_day_source as
select d.province_id, if(p.status = 'DONE', 'D', 'O') as state, p.unit_id,
       if(p.status = 'DONE', coalesce(date(p.finished_at), '1000-01-01'), '1000-01-01') as finished_on,
       p.due_date, p.waiting_working_days, coalesce(p.waiting_since, '1000-01-01') as waiting_since,
       d.secrecy, d.urgency, count(*) as parts
  from directive_part p join directive d on d.id = p.directive_id
 where p.status = 'DONE' or d.status not in ('CLOSED', 'SUPERSEDED')
 group by d.province_id, if(p.status = 'DONE', 'D', 'O'), p.unit_id,
          if(p.status = 'DONE', coalesce(date(p.finished_at), '1000-01-01'), '1000-01-01'),
          p.due_date, p.waiting_working_days, coalesce(p.waiting_since, '1000-01-01'), d.secrecy, d.urgency;

insert into part_day (province_id, state, unit_id, finished_on, due_date, waiting_working_days, waiting_since, secrecy,
                      urgency, parts)
select province_id, state, unit_id, finished_on, due_date, waiting_working_days, waiting_since, secrecy, urgency, parts
  from part_day_source;

create trigger part_day_part_ins after insert on directive_part for each row
insert into part_day (province_id, state, unit_id, finished_on, due_date, waiting_working_days, waiting_since, secrecy,
                      urgency, parts)
select d.province_id, if(new.status = 'DONE', 'D', 'O'), new.unit_id,
       if(new.status = 'DONE', coalesce(date(new.finished_at), '1000-01-01'), '1000-01-01'),
       new.due_date, new.waiting_working_days, coalesce(new.waiting_since, '1000-01-01'), d.secrecy, d.urgency, 1
  from directive d
 where d.id = new.directive_id and (new.status = 'DONE' or d.status not in ('CLOSED', 'SUPERSEDED'))
   and @tidtam_part_day_paused is null
on duplicate key update parts = parts + values(parts);

-- an update takes the old row's contribution off and adds the new one's, only when something the summary keys on
-- changed (a part's other columns change often: holder, worker, escalation, version)
create trigger part_day_part_upd after update on directive_part for each row
insert into part_day (province_id, state, unit_id, finished_on, due_date, waiting_working_days, waiting_since, secrecy,
                      urgency, parts)
select d.province_id, x.state, x.unit_id, x.finished_on, x.due_date, x.waiting_working_days, x.waiting_since,
       d.secrecy, d.urgency, x.n
  from (select old.directive_id as directive_id, old.status = 'DONE' as done, if(old.status = 'DONE', 'D', 'O') as state,
               old.unit_id as unit_id,
               if(old.status = 'DONE', coalesce(date(old.finished_at), '1000-01-01'), '1000-01-01') as finished_on,
               old.due_date as due_date, old.waiting_working_days as waiting_working_days,
               coalesce(old.waiting_since, '1000-01-01') as waiting_since, -1 as n
        union all
        select new.directive_id, new.status = 'DONE', if(new.status = 'DONE', 'D', 'O'), new.unit_id,
               if(new.status = 'DONE', coalesce(date(new.finished_at), '1000-01-01'), '1000-01-01'),
               new.due_date, new.waiting_working_days, coalesce(new.waiting_since, '1000-01-01'), 1) x
  join directive d on d.id = x.directive_id
 where (x.done or d.status not in ('CLOSED', 'SUPERSEDED')) and @tidtam_part_day_paused is null
   and not ((old.status = 'DONE') <=> (new.status = 'DONE') and old.directive_id <=> new.directive_id
            and old.unit_id <=> new.unit_id and old.due_date <=> new.due_date
            and old.waiting_working_days <=> new.waiting_working_days and old.waiting_since <=> new.waiting_since
            and date(old.finished_at) <=> date(new.finished_at))
on duplicate key update parts = parts + values(parts);

create trigger part_day_part_del after delete on directive_part for each row
insert into part_day (province_id, state, unit_id, finished_on, due_date, waiting_working_days, waiting_since, secrecy,
                      urgency, parts)
select d.province_id, if(old.status = 'DONE', 'D', 'O'), old.unit_id,
       if(old.status = 'DONE', coalesce(date(old.finished_at), '1000-01-01'), '1000-01-01'),
       old.due_date, old.waiting_working_days, coalesce(old.waiting_since, '1000-01-01'), d.secrecy, d.urgency, -1
  from directive d
 where d.id = old.directive_id and (old.status = 'DONE' or d.status not in ('CLOSED', 'SUPERSEDED'))
   and @tidtam_part_day_paused is null
on duplicate key update parts = parts + values(parts);

-- a directive closed, superseded or reopened takes its open parts out of (or back into) the summary; a change of
-- secrecy, urgency or province moves all its parts to other rows
create trigger part_day_directive_upd after update on directive for each row
insert into part_day (province_id, state, unit_id, finished_on, due_date, waiting_working_days, waiting_since, secrecy,
                      urgency, parts)
select x.province_id, if(p.status = 'DONE', 'D', 'O'), p.unit_id,
       if(p.status = 'DONE', coalesce(date(p.finished_at), '1000-01-01'), '1000-01-01'),
       p.due_date, p.waiting_working_days, coalesce(p.waiting_since, '1000-01-01'), x.secrecy, x.urgency, sum(x.n)
  from directive_part p
  join (select old.province_id as province_id, old.secrecy as secrecy, old.urgency as urgency,
               old.status in ('CLOSED', 'SUPERSEDED') as ended, -1 as n
        union all
        select new.province_id, new.secrecy, new.urgency, new.status in ('CLOSED', 'SUPERSEDED'), 1) x
 where p.directive_id = new.id and (p.status = 'DONE' or not x.ended) and @tidtam_part_day_paused is null
   and not ((old.status in ('CLOSED', 'SUPERSEDED')) <=> (new.status in ('CLOSED', 'SUPERSEDED'))
            and old.secrecy <=> new.secrecy and old.urgency <=> new.urgency and old.province_id <=> new.province_id)
 group by x.province_id, if(p.status = 'DONE', 'D', 'O'), p.unit_id,
          if(p.status = 'DONE', coalesce(date(p.finished_at), '1000-01-01'), '1000-01-01'),
          p.due_date, p.waiting_working_days, coalesce(p.waiting_since, '1000-01-01'), x.secrecy, x.urgency
on duplicate key update parts = parts + values(parts);
