# Shared by bin/test and bin/stack: the service list, the JDK check and the private PostgreSQL cluster.
# Sourced, not run.

KURA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
KURA_TOPOLOGY="$KURA_ROOT/kura-topology.json"

say() { printf '\033[1m[kura]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[kura]\033[0m %s\n' "$*" >&2; exit 1; }

command -v jq >/dev/null 2>&1 || die "jq is needed (apt-get install jq)."

# Every port of a run is its port in kura-topology.json plus KURA_PORT_OFFSET (0 for bin/stack; bin/test picks a free
# offset, so a test run never collides with a running stack or another test run).
KURA_PORT_OFFSET=${KURA_PORT_OFFSET:-0}

# module:http-port, in start order (the gateway, then web), and one database per service that keeps data: from
# kura-topology.json.
mapfile -t KURA_SERVICES < <(jq -r --argjson offset "$KURA_PORT_OFFSET" \
  '.services[] | "\(.module):\(.port + $offset)"' "$KURA_TOPOLOGY")
# module:management-port (health, metrics, OpenAPI, Swagger UI: the management interface, never routed), same order.
mapfile -t KURA_MANAGEMENT < <(jq -r --argjson offset "$KURA_PORT_OFFSET" \
  '.services[] | "\(.module):\(.managementPort + $offset)"' "$KURA_TOPOLOGY")
mapfile -t KURA_DATABASES < <(jq -r '.services[] | select(.database != null) | .database' "$KURA_TOPOLOGY")
# The env prefixes of the services that keep a hash-chained ledger (and sign its checkpoints).
mapfile -t KURA_LEDGERS < <(jq -r '.services[] | select(.ledger != null) | .module | sub("-service$"; "") | ascii_upcase' \
  "$KURA_TOPOLOGY")
KURA_KEYCLOAK_PORT=$(( $(jq -r '.keycloak.port' "$KURA_TOPOLOGY") + KURA_PORT_OFFSET ))
KURA_KEYCLOAK_MANAGEMENT_PORT=$(( $(jq -r '.keycloak.managementPort' "$KURA_TOPOLOGY") + KURA_PORT_OFFSET ))

# port_among MODULE ENTRY...: the port of MODULE among module:port entries.
port_among() {
  local module=$1 entry
  shift
  for entry in "$@"; do
    [ "${entry%%:*}" = "$module" ] && { echo "${entry##*:}"; return; }
  done
  die "$module is not in kura-topology.json"
}

# service_port MODULE: the module's HTTP port in this run.
service_port() { port_among "$1" "${KURA_SERVICES[@]}"; }

# management_port MODULE: the port of the module's management interface in this run (/q/health, /q/metrics, ...).
management_port() { port_among "$1" "${KURA_MANAGEMENT[@]}"; }

# openapi_url MODULE: where the module's OpenAPI document is in this run (its management interface).
openapi_url() { echo "http://127.0.0.1:$(management_port "$1")/q/openapi"; }

# Every port a run with this offset needs, for a check that they are free.
kura_ports() {
  local entry
  for entry in "${KURA_SERVICES[@]}" "${KURA_MANAGEMENT[@]}"; do echo "${entry##*:}"; done
  echo "$KURA_KEYCLOAK_PORT" "$KURA_KEYCLOAK_MANAGEMENT_PORT"
}

# JAVA_HOME when set, else the java on PATH; Java 17 or newer.
require_java() {
  local java=java
  [ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
  command -v "$java" >/dev/null 2>&1 || die "No JDK found: install JDK 17+ or set JAVA_HOME."
  local major
  major=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [ "${major%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed; $java is Java $major."
  KURA_JAVA=$java
}

require_postgres() {
  PG_BIN=${KURA_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
    die "PostgreSQL server binaries are missing (initdb, pg_ctl under /usr/lib/postgresql/<version>/bin).
       Install them with: apt-get install postgresql   (or point KURA_PG_BIN at their folder)."
  fi
}

# initdb and postgres refuse to run as root: run them as the postgres user then.
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port=$1
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

# Every service's database has two roles (the same in bin/stack, bin/test and the k8s manifests): <db>_owner owns the
# database and every object in it and runs the Flyway migrations; <db>_app is the application's login, with only the
# privileges the migrations grant it (on ledgers: insert and select).
db_owner_role() { echo "${1}_owner"; }
db_app_role() { echo "${1}_app"; }

# pg_sql PORT [DB] SQL: one statement as the cluster's superuser.
pg_sql() {
  local port=$1 db=postgres
  [ "$#" -eq 3 ] && { db=$2; shift; }
  as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d "$db" -v ON_ERROR_STOP=1 -tAqc "$2"
}

# pg_database PORT DB: the database's two roles (created once; no superuser, no CREATEROLE) and the database, owned by
# the owner role.
pg_database() {
  local port=$1 db=$2 role
  for role in "$(db_owner_role "$db")" "$(db_app_role "$db")"; do
    if ! pg_sql "$port" "select 1 from pg_roles where rolname = '$role'" | grep -q 1; then
      pg_sql "$port" "create role $role login nosuperuser nocreatedb nocreaterole noreplication" >/dev/null
    fi
  done
  if ! pg_sql "$port" "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres -O "$(db_owner_role "$db")" "$db"
  fi
}

# pg_role_passwords PORT ENV_FILE: gives each role the password the services are handed in ENV_FILE (<PREFIX>_DB_PASSWORD,
# <PREFIX>_DB_OWNER_PASSWORD), as the k8s Secrets do. The local cluster trusts 127.0.0.1, so they are not checked here.
pg_role_passwords() {
  local port=$1 env_file=$2 db prefix app owner
  for db in "${KURA_DATABASES[@]}"; do
    prefix=$(echo "$db" | tr '[:lower:]-' '[:upper:]_')
    app=$(sed -n "s/^${prefix}_DB_PASSWORD=//p" "$env_file")
    owner=$(sed -n "s/^${prefix}_DB_OWNER_PASSWORD=//p" "$env_file")
    [ -n "$app" ] && pg_sql "$port" "alter role $(db_app_role "$db") password '$app'" >/dev/null
    [ -n "$owner" ] && pg_sql "$port" "alter role $(db_owner_role "$db") password '$owner'" >/dev/null
  done
}

# pg_start DIR PORT [server options...]: initialise DIR once, start on 127.0.0.1:PORT, create each service's database
# and its two roles.
pg_start() {
  local dir=$1 port=$2
  shift 2
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$dir"
    runuser -u postgres -- test -w "$dir" || die "The postgres user cannot write $dir (a parent folder is not searchable); clone Kura under a world-searchable path such as /work or /tmp."
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
      || die "initdb failed; see $dir/initdb.log"
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' $*" start >/dev/null \
    || die "PostgreSQL did not start; see $dir/postgres.log"
  local db
  for db in "${KURA_DATABASES[@]}"; do
    pg_database "$port" "$db"
  done
}

pg_stop() {
  local dir=$1
  [ -f "$dir/data/postmaster.pid" ] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# Development-only secrets for a local run, generated into FILE and never committed; a key FILE lacks is added, one
# it has is kept. Each database's two role passwords (<PREFIX>_DB_PASSWORD for <db>_app, <PREFIX>_DB_OWNER_PASSWORD for
# <db>_owner) and, for each service that keeps a ledger, its Ed25519 checkpoint key pair (<PREFIX>_LEDGER_PRIVATE_KEY,
# PKCS#8, and <PREFIX>_LEDGER_PUBLIC_KEY, X.509, both base64 DER), which its witness reads too.
dev_secrets() {
  local file=$1 db prefix private name
  mkdir -p "$(dirname "$file")"
  (umask 077; touch "$file")
  add_secret "$file" CONTACT_ENCRYPTION_KEY "$(head -c 32 /dev/urandom | base64)"
  add_secret "$file" CONTACT_ENCRYPTION_LOOKUP_KEY "$(head -c 32 /dev/urandom | base64)"
  add_secret "$file" GATEWAY_EXPORT_KEY "$(head -c 32 /dev/urandom | base64)"
  add_secret "$file" PAYMENT_ENCRYPTION_KEY "$(head -c 32 /dev/urandom | base64)"
  # web: session and login-state encryption, CSRF signing.
  for name in WEB_SESSION_SECRET WEB_STATE_SECRET WEB_CSRF_SECRET; do
    add_secret "$file" "$name" "$(head -c 32 /dev/urandom | base64)"
  done
  for db in "${KURA_DATABASES[@]}"; do
    prefix=$(echo "$db" | tr '[:lower:]-' '[:upper:]_')
    add_secret "$file" "${prefix}_DB_PASSWORD" "$(random_password)"
    add_secret "$file" "${prefix}_DB_OWNER_PASSWORD" "$(random_password)"
  done
  for prefix in "${KURA_LEDGERS[@]}"; do
    grep -q "^${prefix}_LEDGER_PRIVATE_KEY=" "$file" && continue
    command -v openssl >/dev/null || die "openssl is needed to make the ledgers' signing keys (apt-get install openssl)."
    private=$(openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)
    add_secret "$file" "${prefix}_LEDGER_PRIVATE_KEY" "$private"
    add_secret "$file" "${prefix}_LEDGER_PUBLIC_KEY" \
      "$(echo "$private" | base64 -d | openssl pkey -inform DER -pubout -outform DER | base64 -w0)"
  done
}

random_password() { head -c 24 /dev/urandom | base64 | tr -d '/+=\n'; }

# add_secret FILE NAME VALUE: appends NAME=VALUE unless FILE has NAME already.
add_secret() {
  grep -q "^$2=" "$1" || echo "$2=$3" >>"$1"
}

# --- Services, in JVM mode from their packaged jars -------------------------------------------
# STATE is a folder for pids and logs; each service gets <PREFIX>_DB_URL for its own database on PG_PORT.

service_db() { echo "${1%-service}"; }
service_env_prefix() { service_db "$1" | tr '[:lower:]-' '[:upper:]_'; }
# service_ready MODULE: its readiness check answers UP, on its management interface.
service_ready() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$(management_port "$1")/q/health/ready"; }
service_running() { [ -f "$1/pids/$2.pid" ] && kill -0 "$(cat "$1/pids/$2.pid")" 2>/dev/null; }

# service_start STATE PG_PORT ENV_FILE MODULE PORT: ENV_FILE holds extra variables (secrets) for every service.
service_start() {
  local state=$1 pg_port=$2 env_file=$3 module=$4 port=$5 prefix
  prefix=$(service_env_prefix "$module")
  mkdir -p "$state/pids" "$state/logs"
  if service_running "$state" "$module"; then
    say "$module already running (pid $(cat "$state/pids/$module.pid"))"
    return
  fi
  port_in_use "$port" && die "Port $port is taken; $module cannot start."
  local management
  management=$(management_port "$module")
  port_in_use "$management" && die "Port $management is taken; $module's management interface cannot start."
  (
    set -a
    # shellcheck disable=SC1090
    [ -f "$env_file" ] && source "$env_file"
    set +a
    export QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$management"
    # Where the others are in this run (the defaults in application.properties are the offset-0 ports).
    local entry
    for entry in "${KURA_SERVICES[@]}"; do
      export "$(echo "${entry%%:*}" | tr '[:lower:]-' '[:upper:]_')_URL=http://127.0.0.1:${entry##*:}"
    done
    export KURA_OIDC_URL="http://127.0.0.1:$KURA_KEYCLOAK_PORT/realms/kura"
    # A service that calls others gets its own client-credentials secret: the realm file's demo value, one source
    # for both sides. Only then: elsewhere Quarkus would read the variable as an OIDC tenant named "client".
    if grep -q '^quarkus.oidc-client.client-id' "$KURA_ROOT/$module/src/main/resources/application.properties"; then
      QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET=$(jq -r --arg client "$module" \
        '.clients[] | select(.clientId == $client) | .secret // empty' "$KURA_ROOT/keycloak/kura-realm.json")
      export QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET
    fi
    if [[ " ${KURA_DATABASES[*]} " == *" $(service_db "$module") "* ]]; then
      export "${prefix}_DB_URL=jdbc:postgresql://127.0.0.1:$pg_port/$(service_db "$module")"
      export "${prefix}_DB_USER=$(db_app_role "$(service_db "$module")")"
      export "${prefix}_DB_OWNER_USER=$(db_owner_role "$(service_db "$module")")"
    fi
    # vertx.disableURIValidation: kura-common's HttpEdge checks request targets itself and answers with a problem
    # document (Quarkus' own check answers a bare 400). The web module does not use kura-common: Vert.x keeps checking.
    local uri_validation=true
    [ "$module" = web ] && uri_validation=false
    # The heap (bench/README.md, "Memory"): capped at 256 MB, what the Kubernetes limit gives the JVM too (half of 512Mi),
    # and given back after a peak (free ratios as run-java.sh sets them in the images); a 64 MB floor kept 20-25 MB
    # committed that a service never used. The serial collector: one small heap per service on a shared machine.
    # shellcheck disable=SC2086 # KURA_JAVA_OPTS: extra JVM options, word-split on purpose (bench/http/lone-starts).
    exec setsid "$KURA_JAVA" -Xms16m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -Dvertx.disableURIValidation=$uri_validation ${KURA_JAVA_OPTS:-} -jar "$KURA_ROOT/$module/target/quarkus-app/quarkus-run.jar" \
      >>"$state/logs/$module.log" 2>&1
  ) &
  echo $! >"$state/pids/$module.pid"
}

service_wait_ready() {
  local state=$1 module=$2 port=$3 deadline=$((SECONDS + 120))
  until service_ready "$module"; do
    service_running "$state" "$module" || die "$module stopped while starting; see $state/logs/$module.log"
    [ "$SECONDS" -lt "$deadline" ] || die "$module not ready after 120 s; see $state/logs/$module.log"
    sleep 0.5
  done
}

service_stop() {
  local state=$1 module=$2 pid
  if service_running "$state" "$module"; then
    pid=$(cat "$state/pids/$module.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    say "$module stopped"
  fi
  rm -f "$state/pids/$module.pid"
}

# Starts every service (in parallel: they only need the database and the identity provider) and waits for all.
services_start() {
  local state=$1 pg_port=$2 env_file=$3 entry
  for entry in "${KURA_SERVICES[@]}"; do
    service_start "$state" "$pg_port" "$env_file" "${entry%%:*}" "${entry##*:}"
  done
  for entry in "${KURA_SERVICES[@]}"; do
    service_wait_ready "$state" "${entry%%:*}" "${entry##*:}"
    say "${entry%%:*} ready on http://127.0.0.1:${entry##*:}"
  done
}

services_stop() {
  local state=$1 entry
  for entry in "${KURA_SERVICES[@]}"; do
    service_stop "$state" "${entry%%:*}"
  done
}
