-- Legal holds (issue 8): a hold keeps named subjects out of every service's purges and erasures
-- until it ends or a second privacy officer releases it.

create sequence legal_hold_seq start with 1 increment by 50;
create sequence legal_hold_event_seq start with 1 increment by 50;

create table legal_hold (
    id           bigint primary key,
    reason       varchar(32) not null check (reason in ('LITIGATION', 'LEGAL_OBLIGATION', 'INVESTIGATION')),
    description  varchar(500) not null,
    ends_at      timestamp(6) with time zone not null,
    status       varchar(16) not null check (status in ('ACTIVE', 'RELEASED')),
    placed_by    varchar(255) not null,
    placed_at    timestamp(6) with time zone not null,
    released_by  varchar(255),
    released_at  timestamp(6) with time zone,
    version      bigint not null,
    -- Two-person rule, also at the database: nobody releases a hold they placed.
    check (released_by is null or released_by <> placed_by),
    check ((status = 'RELEASED') = (released_by is not null and released_at is not null))
);
create index legal_hold_status_ends_idx on legal_hold (status, ends_at);

create table legal_hold_subject (
    hold_id      bigint not null references legal_hold (id),
    position     integer not null,
    customer_id  varchar(255) not null,
    primary key (hold_id, position)
);
create index legal_hold_subject_customer_idx on legal_hold_subject (customer_id);

-- Who placed or released which hold, when, and how many subjects it covers. Append-only.
create table legal_hold_event (
    id             bigint primary key,
    hold_id        bigint not null references legal_hold (id),
    kind           varchar(16) not null check (kind in ('PLACED', 'RELEASED')),
    actor          varchar(255) not null,
    at             timestamp(6) with time zone not null,
    subject_count  integer not null check (subject_count >= 0)
);
create index legal_hold_event_hold_idx on legal_hold_event (hold_id, id);

create function legal_hold_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'legal_hold_event is append-only: % refused', tg_op using errcode = 'P0001';
end
$$;
create trigger legal_hold_event_no_update_delete before update or delete on legal_hold_event
    for each row execute function legal_hold_event_append_only();
create trigger legal_hold_event_no_truncate before truncate on legal_hold_event
    for each statement execute function legal_hold_event_append_only();
