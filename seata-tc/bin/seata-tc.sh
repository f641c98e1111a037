#!/usr/bin/env bash
# Starts the Seata TC (io.seata:seata-server 2.0.0, a Spring Boot 2.7 application) in the foreground, from the
# classpath that `./mvnw -pl seata-tc package` copied into seata-tc/target/lib. File mode: no registry, no config
# centre, sessions on disk under $NUOER_SEATA_DIR.
#   NUOER_SEATA_PORT          RPC port of the clients (seata.service.grouplist.default), default 8091
#   NUOER_SEATA_CONSOLE_PORT  console port (127.0.0.1 only), default 7091
#   NUOER_SEATA_DIR           sessions and logs, default seata-tc/target/run
#   NUOER_SEATA_JAVA_OPTS     JVM options, default a small heap with C1 and SerialGC
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
lib="$here/target/lib"
if [ ! -f "$lib/seata-server-2.0.0.jar" ]; then
  echo "no TC classpath in $lib: run ./mvnw -B -q -pl seata-tc package first" >&2
  exit 1
fi
export NUOER_SEATA_PORT="${NUOER_SEATA_PORT:-8091}"
export NUOER_SEATA_CONSOLE_PORT="${NUOER_SEATA_CONSOLE_PORT:-7091}"
export NUOER_SEATA_DIR="${NUOER_SEATA_DIR:-$here/target/run}"
mkdir -p "$NUOER_SEATA_DIR"
cd "$NUOER_SEATA_DIR"
# shellcheck disable=SC2086
exec java ${NUOER_SEATA_JAVA_OPTS:--Xms64m -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k} \
  -Dlog.home="$NUOER_SEATA_DIR/logs" \
  -Dspring.config.import="file:$here/conf/application.yml" \
  -cp "$lib/*" io.seata.server.ServerApplication
