#!/usr/bin/env bash
# 诺尔数据 — start the whole suite locally on real engines, without Docker.
#
#   ./run.sh            build what is missing, start PostgreSQL, Redis, RocketMQ (local-infra), the seven services
#                       and the gateway; wait until all are healthy; print URLs and demo accounts; stay in the
#                       foreground and stop everything on Ctrl-C
#   ./run.sh --detach   the same, but return once everything is healthy
#   ./run.sh stop       stop everything this script started
#   ./run.sh status     health of each process
#   ./run.sh --rebuild  force a rebuild of the jars first (combinable with --detach)
#
# State (pids, logs, the PostgreSQL data directory) lives in .run/ — delete it for a clean database.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN_DIR="$ROOT/.run"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
HEALTH_TIMEOUT="${NUOER_HEALTH_TIMEOUT:-240}"
# engine ports (the services read the same variables)
export NUOER_PG_PORT="${NUOER_PG_PORT:-15432}" NUOER_REDIS_PORT="${NUOER_REDIS_PORT:-16379}"
export NUOER_NAMESRV_PORT="${NUOER_NAMESRV_PORT:-19876}" NUOER_BROKER_PORT="${NUOER_BROKER_PORT:-10911}"
export NUOER_NAMESRV="127.0.0.1:${NUOER_NAMESRV_PORT}"
# the local mail server (GreenMail in local-infra): svc-customer sends every e-mail here; read them by POP3
export NUOER_SMTP_HOST=127.0.0.1 NUOER_SMTP_PORT="${NUOER_SMTP_PORT:-12525}" NUOER_POP3_PORT="${NUOER_POP3_PORT:-12110}"

# name:port — start order; the gateway goes last
# service ports: the services and the gateway read the same variables (nuoer-common.yml, gateway application.yml)
export NUOER_GATEWAY_PORT="${NUOER_GATEWAY_PORT:-8080}" NUOER_PORTAL_PORT="${NUOER_PORTAL_PORT:-8081}"
export NUOER_CUSTOMER_PORT="${NUOER_CUSTOMER_PORT:-8082}" NUOER_BILLING_PORT="${NUOER_BILLING_PORT:-8083}"
export NUOER_WALLET_PORT="${NUOER_WALLET_PORT:-8084}" NUOER_APICALL_PORT="${NUOER_APICALL_PORT:-8085}"
export NUOER_SALES_PORT="${NUOER_SALES_PORT:-8086}" NUOER_CONTRACT_PORT="${NUOER_CONTRACT_PORT:-8087}"
SERVICES=(svc-customer:$NUOER_CUSTOMER_PORT svc-portal:$NUOER_PORTAL_PORT svc-billing:$NUOER_BILLING_PORT
  svc-wallet:$NUOER_WALLET_PORT svc-apicall:$NUOER_APICALL_PORT svc-sales:$NUOER_SALES_PORT
  svc-contract:$NUOER_CONTRACT_PORT gateway:$NUOER_GATEWAY_PORT)
JAVA_OPTS_SERVICE="${NUOER_JAVA_OPTS:--Xms64m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=48m}"
JAVA_OPTS_INFRA="${NUOER_INFRA_JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

log() { printf '[run.sh] %s\n' "$*"; }

jar_of() {
  local name="$1"
  if [ "$name" = local-infra ]; then echo "$ROOT/local-infra/target/local-infra.jar"; else echo "$ROOT/$name/target/$name.jar"; fi
}

build_if_needed() {
  local force="$1" missing=0
  for entry in local-infra:0 "${SERVICES[@]}"; do
    [ -f "$(jar_of "${entry%%:*}")" ] || missing=1
  done
  if [ "$force" = 1 ] || [ "$missing" = 1 ]; then
    log "building jars (./mvnw -DskipTests package) ..."
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  fi
}

is_running() {
  local pidfile="$PID_DIR/$1.pid"
  [ -f "$pidfile" ] && alive "$(cat "$pidfile")"
}

# a process that exited but was never reaped (a zombie: its parent is gone and PID 1 of a container may not reap)
# still answers kill -0; it counts as stopped
alive() { kill -0 "$1" 2>/dev/null && [ "$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null)" != Z ]; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_infra() {
  if is_running local-infra; then log "engines already running"; return; fi
  for p in "$NUOER_PG_PORT" "$NUOER_REDIS_PORT" "$NUOER_NAMESRV_PORT" "$NUOER_SMTP_PORT" "$NUOER_POP3_PORT"; do
    if port_open "$p"; then log "port $p is in use by another process; stop it first (./run.sh stop?)"; exit 1; fi
  done
  rm -f "$RUN_DIR/infra.ready"
  log "starting engines: PostgreSQL :$NUOER_PG_PORT, Redis :$NUOER_REDIS_PORT, RocketMQ name server :$NUOER_NAMESRV_PORT + broker :$NUOER_BROKER_PORT, mail SMTP :$NUOER_SMTP_PORT / POP3 :$NUOER_POP3_PORT"
  # exec: the background subshell becomes the JVM, so its pid is the engine's and no shell keeps our stdout open
  # a private copy: rebuilding the jar under a running JVM breaks its lazily loaded classes
  mkdir -p "$RUN_DIR/app"; cp -p "$(jar_of local-infra)" "$RUN_DIR/app/local-infra.jar"
  (cd "$RUN_DIR" && NUOER_DATA_DIR="$RUN_DIR/data" exec java $JAVA_OPTS_INFRA -jar "$RUN_DIR/app/local-infra.jar") \
      >"$LOG_DIR/local-infra.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/local-infra.pid"
  local waited=0
  until [ -f "$RUN_DIR/infra.ready" ]; do
    if ! is_running local-infra; then log "engines failed to start; see $LOG_DIR/local-infra.log"; tail -20 "$LOG_DIR/local-infra.log"; exit 1; fi
    sleep 1; waited=$((waited + 1))
    if [ "$waited" -gt 120 ]; then log "engines not ready after 120 s; see $LOG_DIR/local-infra.log"; exit 1; fi
  done
}

# Class data sharing: each jar is extracted once (Spring Boot's jarmode=tools layout, plain jars on the class path)
# so the JVM can archive the loaded classes; the first run writes the archive when the service stops, later runs
# map it and start markedly faster. A rebuilt jar is re-extracted and its archive dropped.
prepare_app() {
  local name="$1" jar dir
  jar="$(jar_of "$name")"; dir="$RUN_DIR/app/$name"
  if [ ! -f "$dir/$name.jar" ] || [ "$jar" -nt "$dir/$name.jar" ]; then
    rm -rf "$dir"; mkdir -p "$dir"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  fi
}

cds_opts() {
  local archive="$RUN_DIR/app/$1/app.jsa"
  if [ -f "$archive" ]; then echo "-XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
  else echo "-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"; fi
}

start_service() {
  local name="$1" port="$2"
  if is_running "$name"; then log "$name already running"; return; fi
  if port_open "$port"; then log "port $port ($name) is in use by another process"; exit 1; fi
  prepare_app "$name"
  nohup java $JAVA_OPTS_SERVICE $(cds_opts "$name") -Duser.timezone=Asia/Shanghai -Dspring.profiles.active=local \
      -jar "$RUN_DIR/app/$name/$name.jar" >"$LOG_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/$name.pid"
}

healthy() { curl -fsS -m 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }

wait_healthy() {
  local deadline=$((SECONDS + HEALTH_TIMEOUT)) pending
  while :; do
    pending=()
    for entry in "${SERVICES[@]}"; do
      local name="${entry%%:*}" port="${entry##*:}"
      if ! is_running "$name"; then log "$name exited; last log lines:"; tail -30 "$LOG_DIR/$name.log"; exit 1; fi
      healthy "$port" || pending+=("$name")
    done
    [ "${#pending[@]}" -eq 0 ] && return 0
    if [ "$SECONDS" -ge "$deadline" ]; then log "not healthy after ${HEALTH_TIMEOUT}s: ${pending[*]} (logs in $LOG_DIR)"; exit 1; fi
    sleep 1
  done
}

total_rss_mb() {
  local total=0 pid rss
  for f in "$PID_DIR"/*.pid; do
    pid="$(cat "$f")"
    rss="$(ps -o rss= -p "$pid" 2>/dev/null || true)"
    # local-infra's PostgreSQL and Redis are child processes
    for child in $(pgrep -P "$pid" 2>/dev/null || true); do
      rss=$(( ${rss:-0} + $(ps -o rss= -p "$child" 2>/dev/null || echo 0) ))
      for grandchild in $(pgrep -P "$child" 2>/dev/null || true); do
        rss=$(( rss + $(ps -o rss= -p "$grandchild" 2>/dev/null || echo 0) ))
      done
    done
    total=$(( total + ${rss:-0} ))
  done
  echo $(( total / 1024 ))
}

stop_all() {
  [ -d "$PID_DIR" ] || { log "nothing to stop"; return; }
  # the gateway first (no new requests), then every service at once (each waits for its own graceful shutdown;
  # one after the other took up to 8 × 15 s), the engines last
  stop_group gateway
  stop_group svc-contract svc-sales svc-apicall svc-wallet svc-billing svc-portal svc-customer
  stop_group local-infra
  # PostgreSQL children of a killed local-infra must not survive it
  pkill -f "$RUN_DIR/data" 2>/dev/null || true
  rm -f "$RUN_DIR/infra.ready"
}

# SIGTERM to each running process of the group, up to 15 s for all of them together, then SIGKILL to what is left.
# A service started without its class-data archive writes it when it exits (cds_opts): that takes several seconds
# per JVM on a small machine, so a group with such a service gets up to 120 s.
stop_group() {
  local name pid pids=() names=() grace=30
  for name in "$@"; do
    if [ "$name" != local-infra ] && [ -d "$RUN_DIR/app/$name" ] && [ ! -f "$RUN_DIR/app/$name/app.jsa" ]; then grace=240; fi
  done
  for name in "$@"; do
    [ -f "$PID_DIR/$name.pid" ] || continue
    pid="$(cat "$PID_DIR/$name.pid")"
    if alive "$pid"; then kill "$pid" 2>/dev/null || true; pids+=("$pid"); names+=("$name"); fi
  done
  local i left
  if [ "${#pids[@]}" -gt 0 ] && [ "$grace" = 240 ]; then log "class-data archives are written on this stop: up to 120 s"; fi
  for _ in $(seq 1 "$grace"); do
    left=0
    for pid in "${pids[@]}"; do alive "$pid" && left=1; done
    [ "$left" = 0 ] && break
    sleep 0.5
  done
  for i in "${!pids[@]}"; do
    if alive "${pids[$i]}"; then
      kill -9 "${pids[$i]}" 2>/dev/null || true; log "stopped ${names[$i]} (killed: not down after $((grace / 2)) s)"
    else
      log "stopped ${names[$i]}"
    fi
  done
  for name in "$@"; do rm -f "$PID_DIR/$name.pid"; done
}

status() {
  for entry in local-infra:0 "${SERVICES[@]}"; do
    local name="${entry%%:*}" port="${entry##*:}" state="stopped"
    if is_running "$name"; then
      state="running"
      if [ "$port" != 0 ]; then healthy "$port" && state="healthy" || state="starting/unhealthy"; fi
    fi
    printf '  %-13s %-6s %s\n' "$name" "$([ "$port" = 0 ] || echo "$port")" "$state"
  done
}

print_banner() {
  cat <<BANNER

  诺尔数据 is up — gateway: http://127.0.0.1:${NUOER_GATEWAY_PORT}   (started in ${1}s, total RSS ${2} MB)

  demo accounts (POST /mt/auth/login {appcode, username, password}):
    crm      admin   / Admin@123   operations console (/mt/crm/**), all menus
    sales    sales01 / Sales@123   salesman (/mt/sales/**)
    beeback  demo    / Demo@123    customer console (/mt/beeback/**), developer account nuoer_demo_app01

  e.g. curl -s -XPOST http://127.0.0.1:${NUOER_GATEWAY_PORT}/mt/auth/login -H 'Content-Type: application/json' \\
         -d '{"appcode":"crm","username":"admin","password":"Admin@123"}'
  logs: $LOG_DIR     stop: ./run.sh stop

BANNER
}

main() {
  local detach=0 rebuild=0
  for arg in "$@"; do
    case "$arg" in
      stop) stop_all; return ;;
      status) status; return ;;
      --detach|-d) detach=1 ;;
      --rebuild) rebuild=1 ;;
      -h|--help) sed -n '2,13p' "$0"; return ;;
      *) log "unknown argument: $arg"; exit 2 ;;
    esac
  done
  command -v java >/dev/null || { log "a JDK 17+ is required (java not found)"; exit 1; }
  mkdir -p "$LOG_DIR" "$PID_DIR"
  local started=$SECONDS
  build_if_needed "$rebuild"
  local t0=$SECONDS
  start_infra
  for entry in "${SERVICES[@]}"; do start_service "${entry%%:*}" "${entry##*:}"; done
  wait_healthy
  local elapsed=$((SECONDS - t0))
  echo "$elapsed $(total_rss_mb)" >"$RUN_DIR/last-start.txt"
  print_banner "$elapsed" "$(total_rss_mb)"
  if [ "$detach" = 1 ]; then return; fi
  trap 'echo; stop_all; exit 0' INT TERM
  log "running in the foreground; Ctrl-C stops everything"
  while :; do sleep 5; done
}

main "$@"
