#!/usr/bin/env bash
# Command-side benchmark: builds the jars, starts a throw-away embedded PostgreSQL and command-service
# on non-default loopback ports, runs the load driver (bench module) and prints its results block.
# Everything it started is stopped on exit. See docs/benchmarks.md.
#
# Environment (all optional):
#   BENCH_DB_PORT=55433  BENCH_SERVICE_PORT=18081   ports, both on localhost
#   BENCH_SKIP_BUILD=true                           reuse the jars already in */target
#   BENCH_SERVICE_JAVA_OPTS="-Xmx512m"              JVM options of command-service (e.g. add a JFR recording)
# Arguments are passed to the driver, e.g. --clients=16 --warmup-seconds=30 --measure-seconds=30
#   --editions=200 --goals=3 --hot=true
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
db_port="${BENCH_DB_PORT:-55433}"
service_port="${BENCH_SERVICE_PORT:-18081}"
service_java_opts="${BENCH_SERVICE_JAVA_OPTS:--Xmx512m}"
logs="$root/bench/target/run"
data="$(mktemp -d /tmp/strategy-bench.XXXXXX)"
db_pid=""
service_pid=""

stop() {
    local pid="$1" name="$2"
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || return 0
            sleep 0.5
        done
        echo "[run] $name (pid $pid) did not stop in 30 s: killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
    fi
}

cleanup() {
    stop "$service_pid" command-service
    stop "$db_pid" dev-database
    rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() {
    ! ss -Htln "sport = :$1" | grep -q .
}

for port in "$db_port" "$service_port"; do
    port_free "$port" || { echo "[run] port $port is in use: set BENCH_DB_PORT / BENCH_SERVICE_PORT" >&2; exit 2; }
done

if [[ "${BENCH_SKIP_BUILD:-false}" != true ]]; then
    echo "[run] building" >&2
    ./mvnw -q -B -DskipTests -Pbench -pl dev-database,command-service,bench -am package
fi
mkdir -p "$logs"

echo "[run] starting PostgreSQL on port $db_port, data in $data" >&2
STRATEGY_DATA_DIR="$data" STRATEGY_DB_PORT="$db_port" \
    java -jar dev-database/target/dev-database-0.1.0-SNAPSHOT-exec.jar >"$logs/dev-database.log" 2>&1 &
db_pid=$!
jdbc_url=""
for _ in $(seq 1 240); do
    jdbc_url="$(sed -n 's/^DEV-DATABASE READY \([^ ]*\).*/\1/p' "$logs/dev-database.log")"
    [[ -n "$jdbc_url" ]] && break
    kill -0 "$db_pid" 2>/dev/null || { cat "$logs/dev-database.log" >&2; echo "[run] PostgreSQL did not start" >&2; exit 1; }
    sleep 0.5
done
[[ -n "$jdbc_url" ]] || { echo "[run] PostgreSQL not ready after 120 s: $logs/dev-database.log" >&2; exit 1; }
# pg_ctl detaches the postmaster from dev-database: its pid, for the CPU figures, is in its pid file.
postmaster_pid="$(head -1 "$data/postgres/postmaster.pid")"

echo "[run] starting command-service on port $service_port ($service_java_opts)" >&2
# shellcheck disable=SC2086 # the JVM options are a list of words
COMMAND_SERVICE_PORT="$service_port" STRATEGY_DB_URL="$jdbc_url" STRATEGY_DB_USER=postgres STRATEGY_DB_PASSWORD= \
    AXONIQ_UPDATE_CHECKER_DISABLED=true \
    java $service_java_opts -jar command-service/target/command-service.jar >"$logs/command-service.log" 2>&1 &
service_pid=$!
health="http://localhost:$service_port/actuator/health"
deadline=$((SECONDS + 300))
until curl -fs -o /dev/null "$health"; do
    kill -0 "$service_pid" 2>/dev/null || { tail -50 "$logs/command-service.log" >&2; echo "[run] command-service died" >&2; exit 1; }
    (( SECONDS < deadline )) || { echo "[run] $health not up after 300 s: $logs/command-service.log" >&2; exit 1; }
    sleep 1
done

echo "[run] running the load driver; service log: $logs/command-service.log" >&2
java -jar bench/target/bench.jar --base-url="http://localhost:$service_port" --jdbc-url="$jdbc_url" \
    --cpu-of="command-service:$service_pid,postgres:$postmaster_pid" "$@" \
    | tee "$logs/results.txt"
