-- Data-subject requests (access and erasure), coordinated by the gateway. Kept 24 months after receipt
-- (gateway.dsr.retention-months), then deleted by RequestRetention.

create table dsr_request (
    id            uuid primary key,
    subject       varchar(255) not null,
    type          varchar(16)  not null check (type in ('access', 'erasure')),
    status        varchar(32)  not null check (status in ('received', 'in-progress', 'completed', 'partially-blocked', 'failed-retrying')),
    received_at   timestamp with time zone not null,
    due_at        timestamp with time zone not null,
    completed_at  timestamp with time zone,
    outcome       varchar(2000),
    export_document text,
    version       bigint not null default 0
);

-- At most one open request of each type per subject: a repeated POST returns the open one.
create unique index dsr_request_one_open on dsr_request (subject, type)
    where status in ('received', 'in-progress', 'failed-retrying');
create index dsr_request_subject on dsr_request (subject, received_at);
create index dsr_request_open_due on dsr_request (due_at)
    where status in ('received', 'in-progress', 'failed-retrying');

create sequence dsr_step_seq start with 1 increment by 50;

-- One row per service and request: pending until the service has confirmed.
create table dsr_step (
    id           bigint primary key,
    request_id   uuid not null references dsr_request (id) on delete cascade,
    service      varchar(64) not null,
    status       varchar(16) not null check (status in ('pending', 'done', 'blocked', 'nothing-held')),
    attempts     integer not null default 0,
    last_error   varchar(255),
    outcome      varchar(64),
    reason       varchar(500),
    export_part  text,
    updated_at   timestamp with time zone not null,
    completed_at timestamp with time zone,
    unique (request_id, service)
);
