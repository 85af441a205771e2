-- kura-ledger: signed checkpoints of this service's ledger, and the checkpoints of the other service's ledger it keeps
-- as their witness (issue 16). Every table is append-only: triggers refuse UPDATE, DELETE and TRUNCATE, and the
-- application's role ${app_role} may only insert and read. Nothing here names a person.

-- This service's own checkpoints: its ledger's head (position, hash), signed with its Ed25519 key, each naming the
-- digest of the one before it.
create table ledger_checkpoint (
    id         bigint generated always as identity primary key,
    ledger     varchar(32) not null,
    position   bigint not null check (position >= 0),
    hash       varchar(64) not null,
    at         timestamp(3) with time zone not null,
    previous   varchar(64) not null,
    key_id     varchar(16) not null,
    signature  varchar(128) not null,
    digest     varchar(64) not null unique
);
create index ledger_checkpoint_position_idx on ledger_checkpoint (position, id);

-- When the witness confirmed that it keeps a checkpoint (a checkpoint without a row here is handed to it again).
create table ledger_checkpoint_witnessed (
    checkpoint_id bigint primary key references ledger_checkpoint (id),
    witnessed_at  timestamp(6) with time zone not null
);

-- The other ledger's checkpoints, as this service received them from it (signature checked first).
create table witnessed_checkpoint (
    id          bigint generated always as identity primary key,
    ledger      varchar(32) not null,
    position    bigint not null check (position >= 0),
    hash        varchar(64) not null,
    at          timestamp(3) with time zone not null,
    previous    varchar(64) not null,
    key_id      varchar(16) not null,
    signature   varchar(128) not null,
    digest      varchar(64) not null unique,
    received_at timestamp(6) with time zone not null
);
create index witnessed_checkpoint_ledger_idx on witnessed_checkpoint (ledger, id);

create function ledger_checkpoint_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'P0001';
end
$$;
create trigger ledger_checkpoint_no_update_delete before update or delete on ledger_checkpoint
    for each row execute function ledger_checkpoint_append_only();
create trigger ledger_checkpoint_no_truncate before truncate on ledger_checkpoint
    for each statement execute function ledger_checkpoint_append_only();
create trigger ledger_checkpoint_witnessed_no_update_delete before update or delete on ledger_checkpoint_witnessed
    for each row execute function ledger_checkpoint_append_only();
create trigger ledger_checkpoint_witnessed_no_truncate before truncate on ledger_checkpoint_witnessed
    for each statement execute function ledger_checkpoint_append_only();
create trigger witnessed_checkpoint_no_update_delete before update or delete on witnessed_checkpoint
    for each row execute function ledger_checkpoint_append_only();
create trigger witnessed_checkpoint_no_truncate before truncate on witnessed_checkpoint
    for each statement execute function ledger_checkpoint_append_only();

revoke update, delete, truncate on ledger_checkpoint, ledger_checkpoint_witnessed, witnessed_checkpoint from ${app_role};
