-- contact-service schema. Every personal value is AES-GCM ciphertext (bytea);
-- only the address type and country stay in clear.

create sequence customer_seq start with 1 increment by 50;
create sequence postal_address_seq start with 1 increment by 50;
create sequence phone_number_seq start with 1 increment by 50;
create sequence email_address_seq start with 1 increment by 50;
create sequence contact_change_seq start with 1 increment by 50;

create table customer (
    id          bigint primary key,
    subject     varchar(255) not null unique,
    family_name bytea,
    given_name  bytea,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null
);

create table postal_address (
    id          bigint primary key,
    customer_id bigint not null references customer (id) on delete cascade,
    position    integer not null,
    type        varchar(255) not null check (type in ('HOME', 'SHIPPING', 'BILLING')),
    country     varchar(2) not null,
    postal_code bytea,
    region      bytea,
    locality    bytea,
    line1       bytea,
    line2       bytea
);
create index postal_address_customer_idx on postal_address (customer_id);

create table phone_number (
    id          bigint primary key,
    customer_id bigint not null references customer (id) on delete cascade,
    position    integer not null,
    type        varchar(255) not null check (type in ('MOBILE', 'HOME', 'WORK')),
    number      bytea not null
);
create index phone_number_customer_idx on phone_number (customer_id);

create table email_address (
    id          bigint primary key,
    customer_id bigint not null references customer (id) on delete cascade,
    position    integer not null,
    address     bytea not null,
    lookup_hash bytea not null
);
create index email_address_customer_idx on email_address (customer_id);
create index email_address_lookup_idx on email_address (lookup_hash);

create table contact_change (
    id          bigint primary key,
    customer_id bigint not null references customer (id) on delete cascade,
    changed_at  timestamp(6) with time zone not null,
    actor       varchar(255) not null,
    field       varchar(255) not null,
    kind        varchar(255) not null check (kind in ('ADDED', 'CHANGED', 'REMOVED'))
);
create index contact_change_customer_idx on contact_change (customer_id, changed_at);
