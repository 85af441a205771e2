-- consent-service schema: purposes, the append-only consent ledger, the subjects it knows,
-- privacy policy versions and their acknowledgements.

create sequence consent_record_seq start with 1 increment by 50;
create sequence policy_version_seq start with 1 increment by 50;
create sequence policy_acknowledgement_seq start with 1 increment by 50;

-- Purposes a customer can consent to. required_source_page: an opt-in counts for eligibility only when
-- given on that page (PRODUCT.md promise 3). sale_or_sharing: a Global Privacy Control signal opts out of it.
create table purpose (
    key                  varchar(64) primary key,
    description          varchar(500) not null,
    legal_basis          varchar(64) not null,
    data_use             varchar(128) not null,
    sale_or_sharing      boolean not null,
    required_source_page varchar(64)
);

insert into purpose (key, description, legal_basis, data_use, sale_or_sharing, required_source_page) values
    ('marketing-email-specials',
     'Email about specials and offers from Japan Auto Parts.com (Japan Specified E-mail Act: opt-in only).',
     'consent', 'marketing.communications.email', false, 'account-login-page'),
    ('affiliate-tracking',
     'Sharing which affiliate referred a visit so the affiliate can be paid a commission.',
     'consent', 'third_party_sharing', true, null),
    ('cross-border-transfer',
     'Provision of personal data to recipients outside Japan, e.g. carriers and payment processors abroad (APPI Art. 28).',
     'consent', 'third_party_sharing', false, null);

-- The ledger. One row per action; nothing is ever updated, and rows are deleted only by erasure (see the trigger).
-- at: when the action happened, as the client says; recorded_at: when this service stored it.
create table consent_record (
    id             bigint primary key,
    subject        varchar(255) not null,
    purpose_key    varchar(64) not null references purpose (key),
    action         varchar(16) not null check (action in ('GRANTED', 'WITHDRAWN')),
    at             timestamp(6) with time zone not null,
    recorded_at    timestamp(6) with time zone not null,
    channel        varchar(64) not null,
    page           varchar(64) not null,
    policy_version varchar(40),
    notice_version varchar(40),
    user_agent     varchar(512),
    actor          varchar(255) not null,
    via_gpc        boolean not null
);
create index consent_record_subject_idx on consent_record (subject, purpose_key, at);

-- The guard that makes the ledger append-only at the database level, whoever connects. UPDATE and TRUNCATE
-- are always refused. DELETE is refused unless the transaction has set the local setting kura.erasure = 'on',
-- which only the erasure code does (set_config('kura.erasure', 'on', true), i.e. SET LOCAL: it ends with the
-- transaction). A superuser could still disable the trigger; that is an audited DBA act, not an application path.
create function consent_record_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and coalesce(current_setting('kura.erasure', true), '') = 'on' then
        return old;
    end if;
    raise exception 'consent_record is append-only: % is not allowed', tg_op using errcode = 'KU001';
end;
$$;

create trigger consent_record_no_rewrite before update or delete on consent_record
    for each row execute function consent_record_append_only();
create trigger consent_record_no_truncate before truncate on consent_record
    for each statement execute function consent_record_append_only();

-- Every subject this service knows, with the time of the last marketing email sent to them (recorded by the
-- mail sender): opt-in proof is kept for three years after it. erased_at marks a subject whose records were
-- erased except what the law requires us to keep; such a subject gets no policy-change notice.
create table consent_subject (
    subject                  varchar(255) primary key,
    first_seen_at            timestamp(6) with time zone not null,
    last_marketing_email_at  timestamp(6) with time zone,
    erased_at                timestamp(6) with time zone
);

create table policy_version (
    id             bigint primary key,
    version        varchar(40) not null unique,
    effective_date date not null,
    summary        varchar(2000) not null,
    text_sha256    varchar(64) not null,
    published_at   timestamp(6) with time zone not null,
    published_by   varchar(255) not null
);
create index policy_version_effective_idx on policy_version (effective_date, id);

create table policy_acknowledgement (
    id                bigint primary key,
    subject           varchar(255) not null,
    policy_version_id bigint not null references policy_version (id),
    acknowledged_at   timestamp(6) with time zone not null,
    unique (subject, policy_version_id)
);
