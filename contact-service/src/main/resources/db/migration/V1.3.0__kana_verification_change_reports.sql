-- Issue 17. The name's reading (katakana), ciphertext like the name.
alter table customer add column family_kana bytea;
alter table customer add column given_kana bytea;

-- Email verification: an address is unverified until the customer proves it with a one-time code. Look-up finds
-- verified addresses only, and a verified address belongs to one customer.
alter table email_address add column verified_at timestamp(6) with time zone;
create unique index email_address_verified_once on email_address (lookup_hash) where verified_at is not null;

-- The open code of an address: its keyed hash only, short-lived, attempt-limited; gone with the customer.
create sequence email_verification_seq start with 1 increment by 50;
create table email_verification (
    id          bigint primary key,
    customer_id bigint not null references customer (id) on delete cascade,
    lookup_hash bytea not null,
    code_hash   bytea not null,
    issued_at   timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    attempts    integer not null check (attempts >= 0),
    unique (customer_id, lookup_hash)
);

-- The outbox of corrections and erasures for disclosure-service (GDPR Art. 19): the customer (its id encrypted, as the row
-- outlives an erasure until it is sent), the categories, never a value; deleted once disclosure-service has taken it.
create sequence change_report_seq start with 1 increment by 50;
create table change_report (
    id              bigint primary key,
    event_id        varchar(36) not null unique,
    subject         bytea not null,
    kind            varchar(16) not null check (kind in ('correction', 'erasure')),
    items           varchar(500) not null,
    changed_at      timestamp(6) with time zone not null,
    attempts        integer not null,
    next_attempt_at timestamp(6) with time zone not null
);
create index change_report_due_idx on change_report (next_attempt_at);
