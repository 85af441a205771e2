-- The trace and the X-Request-Id of the HTTP request that filed a data-subject request: its fan-out to the services (right
-- away and every retry) continues that trace and logs under that request id, so one request is followed across services.
-- Ids only (W3C traceparent, the gateway's request id), never personal data.
alter table dsr_request add column trace_parent varchar(55);
alter table dsr_request add column http_request_id varchar(128);
