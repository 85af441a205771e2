-- Access exports in chunks: each service's part is its document as the service answered it (JSON bytes, never parsed
-- and re-serialised), stored as chunks of at most 256 KiB plaintext, each AES-256-GCM ciphertext bound to its request,
-- service, index and the part's number of chunks (so chunks cannot be reordered, swapped, moved or dropped). The
-- download streams them chunk by chunk; nothing holds a whole document.

-- The parts stored before this version were bound to request and service alone; they are not carried over. Their
-- download windows close (the download answers 410: file a new access request), then the parts go.
update dsr_request set export_available_until = now()
    where export_available_until > now() and id in (select request_id from dsr_export);
delete from dsr_export;

alter table dsr_export add column seq integer not null;
alter table dsr_export drop constraint dsr_export_request_id_service_key;
alter table dsr_export add constraint dsr_export_chunk unique (request_id, service, seq);
