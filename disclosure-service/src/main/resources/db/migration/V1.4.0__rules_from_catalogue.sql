-- Issue 12. What a recipient receives is the data catalogue's answer (kura-catalogue's NeedToKnow: for each recipient
-- kind and purpose, the categories), so a rule no longer names projections: it switches on one grant, with a legal basis.
-- (V1.3.0 is skipped: an earlier V1.3.0 was removed when the purge log moved to kura-common.)
alter table disclosure_rule drop column order_projection, drop column contact_projection;

-- The seeded rules said in prose what the catalogue now says; they say why instead.
update disclosure_rule set description = 'Delivery of orders assigned to the carrier (APPI Art. 27(5)(i) outsourcing).'
 where id = 1 and description = 'A carrier gets name, shipping address and phone for orders assigned to it (APPI Art. 27(5)(i) outsourcing).';
update disclosure_rule set description = 'Charging and refunding orders the processor handles (APPI Art. 27(5)(i) outsourcing).'
 where id = 2 and description = 'A payment processor gets the payment token, amount and billing address for orders it processes.';
update disclosure_rule set description = 'Answering the customer, with a stated reason for each look-up (the contract with the customer).'
 where id = 3 and description = 'Customer support sees name and email, with a stated reason for each look-up.';

-- When a hold stopped counting: its release, or its end if that came first.
create function legal_hold_ended_at(status varchar, released_at timestamp with time zone, ends_at timestamp with time zone)
    returns timestamp with time zone language sql immutable as $$
    select case when status = 'RELEASED' then least(released_at, ends_at) else ends_at end
$$;

-- The retention purge of ended holds (kura-common's RetentionService calls it in batches): at most max_holds holds that
-- ended before the cutoff, never later than the legal cutoff by the database's own clock, with their subjects and their
-- events (which the guard on legal_hold_event lets go only in purge mode, for holds that ended three years ago).
-- Returns how many holds went.
create function purge_ended_legal_holds(cutoff timestamp with time zone, max_holds integer) returns integer
    language plpgsql as $$
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
    return purged;
end
$$;
