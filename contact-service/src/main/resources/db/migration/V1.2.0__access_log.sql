-- Issue 15. Who read a customer's contact data, other than the customer: the storefront at checkout and look-up,
-- disclosure-service for a support look-up or an exception case, the gateway for an access request. Reader, purpose and
-- data categories only, never values. customer_id is the customer's subject; null for a look-up that found nobody
-- (counted for the privacy officer's anomaly view). Deleted with the customer (erasure) and by retention.
create sequence contact_access_seq start with 1 increment by 50;

create table contact_access (
    id           bigint primary key,
    customer_id  varchar(255),
    at           timestamp(6) with time zone not null,
    reader       varchar(255) not null,
    on_behalf_of varchar(100),
    purpose      varchar(32) not null,
    data_items   varchar(500) not null
);
create index contact_access_customer_idx on contact_access (customer_id, at);
create index contact_access_at_idx on contact_access (at);
