-- Retention: an order is kept 7 years (payment.retention.orders-after-completion) after it closed,
-- then deleted with its lines and status history (on delete cascade).

alter table orders add column completed_at timestamp(6) with time zone;
update orders o set completed_at = coalesce(
        (select max(e.occurred_at) from order_event e
         where e.order_id = o.id and e.to_status in ('DELIVERED', 'CANCELLED', 'REFUNDED')),
        o.updated_at)
    where o.status in ('DELIVERED', 'CANCELLED', 'REFUNDED');
update orders set completed_at = pseudonymised_at where completed_at is null and pseudonymised_at is not null;
create index orders_completed_at_idx on orders (completed_at) where completed_at is not null;

