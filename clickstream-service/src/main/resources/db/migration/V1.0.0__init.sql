-- clickstream-service schema. Nothing here identifies a person: no customer id, email, name,
-- phone number or full IP address is ever stored, and no value is shared with contact or payment data.

-- One random 256-bit key per UTC day. Stored pseudonyms are HMAC(key of the day, session pseudonym);
-- keys older than the attribution window are deleted, after which those pseudonyms are unlinkable.
create table daily_key (
    day        date primary key,
    key_bytes  bytea not null check (octet_length(key_bytes) = 32),
    created_at timestamp(6) with time zone not null
);

create table affiliate (
    code            varchar(64) primary key,
    display_name    varchar(200) not null,
    client_id       varchar(255) unique,
    commission_rate numeric(5, 4) not null check (commission_rate >= 0 and commission_rate <= 1),
    updated_at      timestamp(6) with time zone not null
);

-- Raw events, kept 90 days (written by JDBC batch, read by native SQL: not a Hibernate entity).
create table click_event (
    id                 bigint generated always as identity primary key,
    kind               varchar(20) not null check (kind in ('PAGE_VIEW', 'FEATURE_USED', 'AFFILIATE_LANDING', 'CONVERSION')),
    pseudonym          bytea not null,
    occurred_at        timestamp(6) with time zone not null,
    network            varchar(43),
    path               varchar(512),
    referrer_host      varchar(253),
    feature            varchar(100),
    duration_ms        bigint check (duration_ms >= 0),
    affiliate_code     varchar(64),
    landing_path       varchar(512),
    order_total        numeric(15, 3),
    currency           char(3),
    commission         numeric(19, 4)
);
create index click_event_occurred_idx on click_event (occurred_at);
create index click_event_landing_idx on click_event (pseudonym) where kind = 'AFFILIATE_LANDING';
create index click_event_conversion_idx on click_event (affiliate_code, occurred_at) where kind = 'CONVERSION';

-- Daily aggregates: all that is left of raw events after 90 days.
create table page_daily (
    day         date not null,
    path        varchar(512) not null,
    views       bigint not null,
    sessions    bigint not null,
    dwell_ms    bigint not null,
    dwell_count bigint not null,
    primary key (day, path)
);

create table feature_daily (
    day            date not null,
    feature        varchar(100) not null,
    uses           bigint not null,
    sessions       bigint not null,
    duration_ms    bigint not null,
    duration_count bigint not null,
    primary key (day, feature)
);

create table conversion_daily (
    day            date not null,
    affiliate_code varchar(64) not null,
    currency       char(3) not null,
    landing_path   varchar(512) not null,
    conversions    bigint not null,
    sales          numeric(19, 3) not null,
    commission     numeric(19, 4) not null,
    primary key (day, affiliate_code, currency, landing_path)
);
