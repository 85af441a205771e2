-- Retention (RetentionService; this replaces the note at the top of V1.0.0): a finished request is deleted 24 months
-- after it was answered (gateway.retention.request-records), its steps with it (on delete cascade); an open one never.

create index dsr_request_completed_at on dsr_request (completed_at) where completed_at is not null;

-- What each purge removed: category and count, never whose requests.
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
create index purge_record_purged_at on purge_record (purged_at);
