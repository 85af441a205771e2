-- A customer erased while suppression records were kept may come back: their first new action after the erasure (a
-- grant on the Account Login page, say) is recorded and sets returned_at; erased_at still proves the erasure, and the
-- kept withdrawals still prove the opt-outs. An action dated before the erasure is refused (a delayed batch must never
-- revive what the customer had erased). "Erased" now means erased_at set and returned_at not.
alter table consent_subject add column returned_at timestamp(6) with time zone;
