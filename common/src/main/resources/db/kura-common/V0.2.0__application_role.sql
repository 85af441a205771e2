-- kura-common: the application's database role. Every service has two (root README, "Database roles"): the owner, which
-- runs these migrations and owns every object they create, and the application's login ${app_role}
-- (quarkus.datasource.username), which gets only what the service needs: data on its tables, never ownership, DDL,
-- TRUNCATE or the right to switch a trigger off. Ledgers narrow it further to INSERT and SELECT in their own migrations.
do $$
declare
    app pg_roles%rowtype;
begin
    select * into app from pg_roles where rolname = '${app_role}';
    if not found then
        raise exception 'The application role ${app_role} does not exist: create it (bin/lib does, CloudNativePG managed roles in k8s)';
    end if;
    if app.rolname = current_user or pg_has_role(app.rolname, current_user, 'MEMBER') then
        raise exception 'The application logs in as ${app_role}, which is (or inherits) the owner % that runs the migrations: give it a role of its own', current_user;
    end if;
    if app.rolsuper or app.rolbypassrls or app.rolcreaterole or app.rolcreatedb or app.rolreplication then
        raise exception 'The application role ${app_role} must be an ordinary role (no superuser, bypassrls, createrole, createdb, replication)';
    end if;
    if exists (select 1 from pg_class c where c.relowner = app.oid and c.relnamespace = '${flyway:defaultSchema}'::regnamespace) then
        raise exception 'The application role ${app_role} owns objects in schema ${flyway:defaultSchema}: the owner role must own them';
    end if;
end
$$;

grant usage on schema ${flyway:defaultSchema} to ${app_role};
-- Data on every table and sequence, those of later migrations too (they are the owner's). A ledger's migration revokes
-- UPDATE and DELETE on it again.
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to ${app_role};
grant usage, select on all sequences in schema ${flyway:defaultSchema} to ${app_role};
alter default privileges in schema ${flyway:defaultSchema} grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema ${flyway:defaultSchema} grant usage, select on sequences to ${app_role};

-- The purge log is proof of what went: the application appends and reads it, nothing else.
revoke update, delete, truncate on purge_record from ${app_role};
