-- Retention: customers inactive for the configured period are purged, and so is stale change history.

alter table customer add column last_active_at timestamp(6) with time zone;
update customer set last_active_at = updated_at;
alter table customer alter column last_active_at set not null;
create index customer_last_active_idx on customer (last_active_at);
create index contact_change_changed_at_idx on contact_change (changed_at);

