-- Issue 16. The application's role ${app_role} keeps the ledger and reads it; it can no longer rewrite it. kura-common's
-- V0.2.0 gave it data privileges on every table; here they narrow:
--   ledger_entry          INSERT, SELECT (the triggers still refuse UPDATE, DELETE and TRUNCATE to anyone else too)
--   ledger_head           SELECT, UPDATE, and a trigger lets the head only move forward, to a row that exists
--   ledger_anchor         SELECT, and UPDATE of its id only so that a purge and a verification can lock the row: the
--                         guard refuses every change that is not the purge trigger's
--   legal_hold_event      INSERT, SELECT
--   legal_hold, legal_hold_subject: no DELETE (holds are released, never removed, but by the purge of ended holds)
-- Deletions go through functions that run as the owner and enforce their own rules (security definer, a fixed
-- search_path): ledger_purge_oldest (the oldest rows, three years old by the database's clock, none of a subject under a
-- legal hold in force, continuing the anchor) and purge_ended_legal_holds. The app role cannot switch a trigger off,
-- truncate, or own anything: it owns nothing (kura-common's migration checks) and has no TRIGGER or TRUNCATE privilege.

revoke update, delete, truncate on ledger_entry from ${app_role};
revoke insert, delete, truncate on ledger_head from ${app_role};
revoke insert, update, delete, truncate on ledger_anchor from ${app_role};
grant update (id) on ledger_anchor to ${app_role};
revoke update, delete, truncate on legal_hold_event from ${app_role};
revoke delete, truncate on legal_hold, legal_hold_subject from ${app_role};

-- The head moves only forward, and only to a row that exists with that hash; nobody inserts or deletes it.
create function ledger_head_moves_forward() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'ledger_head is one row that only moves forward: % refused', tg_op using errcode = 'P0001';
    end if;
    if new.id <> old.id or new.last_id < old.last_id then
        raise exception 'ledger_head moves only forward: from % to % refused', old.last_id, new.last_id using errcode = 'P0001';
    end if;
    if new.last_id = old.last_id then
        if new.last_hash <> old.last_hash then
            raise exception 'ledger_head: the hash of position % cannot change', old.last_id using errcode = 'P0001';
        end if;
    elsif not exists (select 1 from ledger_entry e where e.id = new.last_id and e.hash = new.last_hash) then
        raise exception 'ledger_head: no ledger row % with that hash', new.last_id using errcode = 'P0001';
    end if;
    return new;
end
$$;
create trigger ledger_head_moves_forward before insert or update or delete on ledger_head
    for each row execute function ledger_head_moves_forward();
create trigger ledger_head_no_truncate before truncate on ledger_head
    for each statement execute function ledger_head_moves_forward();

-- The retention purge of the ledger: the rows after the anchor up to last_id, in one statement, so the guard on
-- ledger_entry checks them and moves the anchor (V1.2.0). Refused when the anchor is not where the caller saw it (another
-- purge went first), or when a row names a subject under a legal hold in force. Returns how many rows went.
create function ledger_purge_oldest(after_id bigint, last_id bigint) returns integer
    language plpgsql security definer set search_path = ${flyway:defaultSchema}, pg_temp as $$
declare
    anchored bigint;
    purged   integer;
begin
    select a.last_purged_id into anchored from ledger_anchor a where a.id = 1 for update;
    if anchored <> after_id then
        raise exception 'ledger purge: the chain starts after row %, not %', anchored, after_id using errcode = 'P0001';
    end if;
    if exists (
            select 1 from ledger_entry e
              join legal_hold_subject s on s.customer_id = e.subject
                   or (e.subjects is not null and s.customer_id = any (string_to_array(e.subjects, chr(10))))
              join legal_hold h on h.id = s.hold_id
             where e.id > after_id and e.id <= last_id and h.status = 'ACTIVE' and h.ends_at > now()) then
        raise exception 'ledger purge: rows % to % name a subject under a legal hold', after_id + 1, last_id using errcode = 'P0001';
    end if;
    perform set_config('kura.ledger_purge', 'on', true);
    delete from ledger_entry e where e.id > after_id and e.id <= last_id;
    get diagnostics purged = row_count;
    perform set_config('kura.ledger_purge', 'off', true);
    return purged;
end
$$;
revoke all on function ledger_purge_oldest(bigint, bigint) from public;
grant execute on function ledger_purge_oldest(bigint, bigint) to ${app_role};

-- The purge of ended holds (V1.4.0) now runs as the owner, the application's only way to delete a hold.
create or replace function purge_ended_legal_holds(cutoff timestamp with time zone, max_holds integer) returns integer
    language plpgsql security definer set search_path = ${flyway:defaultSchema}, pg_temp as $$
declare
    due    bigint[];
    purged integer;
begin
    select array_agg(ended.id) into due from (
        select h.id from legal_hold h
         where legal_hold_ended_at(h.status, h.released_at, h.ends_at) < least(cutoff, ledger_legal_cutoff())
         order by h.id limit max_holds) ended;
    if due is null then
        return 0;
    end if;
    perform set_config('kura.ledger_purge', 'on', true);
    delete from legal_hold_event where hold_id = any (due);
    delete from legal_hold_subject where hold_id = any (due);
    delete from legal_hold where id = any (due);
    get diagnostics purged = row_count;
    perform set_config('kura.ledger_purge', 'off', true);
    return purged;
end
$$;
revoke all on function purge_ended_legal_holds(timestamp with time zone, integer) from public;
grant execute on function purge_ended_legal_holds(timestamp with time zone, integer) to ${app_role};
