-- Issue 17 (follow-up). Codes issued for one address of one customer are counted in a window, so a guesser cannot reset
-- the wrong-code limit by asking for code after code.
alter table email_verification add column window_started_at timestamp(6) with time zone;
alter table email_verification add column codes_issued integer not null default 1 check (codes_issued >= 0);
update email_verification set window_started_at = issued_at;
alter table email_verification alter column window_started_at set not null;
