create index policy_acknowledgement_subject_idx on policy_acknowledgement (subject);
