#!/bin/sh
# Run once by the postgres image at the first start of a database (docker-entrypoint-initdb.d), as its superuser: the two
# roles of the service's database (root README, "Database roles"). The owner owns the database and everything the
# migrations create; the service logs in as the application role, which holds only what the migrations grant it.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner="$KURA_DB_OWNER_USER" -v owner_pw="$KURA_DB_OWNER_PASSWORD" \
  -v app="$KURA_DB_APP_USER" -v app_pw="$KURA_DB_APP_PASSWORD" -v db="$POSTGRES_DB" <<'SQL'
select format('create role %I login nosuperuser nocreatedb nocreaterole noreplication password %L', :'owner', :'owner_pw') \gexec
select format('create role %I login nosuperuser nocreatedb nocreaterole noreplication password %L', :'app', :'app_pw') \gexec
select format('alter database %I owner to %I', :'db', :'owner') \gexec
SQL
