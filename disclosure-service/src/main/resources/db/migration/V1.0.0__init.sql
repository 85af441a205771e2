-- disclosure-service schema: recipient registry, need-to-know rules, the append-only
-- hash-chained disclosure ledger and exception-disclosure cases.

create sequence disclosure_rule_seq start with 1001 increment by 50;
create sequence disclosure_case_seq start with 1 increment by 50;

create table recipient (
    id                      varchar(64) primary key,
    name                    varchar(200) not null,
    kind                    varchar(32) not null check (kind in ('CARRIER', 'PAYMENT_PROCESSOR', 'ANALYTICS', 'AFFILIATE',
                                'FRAUD_PREVENTION', 'CREDIT_BUREAU', 'AUTHORITY', 'ACQUIRER', 'STAFF')),
    country                 varchar(2) not null,
    transfer_mechanism      varchar(32) not null check (transfer_mechanism in ('DOMESTIC', 'CONSENT', 'EQUIVALENT_MEASURES', 'ADEQUACY')),
    contract_reference      varchar(200),
    -- APPI Art. 30: what Kura records about a third party it receives personal data from.
    provider_name           varchar(200),
    provider_address        varchar(300),
    provider_representative varchar(200),
    provider_acquisition    varchar(500),
    oidc_client_id          varchar(255) unique,
    active                  boolean not null,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null
);

create table disclosure_rule (
    id                  bigint primary key,
    recipient_kind      varchar(32) not null,
    purpose             varchar(16) not null check (purpose in ('DELIVERY', 'PAYMENT', 'SUPPORT')),
    order_projection    varchar(16) check (order_projection in ('DELIVERY', 'PAYMENT')),
    contact_projection  varchar(16) check (contact_projection in ('DELIVERY', 'PAYMENT', 'SUPPORT')),
    legal_basis         varchar(32) not null,
    requires_assignment boolean not null,
    requires_reason     boolean not null,
    description         varchar(500),
    unique (recipient_kind, purpose),
    check (order_projection is not null or contact_projection is not null),
    check (not requires_assignment or order_projection is not null)
);

insert into disclosure_rule (id, recipient_kind, purpose, order_projection, contact_projection, legal_basis,
                             requires_assignment, requires_reason, description)
values (1, 'CARRIER', 'DELIVERY', 'DELIVERY', 'DELIVERY', 'OUTSOURCING', true, false,
        'A carrier gets name, shipping address and phone for orders assigned to it (APPI Art. 27(5)(i) outsourcing).'),
       (2, 'PAYMENT_PROCESSOR', 'PAYMENT', 'PAYMENT', 'PAYMENT', 'OUTSOURCING', true, false,
        'A payment processor gets the payment token, amount and billing address for orders it processes.'),
       (3, 'STAFF', 'SUPPORT', null, 'SUPPORT', 'CONTRACT', false, true,
        'Customer support sees name and email, with a stated reason for each look-up.');

-- The ledger. id is the row's position in the hash chain (1, 2, 3, ...), assigned under the
-- chain-head lock, so the chain order is the id order.
create table ledger_entry (
    id              bigint primary key,
    at              timestamp(6) with time zone not null,
    outcome         varchar(16) not null check (outcome in ('DISCLOSED', 'REFUSED')),
    recipient_id    varchar(64),
    recipient_name  varchar(200),
    recipient_kind  varchar(32),
    subject         varchar(255),
    subjects        text,
    reference       varchar(255) not null,
    data_items      text not null,
    purpose         varchar(32) not null,
    legal_basis     varchar(32),
    basis_reference varchar(200),
    reason          varchar(500),
    actor           varchar(255) not null,
    refusal         varchar(64),
    previous_hash   varchar(64) not null,
    hash            varchar(64) not null unique
);
create index ledger_entry_subject_idx on ledger_entry (subject, id);

-- The chain head: the last position and hash. Appends lock this one row (select ... for update),
-- so concurrent appends are serialised and cannot fork the chain.
create table ledger_head (
    id        smallint primary key check (id = 1),
    last_id   bigint not null,
    last_hash varchar(64) not null
);
insert into ledger_head (id, last_id, last_hash) values (1, 0, repeat('0', 64));

-- Database-level guard: ledger rows are never changed or removed (APPI record keeping, >= 3 years).
create function ledger_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger_entry is append-only: % refused', tg_op using errcode = 'P0001';
end
$$;
create trigger ledger_entry_no_update_delete before update or delete on ledger_entry
    for each row execute function ledger_entry_append_only();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_entry_append_only();

create table disclosure_case (
    id                 bigint primary key,
    type               varchar(32) not null check (type in ('COURT_ORDER', 'GOVERNMENT_REQUEST', 'HARMFUL_CONDUCT',
                           'FRAUD_PREVENTION', 'CREDIT_RISK', 'BUSINESS_TRANSFER')),
    status             varchar(16) not null check (status in ('OPEN', 'APPROVED', 'REJECTED', 'EXECUTED')),
    recipient_id       varchar(64) not null references recipient (id),
    reference_document varchar(200) not null,
    requester          varchar(200) not null,
    description        varchar(1000),
    subjects           text not null,
    data_items         text not null,
    opened_by          varchar(255) not null,
    opened_at          timestamp(6) with time zone not null,
    decided_by         varchar(255),
    decided_at         timestamp(6) with time zone,
    decision_note      varchar(1000),
    executed_by        varchar(255),
    executed_at        timestamp(6) with time zone,
    version            bigint not null,
    check (decided_by is null or decided_by <> opened_by)
);
create index disclosure_case_opened_by_idx on disclosure_case (opened_by);
