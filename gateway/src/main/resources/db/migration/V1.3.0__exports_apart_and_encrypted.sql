-- Access exports leave the request records. The records (dsr_request, dsr_step), kept 24 months as proof of each
-- answer, hold no personal data any more: type, dates, status, each service's outcome, what it keeps by law and the
-- hold reasons, under the subject's id. The exports are the services' documents, each AES-256-GCM ciphertext
-- (kura-common's FieldCipher, key gateway.export.key), bound to its request and service; downloadable until
-- export_available_until (gateway.export.window after the answer), then deleted by the retention schedule; an
-- erasure request deletes the subject's exports at once.

create sequence dsr_export_seq start with 1 increment by 50;

create table dsr_export (
    id          bigint primary key,
    request_id  uuid not null references dsr_request (id) on delete cascade,
    service     varchar(64) not null,
    content     bytea not null,
    created_at  timestamp with time zone not null,
    unique (request_id, service)
);

alter table dsr_request add column export_available_until timestamp with time zone;

-- The plaintext exports stored before this version are not carried over: cleared first (so that no live row version
-- keeps them; VACUUM reclaims the old ones), then the columns go. Their requests answer 410: ask for a new export.
update dsr_request set export_document = null where export_document is not null;
update dsr_step set export_part = null where export_part is not null;
alter table dsr_request drop column export_document;
alter table dsr_step drop column export_part;
