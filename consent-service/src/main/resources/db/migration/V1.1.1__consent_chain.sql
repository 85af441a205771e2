-- Issue 16. The consent ledger, hash-chained like the disclosure ledger, and kept by the application's role
-- ${app_role} without the power to rewrite it.
--
-- Records can lawfully go (an erasure, the retention of superseded proof), so the chain is kept beside them: one link per
-- record, in consent_chain, never deleted (it names no one). A link's hash is SHA-256 over its position, the record's id,
-- the record's hash and the previous link's hash (kura-ledger's canonical form); the record's hash covers every field of
-- the record and a random salt kept in the record, so once the record is gone its hash can no longer be tested against
-- a guess. A record goes only through the owner's functions below, which record its removal (position, time, reason) in
-- consent_record_removal in the same statement; verification accepts a missing record only with its removal recorded.
--
-- Privileges of ${app_role}: consent_record, consent_chain: INSERT and SELECT; consent_chain_head: SELECT and UPDATE (a
-- trigger lets the head move only forward, to a link that exists); consent_record_removal: SELECT. The session setting
-- that used to open the ledger to DELETE (kura.erasure) is gone: any session could set it.

-- The salt of each record; records written before the chain get one now (the owner switches the guard off for it).
alter table consent_record add column salt varchar(32);
alter table consent_record disable trigger consent_record_no_rewrite;
update consent_record set salt = replace(gen_random_uuid()::text, '-', '');
alter table consent_record enable trigger consent_record_no_rewrite;
alter table consent_record alter column salt set not null;

create table consent_chain (
    position      bigint primary key check (position > 0),
    record_id     bigint not null unique,
    record_hash   varchar(64) not null,
    previous_hash varchar(64) not null,
    hash          varchar(64) not null unique
);

-- The head: last position and hash; appends lock this row. unchained_until: records with an id up to it were written
-- before the chain existed and are chained, in id order, when the service starts (no other record is ever chained late).
create table consent_chain_head (
    id              smallint primary key check (id = 1),
    last_position   bigint not null,
    last_hash       varchar(64) not null,
    unchained_until bigint not null
);
insert into consent_chain_head (id, last_position, last_hash, unchained_until)
values (1, 0, repeat('0', 64), coalesce((select max(id) from consent_record), 0));

create table consent_record_removal (
    position   bigint primary key references consent_chain (position),
    record_id  bigint not null unique,
    removed_at timestamp(6) with time zone not null,
    reason     varchar(16) not null check (reason in ('ERASURE', 'RETENTION'))
);

create function consent_chain_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'P0001';
end
$$;
create trigger consent_chain_no_update_delete before update or delete on consent_chain
    for each row execute function consent_chain_append_only();
create trigger consent_chain_no_truncate before truncate on consent_chain
    for each statement execute function consent_chain_append_only();
create trigger consent_record_removal_no_update_delete before update or delete on consent_record_removal
    for each row execute function consent_chain_append_only();
create trigger consent_record_removal_no_truncate before truncate on consent_record_removal
    for each statement execute function consent_chain_append_only();

create function consent_chain_head_moves_forward() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'consent_chain_head is one row that only moves forward: % refused', tg_op using errcode = 'P0001';
    end if;
    if new.id <> old.id or new.unchained_until <> old.unchained_until or new.last_position < old.last_position then
        raise exception 'consent_chain_head moves only forward: from % to % refused', old.last_position, new.last_position
            using errcode = 'P0001';
    end if;
    if new.last_position = old.last_position then
        if new.last_hash <> old.last_hash then
            raise exception 'consent_chain_head: the hash of position % cannot change', old.last_position using errcode = 'P0001';
        end if;
    elsif not exists (select 1 from consent_chain l where l.position = new.last_position and l.hash = new.last_hash) then
        raise exception 'consent_chain_head: no link % with that hash', new.last_position using errcode = 'P0001';
    end if;
    return new;
end
$$;
create trigger consent_chain_head_moves_forward before insert or update or delete on consent_chain_head
    for each row execute function consent_chain_head_moves_forward();
create trigger consent_chain_head_no_truncate before truncate on consent_chain_head
    for each statement execute function consent_chain_head_moves_forward();

-- The ledger's guard, whoever connects: UPDATE and TRUNCATE are refused; a DELETE only of a record whose removal is
-- recorded (which only the functions below do).
create or replace function consent_record_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and exists (select 1 from consent_record_removal m where m.record_id = old.id) then
        return old;
    end if;
    raise exception 'consent_record is append-only: % is not allowed', tg_op using errcode = 'KU001';
end;
$$;

-- The records an erasure must keep, whatever the caller asks: the withdrawal that decides a purpose (the standing
-- opt-out), and, while the last marketing email is less than three years old by the database's clock, the
-- marketing-email records up to it (opt-in proof; Specified E-mail Act, 3 years for mail-order ads under the SCTA).
create function consent_record_protected(r consent_record) returns boolean language sql stable
    set search_path = ${flyway:defaultSchema}, pg_temp as $$
    select (r.action = 'WITHDRAWN' and not exists (
                select 1 from consent_record o
                 where o.subject = r.subject and o.purpose_key = r.purpose_key and o.id <> r.id
                   and (o.at > r.at or (o.at = r.at and o.action = r.action and o.id > r.id))))
        or (r.purpose_key = 'marketing-email-specials' and exists (
                select 1 from consent_subject s
                 where s.subject = r.subject and s.last_marketing_email_at > now() - interval '3 years'
                   and r.at <= s.last_marketing_email_at))
$$;

-- Erasure: deletes the subject's records but those in keep, recording each removal. Refused when a record it would
-- delete must be kept (above). Returns how many went.
create function consent_erase_records(erased varchar, keep bigint[]) returns integer
    language plpgsql security definer set search_path = ${flyway:defaultSchema}, pg_temp as $$
declare
    doomed   bigint[];
    kept_one bigint;
    gone     integer;
begin
    select coalesce(array_agg(r.id), '{}') into doomed from consent_record r
     where r.subject = erased and r.id <> all (coalesce(keep, '{}'));
    select r.id into kept_one from consent_record r where r.id = any (doomed) and consent_record_protected(r) limit 1;
    if kept_one is not null then
        raise exception 'consent record % is a standing opt-out or opt-in proof: an erasure keeps it', kept_one using errcode = 'P0001';
    end if;
    insert into consent_record_removal (position, record_id, removed_at, reason)
    select l.position, l.record_id, now(), 'ERASURE' from consent_chain l where l.record_id = any (doomed);
    delete from consent_record r where r.id = any (doomed);
    get diagnostics gone = row_count;
    return gone;
end
$$;

-- Superseded records due for the retention purge: not the record that decides its purpose, of a subject not held, whose
-- last use (the purpose's last action; for marketing-email-specials the last marketing email when one was sent) lies
-- before the cutoff, and never less than three years ago by the database's clock. The dry run counts with this too.
create function consent_superseded_due(cutoff timestamp with time zone, held varchar[]) returns setof bigint
    language sql stable set search_path = ${flyway:defaultSchema}, pg_temp as $$
    select d.id from (
        select r.id, r.subject, r.purpose_key,
               row_number() over (partition by r.subject, r.purpose_key
                   order by r.at desc, case r.action when 'WITHDRAWN' then 0 else 1 end, r.id desc) as rank,
               max(r.at) over (partition by r.subject, r.purpose_key) as last_action
        from consent_record r
        where r.subject <> all (coalesce(held, '{}'))
    ) d left join consent_subject s on s.subject = d.subject
    where d.rank > 1
      and (case when d.purpose_key = 'marketing-email-specials' then coalesce(s.last_marketing_email_at, d.last_action)
                else d.last_action end) < least(cutoff, now() - interval '3 years')
    order by d.id
$$;

-- The retention purge: at most max_records of them, each removal recorded. Returns how many went.
create function consent_purge_superseded(cutoff timestamp with time zone, held varchar[], max_records integer) returns integer
    language plpgsql security definer set search_path = ${flyway:defaultSchema}, pg_temp as $$
declare
    due  bigint[];
    gone integer;
begin
    select coalesce(array_agg(d), '{}') into due from (select consent_superseded_due(cutoff, held) as d limit max_records) x;
    insert into consent_record_removal (position, record_id, removed_at, reason)
    select l.position, l.record_id, now(), 'RETENTION' from consent_chain l where l.record_id = any (due);
    delete from consent_record r where r.id = any (due);
    get diagnostics gone = row_count;
    return gone;
end
$$;

revoke all on function consent_erase_records(varchar, bigint[]) from public;
revoke all on function consent_purge_superseded(timestamp with time zone, varchar[], integer) from public;
grant execute on function consent_erase_records(varchar, bigint[]) to ${app_role};
grant execute on function consent_purge_superseded(timestamp with time zone, varchar[], integer) to ${app_role};

revoke update, delete, truncate on consent_record, consent_chain from ${app_role};
revoke insert, delete, truncate on consent_chain_head from ${app_role};
revoke insert, update, delete, truncate on consent_record_removal from ${app_role};
