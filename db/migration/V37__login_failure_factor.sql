-- Which factor a failure was of: a script's successful API token clears the username's wrong passwords (as a good
-- password always did) but never its wrong second-factor codes, or a scheduled script would reset an attacker's
-- count of code guesses every time it ran.
alter table login_failure add column factor varchar(16) not null default 'PASSWORD';
alter table login_failure add constraint ck_login_failure_factor check (factor in ('PASSWORD', 'SECOND_FACTOR'));
