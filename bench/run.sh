#!/usr/bin/env bash
# 诺尔数据 — benchmark harness (issue 14). See bench/README.md.
#
#   bench/run.sh [--quick] [--only P1,P3] [--port-base B] [--keep-data] [--keep-suite] [--max-seconds N]
#
#   --quick        small sizes and short runs (P2 1 M records, 10–15 s per measurement): checks the harness, ~12 min
#   --only LIST    scenarios to run (default P1,P2,P3,P4,P5,P6); the report covers the ones that ran
#   --port-base B  ports of the helper convention (PostgreSQL B+432, Redis B+379, RocketMQ B+876/B+911, SMTP B+525,
#                  POP3 B+110, gateway B+80, portal B+81 … contract B+87); default: the NUOER_*_PORT variables as
#                  ./run.sh reads them, i.e. the README ports (gateway 8080 …, PostgreSQL 15432 …)
#   --keep-data    keep P2's call records partition for the next run (default: dropped at the end)
#   --keep-suite   leave a suite this script started running (default: stopped again)
#   --no-profile   no JFR recording of svc-apicall and the gateway during P1 (default: recorded, hot methods listed)
#   --max-seconds  hard bound of the whole run (default 5400, quick 1800): a scenario still running then is killed
#
# Steps: build bench.jar (and the services' jars / driver classes if missing); P5 first (needs the suite's ports free,
# runs a private copy of the suite in a temporary directory, fresh then warm); start the suite with ./run.sh --detach
# or reuse a healthy one; P6, P1, P2, P3, P4; restore the suite (P1's restarted services back to run.sh's flags,
# P2's partition dropped, P3/P4/P6 databases dropped); write bench/results/<timestamp>/{report.md,results.json,*.png}
# and point bench/results/latest at it.
# Exit code: 0 every target met, 3 the report was written but a target was missed, 1 a scenario failed to run,
# 2 bad usage.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ARGS="$*"
QUICK=0 ONLY="P1,P2,P3,P4,P5,P6" PROFILE=1 KEEP_DATA=0 KEEP_SUITE=0 MAX_SECONDS="" PORT_BASE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --only) ONLY="${2:?--only needs a list}"; shift ;;
    --port-base) PORT_BASE="${2:?--port-base needs a number}"; shift ;;
    --keep-data) KEEP_DATA=1 ;;
    --no-profile) PROFILE=0 ;;
    --keep-suite) KEEP_SUITE=1 ;;
    --max-seconds) MAX_SECONDS="${2:?}"; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
ONLY="$(echo "$ONLY" | tr 'a-z' 'A-Z' | tr -d ' ')"
selected() { [[ ",$ONLY," == *",$1,"* ]]; }

if [ -n "$PORT_BASE" ]; then
  B="$PORT_BASE"
  export NUOER_PG_PORT=$((B + 432)) NUOER_REDIS_PORT=$((B + 379)) NUOER_NAMESRV_PORT=$((B + 876))
  export NUOER_BROKER_PORT=$((B + 911)) NUOER_SMTP_PORT=$((B + 525)) NUOER_POP3_PORT=$((B + 110))
  export NUOER_GATEWAY_PORT=$((B + 80)) NUOER_PORTAL_PORT=$((B + 81)) NUOER_CUSTOMER_PORT=$((B + 82))
  export NUOER_BILLING_PORT=$((B + 83)) NUOER_WALLET_PORT=$((B + 84)) NUOER_APICALL_PORT=$((B + 85))
  export NUOER_SALES_PORT=$((B + 86)) NUOER_CONTRACT_PORT=$((B + 87))
fi
export NUOER_PG_PORT="${NUOER_PG_PORT:-15432}" NUOER_REDIS_PORT="${NUOER_REDIS_PORT:-16379}"
export NUOER_NAMESRV_PORT="${NUOER_NAMESRV_PORT:-19876}" NUOER_BROKER_PORT="${NUOER_BROKER_PORT:-10911}"
export NUOER_NAMESRV="127.0.0.1:${NUOER_NAMESRV_PORT}"
export NUOER_GATEWAY_PORT="${NUOER_GATEWAY_PORT:-8080}" NUOER_APICALL_PORT="${NUOER_APICALL_PORT:-8085}"
PG="$NUOER_PG_PORT" GW="http://127.0.0.1:$NUOER_GATEWAY_PORT" AC="http://127.0.0.1:$NUOER_APICALL_PORT"

# sizes: quick checks the harness, full measures (the issue's sizes)
if [ "$QUICK" = 1 ]; then
  MODE=quick; P1_WARMUP=10; P1_SECONDS=15; P1_PROFILE_SECONDS=10; P2_RECORDS=1000000; P2_ITER=100; P3_SECONDS=8; P4_CALLS=1000000
  P6_SECONDS=10; MAX_SECONDS="${MAX_SECONDS:-1800}"
else
  MODE=full; P1_WARMUP=30; P1_SECONDS=60; P1_PROFILE_SECONDS=20; P2_RECORDS=10000000; P2_ITER=300; P3_SECONDS=20; P4_CALLS=10000000
  P6_SECONDS=30; MAX_SECONDS="${MAX_SECONDS:-5400}"
fi
P1_CLIENTS="${BENCH_P1_CLIENTS:-32}" P1_ITEM="${BENCH_P1_ITEM:-MOBILE3_CHECK}" P3_THREADS=64 P3_LINES="${BENCH_P3_LINES:-1000}"
P4_ACCOUNTS=1000

TS="$(date +%Y%m%d-%H%M%S)"
OUT="$ROOT/bench/results/$TS"
mkdir -p "$OUT"
LOG="$OUT/run.log"
exec > >(tee -a "$LOG") 2>&1
START=$SECONDS
DEADLINE=$((SECONDS + MAX_SECONDS))
log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
remaining() { local r=$((DEADLINE - SECONDS)); [ "$r" -lt 1 ] && r=1; echo "$r"; }
# bounded: min(the step's own bound, what is left of the whole run)
bounded() { local t="$1"; shift; local r; r=$(remaining); [ "$r" -lt "$t" ] && t="$r"; timeout --kill-after=15 "$t" "$@"; }
healthy() { curl -fsS -m 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
psql_pg() { psql -X -q -h 127.0.0.1 -p "$PG" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
BENCH_JAR="$ROOT/bench/target/bench.jar"
bench() { java -Xmx512m -XX:+UseParallelGC -Djava.awt.headless=true -jar "$BENCH_JAR" "$@"; }
FAILED=0
title_of() {
  case "$1" in
    P1) echo "Open API: gateway vs straight to svc-apicall" ;; P2) echo "recordList over the call records" ;;
    P3) echo "Wallet charges: 1 hot wallet and 1,000 wallets" ;; P4) echo "Month close for 1,000 customers" ;;
    P5) echo "Suite start to healthy and total RSS" ;; P6) echo "PostgreSQL's own ceiling (pgbench)" ;;
  esac
}
fail_scenario() { # id title note
  FAILED=1; log "$1 FAILED: $3"
  bench status --id "$1" --title "$2" --status failed --note "$3" --out "$OUT" >/dev/null 2>&1 || true
}

log "mode $MODE, scenarios $ONLY, gateway $GW, apicall $AC, PostgreSQL :$PG, bound ${MAX_SECONDS}s, results $OUT"
log "load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"

# ---- build ------------------------------------------------------------------------------------------------------
newest_src() { find "$@" -newer "$BENCH_JAR" -name '*.java' -o -newer "$BENCH_JAR" -name 'pom.xml' 2>/dev/null | head -1; }
if [ ! -f "$BENCH_JAR" ] || [ -n "$(newest_src bench/src bench/pom.xml)" ]; then
  log "building bench.jar"
  ./mvnw -B -q -ntp -pl bench package -DskipTests || { log "build of bench.jar failed"; exit 1; }
fi
for m in local-infra gateway svc-portal svc-customer svc-billing svc-wallet svc-apicall svc-sales svc-contract; do
  if [ ! -f "$m/target/$m.jar" ]; then
    log "building the suite's jars (./mvnw -DskipTests package)"; ./mvnw -B -q -ntp -DskipTests package || exit 1; break
  fi
done
if { selected P3 && [ ! -f svc-wallet/target/test-classes/com/nuoer/wallet/bench/ChargeBenchmark.class ]; } ||
   { selected P4 && [ ! -f svc-billing/target/test-classes/com/nuoer/billing/bench/MonthCloseBenchmark.class ]; }; then
  log "compiling the P3/P4 drivers (test classes of svc-wallet, svc-billing)"
  ./mvnw -B -q -ntp -pl svc-wallet,svc-billing test-compile || { log "test-compile failed"; exit 1; }
fi

# ---- P5: start-up, on a private copy of the suite (fresh .run/, then warm with the CDS archives it wrote) ---------
if selected P5; then
  T0=$SECONDS
  if port_open "$NUOER_GATEWAY_PORT" || port_open "$PG"; then
    log "P5 skipped: the suite's ports are in use (P5 needs them free: stop the suite, or run P5 alone first)"
    bench p5 --status skipped --note "skipped: the suite was already running on its ports; run bench/run.sh with the suite stopped to measure start-up" --out "$OUT" >/dev/null
  else
    P5DIR="$(mktemp -d /tmp/bench-p5.XXXXXX)"
    cp run.sh "$P5DIR/"
    for m in local-infra gateway svc-portal svc-customer svc-billing svc-wallet svc-apicall svc-sales svc-contract; do
      mkdir -p "$P5DIR/$m/target"; ln -s "$ROOT/$m/target/$m.jar" "$P5DIR/$m/target/$m.jar"
    done
    P5_FRESH="" P5_WARM="" P5_NOTE=""
    for kind in fresh warm; do
      log "P5 $kind start ($P5DIR/run.sh --detach)"
      NUOER_HEALTH_TIMEOUT=300 bounded 420 "$P5DIR/run.sh" --detach >"$OUT/P5-$kind.log" 2>&1; rc=$?
      if [ "$rc" = 0 ]; then
        v="$(cat "$P5DIR/.run/last-start.txt")"; log "P5 $kind: $v (s, MB)"
        [ "$kind" = fresh ] && P5_FRESH="$v" || P5_WARM="$v"
      else
        log "P5 $kind start failed (see P5-$kind.log)"; FAILED=1
        why="$(grep -m1 -E 'exited|not healthy|not ready|in use|failed to start' "$OUT/P5-$kind.log" | cut -c1-200)"
        [ "$rc" = 124 ] && why="not healthy within the step's bound (420 s, or what was left of the run)"
        P5_NOTE="$P5_NOTE the $kind start failed: ${why:-rc $rc} (P5-$kind.log)."
      fi
      bounded 300 "$P5DIR/run.sh" stop >>"$OUT/P5-$kind.log" 2>&1
    done
    rm -rf "$P5DIR"
    bench p5 --fresh "$P5_FRESH" --warm "$P5_WARM" --status failed --elapsed $((SECONDS - T0)) ${P5_NOTE:+--note "$P5_NOTE"} \
      --setup "./run.sh --detach of this checkout in a temporary directory (own .run/), run.sh's JVM flags; time = run.sh's own measure from the engines' start to every /actuator/health UP, RSS = run.sh's sum over its processes and their children (PostgreSQL, Redis)" \
      --out "$OUT" >/dev/null
  fi
fi

# ---- the suite --------------------------------------------------------------------------------------------------
NEEDS_SUITE=0
for p in P1 P2 P3 P4 P6; do selected "$p" && NEEDS_SUITE=1; done
STARTED_SUITE=0 RESTARTED=""
restore() {
  if [ -n "$RESTARTED" ]; then
    log "restoring $RESTARTED with run.sh's flags"
    for name in $RESTARTED; do
      pid="$(cat ".run/pids/$name.pid" 2>/dev/null)"; [ -n "$pid" ] && kill "$pid" 2>/dev/null
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null; rm -f ".run/pids/$name.pid"
    done
    RESTARTED=""
    [ "$STARTED_SUITE" = 1 ] && [ "$KEEP_SUITE" = 0 ] || ./run.sh --detach >>"$OUT/suite.log" 2>&1 || log "run.sh could not restart the services (see suite.log)"
  fi
  if [ "$KEEP_DATA" = 0 ] && selected P2 && port_open "$PG"; then bench p2-clean --pg-port "$PG" >/dev/null 2>&1; fi
  if port_open "$PG"; then
    for db in nuoer_wallet_bench nuoer_billing_bench nuoer_bench_pg; do
      psql_pg -c "drop database if exists $db with (force)" >/dev/null 2>&1
    done
  fi
  if [ "$STARTED_SUITE" = 1 ] && [ "$KEEP_SUITE" = 0 ]; then log "stopping the suite this run started"; ./run.sh stop >>"$OUT/suite.log" 2>&1; STARTED_SUITE=0; fi
}
trap 'log "interrupted"; restore; exit 1' INT TERM

if [ "$NEEDS_SUITE" = 1 ]; then
  if healthy "$NUOER_GATEWAY_PORT" && healthy "$NUOER_APICALL_PORT"; then
    log "reusing the suite on gateway :$NUOER_GATEWAY_PORT"
  else
    log "starting the suite (./run.sh --detach)"
    STARTED_SUITE=1
    if ! NUOER_HEALTH_TIMEOUT=300 bounded 600 ./run.sh --detach >"$OUT/suite.log" 2>&1; then
      log "the suite did not start (see suite.log)"; tail -5 "$OUT/suite.log"
      for p in P1 P2 P3 P4 P6; do
        selected "$p" && fail_scenario "$p" "$(title_of "$p")" "not run: the suite did not start (suite.log)"
      done
      ONLY="P5"   # skip the suite's scenarios, go to the report
    fi
  fi
fi

# ---- P6: PostgreSQL alone -----------------------------------------------------------------------------------------
if selected P6; then
  log "P6: pgbench ceiling (${P6_SECONDS}s per pattern)"
  bounded $((P6_SECONDS * 3 + 120)) java -Xmx256m -jar "$BENCH_JAR" p6 --pg-port "$PG" --seconds "$P6_SECONDS" \
    --repo "$ROOT" --out "$OUT" || fail_scenario P6 "$(title_of P6)" "pgbench run failed (see run.log)"
fi

# ---- P1: open API, gateway vs direct --------------------------------------------------------------------------------
restart_service() { # name port java-opts extra-args
  local name="$1" port="$2" opts="$3" extra="$4" pid
  pid="$(cat ".run/pids/$name.pid" 2>/dev/null)"
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then log "$name is not a process of ./run.sh in this checkout; not restarted"; return 1; fi
  kill "$pid"; for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done; kill -9 "$pid" 2>/dev/null
  RESTARTED="$RESTARTED $name"
  NUOER_DB_POOL=16 nohup java $opts -Duser.timezone=Asia/Shanghai -Dspring.profiles.active=local \
    -jar ".run/app/$name/$name.jar" $extra >".run/logs/$name.log" 2>&1 </dev/null &
  echo $! >".run/pids/$name.pid"
  for _ in $(seq 1 180); do healthy "$port" && return 0; sleep 1; done
  log "$name not healthy after its benchmark restart"; return 1
}
if selected P1; then
  T0=$SECONDS
  log "P1: restarting svc-apicall (sandbox latency 0, -Xmx512m ParallelGC, pool 16) and the gateway (-Xmx384m ParallelGC)"
  if restart_service svc-apicall "$NUOER_APICALL_PORT" "-Xms256m -Xmx512m -XX:+UseParallelGC" "--nuoer.apicall.sandbox.latency-ms=0" &&
     restart_service gateway "$NUOER_GATEWAY_PORT" "-Xms128m -Xmx384m -XX:+UseParallelGC" "" &&
     bounded 120 java -jar "$BENCH_JAR" p1-setup --gateway "$GW" --pg-port "$PG" --balance 2000000; then
    PG_PID="$(pgrep -o -f -- "-D $ROOT/.run/data/postgres" 2>/dev/null)"
    CPU_PIDS="apicall=$(cat .run/pids/svc-apicall.pid),gateway=$(cat .run/pids/gateway.pid),pg=$PG_PID"
    bounded $(( (P1_WARMUP + P1_SECONDS) * 2 + 120 )) java -Xmx512m -XX:+UseParallelGC -jar "$BENCH_JAR" p1 \
      --cpu-pids "$CPU_PIDS" \
      --direct "$AC" --gateway "$GW" --item "$P1_ITEM" --clients "$P1_CLIENTS" --seconds "$P1_SECONDS" \
      --warmup "$P1_WARMUP" --out "$OUT" \
      --setup "svc-apicall restarted with -Xms256m -Xmx512m -XX:+UseParallelGC, NUOER_DB_POOL=16, --nuoer.apicall.sandbox.latency-ms=0; gateway with -Xmx384m -XX:+UseParallelGC; demo wallet 1 topped up to 2,000,000 through crm recharge; IP whitelist of dept 1 off; developer account nuoer_demo_app01; client = bench.jar on the same machine." \
      || { [ -f "$OUT/P1.json" ] || fail_scenario P1 "$(title_of P1)" "load run failed"; FAILED=1; }
    # the profile comes from its own window after the measured ones: a JFR "profile" recording costs the processes
    # it watches a third of their throughput (gateway 3,300 → 2,300 calls/s), so it must not overlap a measurement
    if [ "$PROFILE" = 1 ]; then
      log "P1: profiling window (JFR of svc-apicall and the gateway, ${P1_PROFILE_SECONDS} s through the gateway, not measured)"
      for name in svc-apicall gateway; do
        jcmd "$(cat ".run/pids/$name.pid")" JFR.start name=p1 settings=profile duration="${P1_PROFILE_SECONDS}s" \
          filename="$OUT/P1-$name.jfr" >/dev/null 2>&1 || log "JFR could not start in $name"
      done
      bounded $((P1_PROFILE_SECONDS + 60)) java -Xmx256m -jar "$BENCH_JAR" openapi --base "$GW" --item "$P1_ITEM" \
        --clients "$P1_CLIENTS" --seconds "$P1_PROFILE_SECONDS" --warmup 0 >"$OUT/P1-profile.log" 2>&1
      for _ in $(seq 1 30); do [ -s "$OUT/P1-gateway.jfr" ] && [ -s "$OUT/P1-svc-apicall.jfr" ] && break; sleep 1; done
    fi
  else
    fail_scenario P1 "$(title_of P1)" "setup failed (restart or crm recharge/whitelist); see run.log"
  fi
  restore_now="$RESTARTED"; [ -n "$restore_now" ] && {
    for name in $restore_now; do
      pid="$(cat ".run/pids/$name.pid" 2>/dev/null)"; kill "$pid" 2>/dev/null
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done; kill -9 "$pid" 2>/dev/null
      rm -f ".run/pids/$name.pid"
    done
    log "P1: back to run.sh's flags"; ./run.sh --detach >>"$OUT/suite.log" 2>&1 || log "run.sh could not restart$restore_now"
    RESTARTED=""
    for name in $restore_now; do
      [ -f "$OUT/P1-$name.jfr" ] && bench jfr-top --file "$OUT/P1-$name.jfr" --scenario P1 --label "$name" --out "$OUT" >/dev/null 2>&1
    done
  }
  log "P1 done in $((SECONDS - T0)) s"
fi

# ---- P2: recordList over N records ------------------------------------------------------------------------------------
if selected P2; then
  log "P2: recordList over $P2_RECORDS records"
  bounded $([ "$QUICK" = 1 ] && echo 900 || echo 2400) java -Xmx768m -XX:+UseParallelGC -jar "$BENCH_JAR" p2 \
    --pg-port "$PG" --gateway "$GW" --records "$P2_RECORDS" --iterations "$P2_ITER" --out "$OUT" \
    || { [ -f "$OUT/P2.json" ] || fail_scenario P2 "$(title_of P2)" "run failed (see run.log)"; FAILED=1; }
fi

# The P3/P4 drivers boot a service's own code in a separate JVM on a dedicated database of the suite's PostgreSQL;
# they are cut off from the suite's RocketMQ — no listener containers (they would take the suite's messages), and the
# name server is an unreachable address (their outbox relay would publish e.g. WalletChanged of bench wallets, which
# svc-apicall's wallet guard would apply to its projection of the real wallet with the same id) — and use Redis
# database 15.
DRIVER_NAMESRV="127.0.0.1:9"
ISOLATED=(-Dnuoer.outbox.poll-millis=86400000 -Dspring.data.redis.database=15 -Dlogging.level.root=WARN
          -Dlogging.level.com.nuoer.common.messaging=ERROR -Dlogging.level.RocketmqClient=ERROR
          -Duser.timezone=Asia/Shanghai)
for l in svc-wallet-customer.customer-event svc-wallet-billing.billing-event svc-wallet-apicall.apicall-event \
         svc-billing-customer.customer-event svc-billing-apicall.apicall-event; do
  ISOLATED+=("-Drocketmq.consumer.listeners.$l=false")
done
LAUNCHER=org.springframework.boot.loader.launch.PropertiesLauncher

# ---- P3: wallet charges -------------------------------------------------------------------------------------------------
if selected P3; then
  T0=$SECONDS
  log "P3: ChargeBenchmark, $P3_THREADS producers, ${P3_SECONDS}s per scenario"
  psql_pg -c "drop database if exists nuoer_wallet_bench with (force)" -c "create database nuoer_wallet_bench" \
    && (cd svc-wallet && NUOER_NAMESRV=$DRIVER_NAMESRV bounded $((P3_SECONDS * 4 + 300)) java -Xmx768m -XX:+UseParallelGC \
        "${ISOLATED[@]}" -Dloader.main=com.nuoer.wallet.bench.ChargeBenchmark -Dloader.path=target/test-classes \
        -cp target/svc-wallet.jar $LAUNCHER "$P3_THREADS" "$P3_SECONDS" "$P3_LINES") >"$OUT/P3.log" 2>&1
  rc=$?
  grep -E "^(scenario|1 hot|1000 wallets|CHECK)" "$OUT/P3.log"
  bench p3 --log "$OUT/P3.log" --out "$OUT" --elapsed $((SECONDS - T0)) \
    --setup "svc-wallet's ChargeBenchmark (test code) in its own JVM on database nuoer_wallet_bench (dropped afterwards): each batch is an ApiCallCharged message handed to the real consumer ApicallEventListener.onMessage (inbox + row lock + flow claim + conditional update + flow + outbox, one transaction); $P3_THREADS producer threads, ${P3_SECONDS}s per scenario, 1 and $P3_LINES charge lines per batch (svc-apicall groups a wallet's lines every second, so at 20,000 calls/s a batch carries thousands); lost updates = lines sent × 0.30 vs balances vs Σ flows (rc $rc)" \
    >/dev/null || FAILED=1
  psql_pg -c "drop database if exists nuoer_wallet_bench with (force)" >/dev/null 2>&1
fi

# ---- P4: month close ----------------------------------------------------------------------------------------------------
if selected P4; then
  T0=$SECONDS
  log "P4: MonthCloseBenchmark, $P4_ACCOUNTS customers, $P4_CALLS calls"
  psql_pg -c "drop database if exists nuoer_billing_bench with (force)" -c "create database nuoer_billing_bench" \
    && (cd svc-billing && NUOER_NAMESRV=$DRIVER_NAMESRV bounded 900 java -Xmx768m -XX:+UseSerialGC "${ISOLATED[@]}" \
        -Dloader.main=com.nuoer.billing.bench.MonthCloseBenchmark -Dloader.path=target/test-classes \
        -cp target/svc-billing.jar $LAUNCHER "$P4_ACCOUNTS" "$P4_CALLS") >"$OUT/P4.log" 2>&1
  rc=$?
  grep -E "^(load|month close|statements)" "$OUT/P4.log"
  bench p4 --log "$OUT/P4.log" --out "$OUT" --elapsed $((SECONDS - T0)) \
    --setup "svc-billing's MonthCloseBenchmark (test code) in its own JVM on database nuoer_billing_bench (dropped afterwards): COPY of one month of day snapshots (customers × 6 products × 31 days; svc-apicall aggregates call records into these, billing never reads single records) adding up to $P4_CALLS calls, then MonthClose.close twice, totals checked against Σ(charged × price) computed while generating (rc $rc)" \
    >/dev/null || FAILED=1
  psql_pg -c "drop database if exists nuoer_billing_bench with (force)" >/dev/null 2>&1
fi

restore
trap - INT TERM

# ---- report ---------------------------------------------------------------------------------------------------------------
ELAPSED=$((SECONDS - START))
bench report --dir "$OUT" --mode "$MODE" --elapsed "$ELAPSED" --command "bench/run.sh $ARGS"
RC=$?
ln -sfn "$TS" "$ROOT/bench/results/latest"
log "done in ${ELAPSED}s: $OUT/report.md (bench/results/latest)"
if [ "$FAILED" = 1 ]; then exit 1; fi
[ "$RC" = 0 ] && exit 0 || exit 3
