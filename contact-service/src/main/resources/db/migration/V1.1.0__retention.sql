-- Retention: customers inactive for the configured period are purged, and so is stale change history.

alter table customer add column last_active_at timestamp(6) with time zone;
update customer set last_active_at = updated_at;
alter table customer alter column last_active_at set not null;
create index customer_last_active_idx on customer (last_active_at);
create index contact_change_changed_at_idx on contact_change (changed_at);

-- What each purge removed: category and count, never which customers.
create sequence purge_record_seq start with 1 increment by 50;
create table purge_record (
    id           bigint primary key,
    category     varchar(64) not null,
    purged_count bigint not null,
    cutoff       timestamp(6) with time zone not null,
    purged_at    timestamp(6) with time zone not null,
    trigger      varchar(32) not null check (trigger in ('SCHEDULE', 'STORAGE_PRESSURE')),
    actor        varchar(255) not null
);
