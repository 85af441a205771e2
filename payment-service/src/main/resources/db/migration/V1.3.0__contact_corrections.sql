-- A customer's correction of their contact data reaches the orders not yet shipped (README, "Corrections reach the orders
-- not yet shipped"): contact-service sends the corrected snapshot fields with the time its data had them (asOf), and the
-- order keeps that time, so a correction that arrives late never overwrites a newer one. Null: the snapshot is the one the
-- order was placed with. A time, not personal data; it goes with the order.
alter table orders add column contact_as_of timestamp(6) with time zone;
