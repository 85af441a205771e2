-- kura-common: idempotency keys (common's IdempotencyInterceptor, the IETF httpapi Idempotency-Key draft). One row per
-- caller (the token's subject), endpoint (scope) and key: a hash of the request and the first response's status and
-- Location path, never its body. subject is the customer the write was about, when its body names one, so an erasure
-- removes the key with the rest (IdempotencyKeys.forget). Expired rows (kura.idempotency.expiry) are purged by the
-- service's retention plan (IdempotencyKeys.retention). The application role gets select, insert, update, delete by
-- V0.2.0's default privileges.
create table idempotency_record (
    id           bigint generated always as identity primary key,
    caller       varchar(255) not null,
    scope        varchar(200) not null,
    idem_key     varchar(255) not null,
    subject      varchar(255),
    request_hash char(64) not null,
    status       smallint not null,
    location     varchar(2048),
    created_at   timestamp(6) with time zone not null,
    unique (caller, scope, idem_key)
);
create index idempotency_record_created_at_idx on idempotency_record (created_at);
create index idempotency_record_subject_idx on idempotency_record (subject) where subject is not null;
