-- Issue 15. The contact data an order was placed with, for its carrier and payment processor: name, shipping address,
-- phone, billing address (kura-catalogue's NeedToKnow.snapshot()), read from contact-service's checkout view at placement.
-- AES-256-GCM ciphertext of a JSON document (kura-common's FieldCipher, key payment.encryption.key), bound to the order's
-- public id. It lives and dies with the order row (retention), and pseudonymisation sets it to null. Orders placed before
-- this column existed have none: the broker then releases no contact data for them.
alter table orders add column contact_snapshot bytea;
