-- Retention (issue 8). Ledger rows, closed exception cases and ended legal holds are deleted once they are older
-- than their retention period, never sooner than the legal minimum of three years (APPI Art. 29/30 records).
--
-- The ledger stays append-only for everyone else. The only DELETE the database accepts is the purge:
--   * in a transaction that has switched purging on (select set_config('kura.ledger_purge', 'on', true)),
--   * of rows written more than three years ago by the database's clock,
--   * of the oldest rows only, without gaps, continuing the chain from the anchor;
-- and it moves the anchor itself (id and hash of the last purged row), so the remaining chain verifies from there.

-- The start of the remaining chain: the last purged row's position and hash (the first row's previous hash
-- before any purge). Positions start at 1 and only a prefix is ever purged, so the count equals the position.
create table ledger_anchor (
    id               smallint primary key check (id = 1),
    last_purged_id   bigint not null,
    last_purged_hash varchar(64) not null,
    last_purged_at   timestamp(6) with time zone,
    purged_count     bigint not null,
    check (purged_count = last_purged_id)
);
insert into ledger_anchor (id, last_purged_id, last_purged_hash, last_purged_at, purged_count)
values (1, 0, repeat('0', 64), null, 0);

-- The legal minimum, by the database's clock: what was written before this instant is older than three
-- calendar years (UTC). The service reads it too, so a purge never asks for what this guard refuses.
create function ledger_legal_cutoff() returns timestamp with time zone language sql stable as $$
    select ((now() at time zone 'UTC') - interval '3 years') at time zone 'UTC'
$$;

create or replace function ledger_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('kura.ledger_purge', true) = 'on' then
        if old.at >= ledger_legal_cutoff() then
            raise exception 'ledger_entry row % is younger than the legal minimum of 3 years: DELETE refused', old.id
                using errcode = 'P0001';
        end if;
        return old;
    end if;
    raise exception 'ledger_entry is append-only: % refused', tg_op using errcode = 'P0001';
end
$$;

-- After each purge statement: the deleted rows must be exactly the next positions after the anchor, and the
-- first of them must continue the chain from the anchor's hash. Then the anchor moves to the last of them.
create function ledger_entry_purge_moves_anchor() returns trigger language plpgsql as $$
declare
    anchor     ledger_anchor%rowtype;
    purged_n   bigint;
    first_id   bigint;
    last_id    bigint;
    first_prev varchar(64);
    last_row   record;
begin
    select count(*), min(id), max(id) into purged_n, first_id, last_id from purged;
    if purged_n = 0 then
        return null;
    end if;
    select * into anchor from ledger_anchor where id = 1 for update;
    if first_id <> anchor.last_purged_id + 1 or last_id - first_id + 1 <> purged_n then
        raise exception 'ledger purge must remove the oldest rows without gaps: rows % to % (% rows) refused, the chain starts after row %',
            first_id, last_id, purged_n, anchor.last_purged_id using errcode = 'P0001';
    end if;
    select previous_hash into first_prev from purged where id = first_id;
    if first_prev <> anchor.last_purged_hash then
        raise exception 'ledger row % does not continue the chain from the anchor: DELETE refused', first_id
            using errcode = 'P0001';
    end if;
    select purged.hash, purged.at into last_row from purged where purged.id = last_id;
    update ledger_anchor
       set last_purged_id = last_id, last_purged_hash = last_row.hash, last_purged_at = last_row.at,
           purged_count = purged_count + purged_n
     where id = 1;
    return null;
end
$$;
create trigger ledger_entry_purge_moves_anchor after delete on ledger_entry
    referencing old table as purged for each statement execute function ledger_entry_purge_moves_anchor();

-- Only the purge trigger above moves the anchor; nobody inserts, deletes or truncates it.
create function ledger_anchor_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and pg_trigger_depth() > 1 and current_setting('kura.ledger_purge', true) = 'on' then
        return new;
    end if;
    raise exception 'ledger_anchor moves only with a ledger purge: % refused', tg_op using errcode = 'P0001';
end
$$;
create trigger ledger_anchor_guard before insert or update or delete on ledger_anchor
    for each row execute function ledger_anchor_guard();
create trigger ledger_anchor_no_truncate before truncate on ledger_anchor
    for each statement execute function ledger_anchor_guard();

-- A closed case stays while ledger rows that refer to it ("case:<id>") remain.
create index ledger_entry_reference_idx on ledger_entry (reference);

-- Hold events stay append-only too, except that the purge removes the events of a hold that ended (released,
-- or past its end) more than three years ago, together with the hold.
create or replace function legal_hold_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('kura.ledger_purge', true) = 'on' and exists (
            select 1 from legal_hold h
             where h.id = old.hold_id
               and (case when h.status = 'RELEASED' then least(h.released_at, h.ends_at) else h.ends_at end)
                   < ledger_legal_cutoff()) then
        return old;
    end if;
    raise exception 'legal_hold_event is append-only: % refused', tg_op using errcode = 'P0001';
end
$$;

