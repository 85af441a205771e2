-- The purge log is written with plain SQL now (kura-common's PurgeLog): the id comes from the sequence by default.
alter table purge_record alter column id set default nextval('purge_record_seq');
