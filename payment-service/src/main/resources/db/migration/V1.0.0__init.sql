-- payment-service schema. A payment method is only a processor token, brand, last 4 and expiry:
-- there is deliberately no column that could hold a full card number or a security code.
-- Amounts are integer minor units of the order's ISO 4217 currency (JPY: yen).

create sequence orders_seq start with 1 increment by 50;
create sequence order_line_seq start with 1 increment by 50;
create sequence order_event_seq start with 1 increment by 50;

create table orders (
    id                bigint primary key,
    public_id         varchar(36) not null unique,
    customer_id       varchar(255) not null,
    status            varchar(255) not null
                      check (status in ('PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED')),
    currency          varchar(3) not null check (currency ~ '^[A-Z]{3}$'),
    total_minor       bigint not null check (total_minor >= 0),
    processor_id      varchar(64) not null,
    payment_token     varchar(128),
    card_brand        varchar(30) not null,
    card_last4        varchar(4) check (card_last4 ~ '^[0-9]{4}$'),
    card_expiry_month integer check (card_expiry_month between 1 and 12),
    card_expiry_year  integer,
    carrier_id        varchar(64),
    tracking_number   varchar(64),
    placed_at         timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    pseudonymised_at  timestamp(6) with time zone,
    retain_until      timestamp(6) with time zone
);
create index orders_customer_idx on orders (customer_id, placed_at);
create index orders_retain_until_idx on orders (retain_until) where retain_until is not null;

create table order_line (
    id               bigint primary key,
    order_id         bigint not null references orders (id) on delete cascade,
    position         integer not null,
    sku              varchar(64) not null,
    name             varchar(200) not null,
    quantity         integer not null check (quantity > 0),
    unit_price_minor bigint not null check (unit_price_minor >= 0),
    line_total_minor bigint not null check (line_total_minor >= 0)
);
create index order_line_order_idx on order_line (order_id);

create table order_event (
    id          bigint primary key,
    order_id    bigint not null references orders (id) on delete cascade,
    occurred_at timestamp(6) with time zone not null,
    from_status varchar(255)
                check (from_status in ('PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED')),
    to_status   varchar(255) not null
                check (to_status in ('PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED')),
    actor       varchar(255) not null
);
create index order_event_order_idx on order_event (order_id, occurred_at);
