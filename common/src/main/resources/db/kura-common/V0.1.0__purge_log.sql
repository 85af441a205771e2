-- kura-common: every service's purge log (common's PurgeLog). What each purge removed: category and count, never whom.
-- Each service lists db/kura-common among its Flyway locations; this runs before the service's own migrations.
create sequence purge_record_seq start with 1 increment by 50;
create table purge_record (
    id           bigint primary key default nextval('purge_record_seq'),
    category     varchar(100) not null,
    purged_count bigint not null,
    cutoff       timestamp(6) with time zone not null,
    purged_at    timestamp(6) with time zone not null,
    trigger      varchar(32) not null check (trigger in ('SCHEDULE', 'STORAGE_PRESSURE')),
    actor        varchar(255) not null
);
create index purge_record_purged_at_idx on purge_record (purged_at desc, id desc);

-- The log is proof of what went: never changed or removed.
create function purge_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'purge_record is append-only: % refused', tg_op using errcode = 'P0001';
end
$$;
create trigger purge_record_no_update_delete before update or delete on purge_record
    for each row execute function purge_record_append_only();
create trigger purge_record_no_truncate before truncate on purge_record
    for each statement execute function purge_record_append_only();
