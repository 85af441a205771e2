-- What a service keeps by law after an erasure, and why (its answer's "retained": a JSON array of {"what", "legalReason"}),
-- shown to the customer with the step. Null when it keeps nothing, and for every step recorded before this column.
alter table dsr_step add column retained text;
