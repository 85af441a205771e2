-- Retention (RetentionService; this replaces the note at the top of V1.0.0): a finished request is deleted 24 months
-- after it was answered (gateway.retention.request-records), its steps with it (on delete cascade); an open one never.

create index dsr_request_completed_at on dsr_request (completed_at) where completed_at is not null;

