-- A correction reaches the customer's orders not yet shipped (README, "Corrections and erasures passed on"): the same
-- outbox carries it to payment-service. destination says whom a row is for: disclosure-service (the notices to recipients
-- of the old data) or payment-service (the orders' contact snapshot, sent with today's values when the row is sent; the
-- row itself, as every row here, holds no value).
alter table change_report add column destination varchar(32) not null default 'disclosure-service'
    check (destination in ('disclosure-service', 'payment-service'));
alter table change_report alter column destination drop default;
