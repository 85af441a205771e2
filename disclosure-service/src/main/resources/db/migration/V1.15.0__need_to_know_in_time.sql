-- Issue 15 (numbered after the issue, so that it never collides with migrations other work adds meanwhile).
-- Need-to-know in time: each per-order rule has a disclosure window; rules and recipients change only through proposals a
-- second privacy officer approves, each applied change a new version; ledger rows name the rule version they were
-- released under, and refusals are recorded as aggregate rows (a count per recipient, reason and period).

-- Disclosure windows, as data. A window opens when the order first reached window_opens, and closes window_grace (an ISO
-- period) after the latest time the order reached one of window_closes (comma-separated statuses). Per-customer rules
-- have none.
alter table disclosure_rule
    add column version       integer not null default 1 check (version >= 1),
    add column window_opens  varchar(16) check (window_opens in ('PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED')),
    add column window_closes varchar(100),
    add column window_grace  varchar(20);
alter table disclosure_rule alter column version drop default;

-- A carrier from shipped until delivered (or refunded) + 14 days, for returns; a processor from placed until the order is
-- settled (delivered, cancelled or refunded) + 30 days, for chargebacks and refunds. The latest closing status counts: a
-- refund after delivery opens the window again for the refund.
update disclosure_rule set window_opens = 'SHIPPED', window_closes = 'DELIVERED,CANCELLED,REFUNDED', window_grace = 'P14D'
 where recipient_kind = 'CARRIER' and purpose = 'DELIVERY';
update disclosure_rule set window_opens = 'PLACED', window_closes = 'DELIVERED,CANCELLED,REFUNDED', window_grace = 'P30D'
 where recipient_kind = 'PAYMENT_PROCESSOR' and purpose = 'PAYMENT';
alter table disclosure_rule
    add constraint disclosure_rule_window_whole check ((window_opens is null) = (window_closes is null)
        and (window_opens is null) = (window_grace is null)),
    add constraint disclosure_rule_per_order_window check (requires_assignment = (window_opens is not null));

alter table recipient add column version integer not null default 1 check (version >= 1);
alter table recipient alter column version drop default;

-- Proposed changes to rules and recipients, and, once applied, their history. A proposal names what it changes (a rule by
-- recipient kind and purpose, a recipient by id), the version it changes (none for a creation), and the whole proposed
-- state as JSON (none for a removal). A different privacy officer approves (the change is applied, as version
-- applied_version) or rejects it.
create sequence change_proposal_seq start with 1 increment by 50;
create table change_proposal (
    id              bigint primary key,
    subject         varchar(16) not null check (subject in ('RULE', 'RECIPIENT')),
    action          varchar(16) not null check (action in ('CREATE', 'CHANGE', 'REMOVE')),
    target          varchar(100) not null,
    base_version    integer,
    payload         text,
    status          varchar(16) not null check (status in ('OPEN', 'APPLIED', 'REJECTED')),
    proposed_by     varchar(255) not null,
    proposed_at     timestamp(6) with time zone not null,
    decided_by      varchar(255),
    decided_at      timestamp(6) with time zone,
    decision_note   varchar(1000),
    applied_version integer,
    version         bigint not null,
    -- Two-person rule, also at the database.
    check (decided_by is null or decided_by <> proposed_by),
    check ((status = 'OPEN') = (decided_by is null)),
    check ((status = 'APPLIED') = (applied_version is not null)),
    check ((action = 'REMOVE') = (payload is null))
);
create index change_proposal_target_idx on change_proposal (subject, target, id);
create index change_proposal_status_idx on change_proposal (status, id);

-- The history stays: a proposal is decided once, and never deleted or rewritten afterwards.
create function change_proposal_decided_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.status = 'OPEN' and new.status <> 'OPEN'
            and (new.subject, new.action, new.target, new.base_version, new.payload, new.proposed_by, new.proposed_at)
                is not distinct from
                (old.subject, old.action, old.target, old.base_version, old.payload, old.proposed_by, old.proposed_at) then
        return new;
    end if;
    raise exception 'change_proposal rows are decided once and never changed or removed: % refused', tg_op
        using errcode = 'P0001';
end
$$;
create trigger change_proposal_decided_once before update or delete on change_proposal
    for each row execute function change_proposal_decided_once();
create trigger change_proposal_no_truncate before truncate on change_proposal
    for each statement execute function change_proposal_decided_once();

-- Version 1 of every rule there is: seeded by the migrations (V1.0.0, the windows by this one).
insert into change_proposal (id, subject, action, target, base_version, payload, status, proposed_by, proposed_at,
                             decided_by, decided_at, decision_note, applied_version, version)
select nextval('change_proposal_seq'), 'RULE', 'CREATE', lower(replace(r.recipient_kind, '_', '-')) || '/' || lower(r.purpose), null,
       json_build_object('recipientKind', lower(replace(r.recipient_kind, '_', '-')), 'purpose', lower(r.purpose),
                         'legalBasis', lower(replace(r.legal_basis, '_', '-')), 'requiresAssignment', r.requires_assignment,
                         'requiresReason', r.requires_reason, 'description', r.description,
                         'window', case when r.window_opens is null then null else json_build_object(
                             'opensAt', lower(r.window_opens),
                             'closesAt', (select json_agg(lower(s)) from unnest(string_to_array(r.window_closes, ',')) s),
                             'grace', r.window_grace) end)::text,
       'APPLIED', 'schema migration V1.0.0', now(), 'schema migration V1.15.0', now(),
       'Disclosure windows added (issue 15)', 1, 0
  from disclosure_rule r;

-- Ledger rows name the rule version a disclosure (or a refusal under a rule) was made under; an aggregate row of
-- refusals says how many attempts it stands for. Both are null on rows written before, whose hashes do not cover them.
alter table ledger_entry
    add column rule_version integer check (rule_version >= 1),
    add column attempts     integer check (attempts >= 1);
