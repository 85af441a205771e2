# Keycloak, the real OIDC provider of the stack and the end-to-end suite. Sourced after kura.sh, not run.
#
#   keycloak_fetch                     download (through Maven, cached in ~/.m2) and unpack the distribution once
#   keycloak_start DIR PORT MGMT_PORT  start-dev on 127.0.0.1 with realm kura imported; waits until ready
#   keycloak_stop DIR                  stop the instance started with DIR
#   keycloak_token CLIENT SECRET       client-credentials access token (prints it)
#   keycloak_user_token USER PASSWORD  password-grant token through the public kura-demo client (demo users only)
#   keycloak_claims TOKEN              the JWT's payload as JSON
#
# Each instance runs from its own home DIR/home (bin/ and conf/ copied, lib/ providers/ themes/ linked to the
# unpacked distribution), so its H2 database (DIR/home/data) and logs (DIR/keycloak.log) are private and
# concurrent runs never share state. The realm is imported at the first start of a DIR, and again (into a fresh dev
# database) whenever the realm file has changed since.

KURA_KEYCLOAK_VERSION=${KURA_KEYCLOAK_VERSION:-26.7.3}
KURA_KEYCLOAK_REALM_FILE=${KURA_KEYCLOAK_REALM_FILE:-$KURA_ROOT/keycloak/kura-realm.json}
# A first start augments the fresh distribution (a minute or more on a busy 2-core machine) before importing the realm.
KURA_KEYCLOAK_TIMEOUT=${KURA_KEYCLOAK_TIMEOUT:-360}
KURA_KEYCLOAK_DIST=$KURA_ROOT/.kura/keycloak/keycloak-$KURA_KEYCLOAK_VERSION
# Set by keycloak_start; keycloak_token and friends use it.
KURA_KEYCLOAK_URL=${KURA_KEYCLOAK_URL:-http://127.0.0.1:$KURA_KEYCLOAK_PORT}

keycloak_fetch() {
  [ -x "$KURA_KEYCLOAK_DIST/bin/kc.sh" ] && return 0
  local download="$KURA_ROOT/.kura/keycloak/download"
  local zip="$download/keycloak-quarkus-dist-$KURA_KEYCLOAK_VERSION.zip"
  mkdir -p "$download"
  if [ ! -f "$zip" ]; then
    say "Fetching org.keycloak:keycloak-quarkus-dist:$KURA_KEYCLOAK_VERSION (about 177 MB, once)"
    (cd "$KURA_ROOT" && ./mvnw -B -ntp -q -N dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KURA_KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$download") || die "Could not fetch Keycloak $KURA_KEYCLOAK_VERSION through Maven."
  fi
  command -v unzip >/dev/null 2>&1 || die "unzip is needed to unpack Keycloak: apt-get install unzip"
  rm -rf "$KURA_KEYCLOAK_DIST.partial"
  mkdir -p "$KURA_KEYCLOAK_DIST.partial"
  unzip -q "$zip" -d "$KURA_KEYCLOAK_DIST.partial" || die "Could not unpack $zip"
  mv "$KURA_KEYCLOAK_DIST.partial/keycloak-$KURA_KEYCLOAK_VERSION" "$KURA_KEYCLOAK_DIST"
  rm -rf "$KURA_KEYCLOAK_DIST.partial" "$zip"
}

keycloak_pid() { [ -f "$1/keycloak.pid" ] && cat "$1/keycloak.pid"; }
keycloak_running() { local pid; pid=$(keycloak_pid "$1") && kill -0 "$pid" 2>/dev/null; }

# keycloak_start DIR PORT MGMT_PORT
keycloak_start() {
  local dir=$1 port=$2 mgmt_port=$3 home
  dir=$(mkdir -p "$dir" && cd "$dir" && pwd)
  home=$dir/home
  KURA_KEYCLOAK_URL="http://127.0.0.1:$port"
  if keycloak_running "$dir"; then
    say "Keycloak already running (pid $(keycloak_pid "$dir"))"
  else
    keycloak_fetch
    port_in_use "$port" && die "Port $port is taken; Keycloak cannot start."
    port_in_use "$mgmt_port" && die "Port $mgmt_port is taken; Keycloak's management interface cannot start."
    mkdir -p "$home/data/import"
    [ -d "$home/bin" ] || cp -r "$KURA_KEYCLOAK_DIST/bin" "$KURA_KEYCLOAK_DIST/conf" "$home/"
    local part
    for part in lib providers themes; do
      [ -e "$home/$part" ] || ln -s "$KURA_KEYCLOAK_DIST/$part" "$home/$part"
    done
    # The browser pages' client (kura-web) may return only to this run's gateway: the realm file names port 8080.
    local gateway_port
    gateway_port=$(service_port gateway)
    jq --arg port "$gateway_port" '(.clients[] | select(.clientId == "kura-web")) |=
        (.redirectUris |= map(sub(":8080/"; ":\($port)/"))
         | .attributes["post.logout.redirect.uris"] |= gsub(":8080/"; ":\($port)/"))' \
      "$KURA_KEYCLOAK_REALM_FILE" >"$home/data/import/kura-realm.json"
    # Keycloak imports a realm only when it does not exist yet: when the realm file has changed since the last import
    # (a new role, client or audience), or when no import is on record, the dev database starts afresh and takes it.
    local realm_sum
    realm_sum=$(sha256sum "$home/data/import/kura-realm.json" | cut -d' ' -f1)
    if [ "$(cat "$dir/realm.sha256" 2>/dev/null)" != "$realm_sum" ] \
        && [ -n "$(find "$home/data" -mindepth 1 -maxdepth 1 ! -name import -print -quit)" ]; then
      say "The realm file changed since Keycloak imported it: importing it again into a fresh dev database"
      find "$home/data" -mindepth 1 -maxdepth 1 ! -name import -exec rm -rf {} +
    fi
    echo "$realm_sum" >"$dir/realm.sha256"
    (
      [ -n "${KURA_JAVA:-}" ] && [ -z "${JAVA_HOME:-}" ] && [ "$KURA_JAVA" != java ] && export JAVA_HOME="${KURA_JAVA%/bin/java}"
      export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}"
      exec setsid "$home/bin/kc.sh" start-dev \
        --http-host=127.0.0.1 --http-port="$port" \
        --http-management-port="$mgmt_port" --health-enabled=true \
        --hostname-strict=false --import-realm \
        >>"$dir/keycloak.log" 2>&1 </dev/null
    ) &
    echo $! >"$dir/keycloak.pid"
  fi
  local started=$SECONDS deadline=$((SECONDS + KURA_KEYCLOAK_TIMEOUT))
  until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$mgmt_port/health/ready" \
      && curl -fs -o /dev/null --max-time 2 "$KURA_KEYCLOAK_URL/realms/kura/.well-known/openid-configuration"; do
    keycloak_running "$dir" || { tail -n 30 "$dir/keycloak.log" >&2; die "Keycloak stopped while starting; see $dir/keycloak.log"; }
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 30 "$dir/keycloak.log" >&2
      keycloak_stop "$dir"
      die "Keycloak not ready after $KURA_KEYCLOAK_TIMEOUT s; see $dir/keycloak.log"
    fi
    sleep 1
  done
  say "Keycloak $KURA_KEYCLOAK_VERSION ready on $KURA_KEYCLOAK_URL (realm kura) after $((SECONDS - started)) s"
}

# keycloak_stop DIR: SIGTERM to the process group started by keycloak_start, SIGKILL after 30 s.
keycloak_stop() {
  local dir=$1 pid
  pid=$(keycloak_pid "$dir") || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    say "Keycloak stopped"
  fi
  rm -f "$dir/keycloak.pid"
}

# keycloak_token CLIENT SECRET: an access token of the client's own identity (client-credentials grant).
keycloak_token() {
  curl -fsS --max-time 10 -u "$1:$2" -d grant_type=client_credentials \
    "$KURA_KEYCLOAK_URL/realms/kura/protocol/openid-connect/token" | jq -er .access_token
}

# keycloak_user_token USER PASSWORD: a demo user's access token (password grant, public client kura-demo).
# For README examples and the end-to-end suite only; no service uses the password grant.
keycloak_user_token() {
  curl -fsS --max-time 10 -d grant_type=password -d client_id=kura-demo \
    --data-urlencode "username=$1" --data-urlencode "password=$2" \
    "$KURA_KEYCLOAK_URL/realms/kura/protocol/openid-connect/token" | jq -er .access_token
}

# keycloak_claims TOKEN: the payload of a JWT, as JSON.
keycloak_claims() {
  local payload
  payload=$(printf '%s' "$1" | cut -d. -f2 | tr '_-' '/+')
  case $((${#payload} % 4)) in
    2) payload="$payload==" ;;
    3) payload="$payload=" ;;
  esac
  printf '%s' "$payload" | base64 -d | jq .
}
