#!/bin/sh
# Import the cluster configuration of every service into Nacos through its open API (POSIX sh + curl, so it also
# runs in the curlimages/curl one-shot container of deploy/compose).
#
#   NACOS_ADDR=nacos:8848 deploy/nacos/import.sh [dir]        dir defaults to this script's directory
#
# Every <name>.yaml (type yaml) and <name>.json (type json) of the directory becomes the data id <name>.yaml /
# <name>.json in group NACOS_GROUP (default DEFAULT_GROUP) and namespace NACOS_NAMESPACE (default: public).
#   <service>.yaml              the service's cluster overrides (spring.config.import optional:nacos:<service>.yaml)
#   <service>-flow-rules.json   Sentinel flow rules (Nacos datasource), gateway-flow-rules.json the gateway's
# Re-running overwrites (publishing is idempotent). Exit code 1 if any data id failed.
#
# Auth (Nacos with nacos.core.auth.enabled=true): NACOS_USERNAME / NACOS_PASSWORD → POST /nacos/v1/auth/login,
# the accessToken goes with every publish. NACOS_INIT_ADMIN_PASSWORD: on a fresh Nacos ≥ 2.4 (no default
# password any more) first set the admin password (POST /nacos/v1/auth/users/admin; ignored when already set).
# NACOS_WAIT_SECONDS (default 180): how long to wait for Nacos to be ready. NACOS_DRY_RUN=1: only list.
set -eu

DIR="${1:-$(cd "$(dirname "$0")" && pwd)}"
ADDR="${NACOS_ADDR:-127.0.0.1:8848}"
case "$ADDR" in http://*|https://*) BASE="$ADDR" ;; *) BASE="http://$ADDR" ;; esac
BASE="${BASE%/}/nacos"
GROUP="${NACOS_GROUP:-DEFAULT_GROUP}"
NAMESPACE="${NACOS_NAMESPACE:-}"
WAIT="${NACOS_WAIT_SECONDS:-180}"

log() { printf '[nacos-import] %s\n' "$*"; }

if [ "${NACOS_DRY_RUN:-0}" = 1 ]; then
  for f in "$DIR"/*.yaml "$DIR"/*.json; do [ -f "$f" ] && log "would publish $(basename "$f") (group $GROUP)"; done
  exit 0
fi

# 1. wait until Nacos answers
waited=0
until curl -fsS -o /dev/null "$BASE/v1/console/health/readiness" 2>/dev/null; do
  if [ "$waited" -ge "$WAIT" ]; then log "Nacos at $BASE not ready after ${WAIT}s"; exit 1; fi
  sleep 3; waited=$((waited + 3))
done
log "Nacos ready at $BASE"

# 2. optional first-time admin password, then login
if [ -n "${NACOS_INIT_ADMIN_PASSWORD:-}" ]; then
  code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$BASE/v1/auth/users/admin" \
      --data-urlencode "password=$NACOS_INIT_ADMIN_PASSWORD" || true)
  log "admin initialisation: HTTP $code (409/403 = already initialised)"
fi
TOKEN=""
if [ -n "${NACOS_USERNAME:-}" ]; then
  answer=$(curl -fsS -X POST "$BASE/v1/auth/login" --data-urlencode "username=$NACOS_USERNAME" \
      --data-urlencode "password=${NACOS_PASSWORD:-}") || { log "login as $NACOS_USERNAME failed"; exit 1; }
  TOKEN=$(printf '%s' "$answer" | sed -n 's/.*"accessToken"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
  [ -n "$TOKEN" ] || { log "login answer without accessToken: $answer"; exit 1; }
  log "logged in as $NACOS_USERNAME"
fi

# 3. publish every data id
failed=0; count=0
for f in "$DIR"/*.yaml "$DIR"/*.json; do
  [ -f "$f" ] || continue
  dataId=$(basename "$f")
  case "$dataId" in *.json) type=json ;; *) type=yaml ;; esac
  set -- -X POST "$BASE/v1/cs/configs" --data-urlencode "dataId=$dataId" --data-urlencode "group=$GROUP" \
      --data-urlencode "type=$type" --data-urlencode "content@$f"
  [ -z "$NAMESPACE" ] || set -- "$@" --data-urlencode "tenant=$NAMESPACE"
  [ -z "$TOKEN" ] || set -- "$@" --data-urlencode "accessToken=$TOKEN"
  answer=$(curl -sS "$@" || true)
  if [ "$answer" = "true" ]; then
    log "published $dataId ($type, group $GROUP${NAMESPACE:+, namespace $NAMESPACE})"; count=$((count + 1))
  else
    log "FAILED $dataId: $answer"; failed=1
  fi
done
log "$count data ids published"
exit "$failed"
