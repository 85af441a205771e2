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

# module:http-port, in start order (the gateway last), and one database per service: from kura-topology.json.
mapfile -t KURA_SERVICES < <(jq -r --argjson offset "$KURA_PORT_OFFSET" \
  '.services[] | "\(.module):\(.port + $offset)"' "$KURA_TOPOLOGY")
mapfile -t KURA_DATABASES < <(jq -r '.services[] | select(.database != null) | .database' "$KURA_TOPOLOGY")
KURA_KEYCLOAK_PORT=$(( $(jq -r '.keycloak.port' "$KURA_TOPOLOGY") + KURA_PORT_OFFSET ))
KURA_KEYCLOAK_MANAGEMENT_PORT=$(( $(jq -r '.keycloak.managementPort' "$KURA_TOPOLOGY") + KURA_PORT_OFFSET ))

# service_port MODULE: the module's HTTP port in this run.
service_port() {
  local entry
  for entry in "${KURA_SERVICES[@]}"; do
    [ "${entry%%:*}" = "$1" ] && { echo "${entry##*:}"; return; }
  done
  die "$1 is not in kura-topology.json"
}

# Every port a run with this offset needs, for a check that they are free.
kura_ports() {
  local entry
  for entry in "${KURA_SERVICES[@]}"; do echo "${entry##*:}"; done
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

# pg_start DIR PORT [server options...]: initialise DIR once, start on 127.0.0.1:PORT, create each service's database.
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
    if ! as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -tAqc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
      as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"
    fi
  done
}

pg_stop() {
  local dir=$1
  [ -f "$dir/data/postmaster.pid" ] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# Development-only secrets for a local run, generated once into FILE and never committed.
dev_secrets() {
  local file=$1
  [ -f "$file" ] && return 0
  mkdir -p "$(dirname "$file")"
  (
    umask 077
    {
      echo "CONTACT_ENCRYPTION_KEY=$(head -c 32 /dev/urandom | base64)"
      echo "CONTACT_ENCRYPTION_LOOKUP_KEY=$(head -c 32 /dev/urandom | base64)"
    } >"$file"
  )
}

# --- Services, in JVM mode from their packaged jars -------------------------------------------
# STATE is a folder for pids and logs; each service gets <PREFIX>_DB_URL for its own database on PG_PORT.

service_db() { echo "${1%-service}"; }
service_env_prefix() { service_db "$1" | tr '[:lower:]-' '[:upper:]_'; }
service_ready() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/q/health/ready"; }
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
  (
    set -a
    # shellcheck disable=SC1090
    [ -f "$env_file" ] && source "$env_file"
    set +a
    export QUARKUS_HTTP_PORT="$port"
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
    export "${prefix}_DB_URL=jdbc:postgresql://127.0.0.1:$pg_port/$(service_db "$module")"
    export "${prefix}_DB_USER=postgres"
    # vertx.disableURIValidation: kura-common's HttpEdge checks request targets itself and answers with a problem
    # document (Quarkus' own check answers a bare 400).
    exec setsid "$KURA_JAVA" -Xms64m -XX:+UseSerialGC -Dvertx.disableURIValidation=true -jar "$KURA_ROOT/$module/target/quarkus-app/quarkus-run.jar" \
      >>"$state/logs/$module.log" 2>&1
  ) &
  echo $! >"$state/pids/$module.pid"
}

service_wait_ready() {
  local state=$1 module=$2 port=$3 deadline=$((SECONDS + 120))
  until service_ready "$port"; do
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
