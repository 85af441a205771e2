-- Retention: what each purge removed (category and count, never whom), when, why and by whom.
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
create index policy_acknowledgement_subject_idx on policy_acknowledgement (subject);
