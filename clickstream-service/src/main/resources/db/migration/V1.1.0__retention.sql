-- The purge log: what each retention purge removed (category and count; nothing here is linked to a person),
-- the cutoff, when, why (schedule or storage pressure) and who asked (the privacy officer, or the scheduler).
create table purge_record (
    id           bigint generated always as identity primary key,
    category     varchar(64) not null,
    purged_count bigint not null check (purged_count >= 0),
    cutoff       timestamp(6) with time zone not null,
    purged_at    timestamp(6) with time zone not null,
    trigger      varchar(32) not null check (trigger in ('SCHEDULE', 'STORAGE_PRESSURE')),
    actor        varchar(255) not null
);
create index purge_record_purged_at_idx on purge_record (purged_at desc, id desc);
