#!/usr/bin/env bash
# Read benchmark: latency of one edition's current state, as-of and as-known-at reads over HTTP from
# query-service. Uses the event store and read models that run-replay-bench.sh keeps in $BENCH_DATA_DIR
# (generating the events, and letting query-service catch up, when they are missing), starts
# PostgreSQL and query-service, waits until the read models reflect every event, runs the driver and
# prints its results block. Everything it started is stopped on exit. See docs/benchmarks.md.
#
# Environment (all optional): BENCH_DATA_DIR, BENCH_EVENTS, BENCH_DB_PORT, BENCH_SERVICE_PORT,
# BENCH_SKIP_BUILD and BENCH_SERVICE_JAVA_OPTS as for run-replay-bench.sh.
# Arguments go to the driver, e.g. --clients=4 --warmup-seconds=5 --measure-seconds=20 --strategy=edition-0042
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
db_port="${BENCH_DB_PORT:-55434}"
service_port="${BENCH_SERVICE_PORT:-18082}"
service_java_opts="${BENCH_SERVICE_JAVA_OPTS:--Xms128m -Xmx512m}"
events="${BENCH_EVENTS:-1000000}"
data="${BENCH_DATA_DIR:-/tmp/strategy-replay-bench}"
logs="$root/bench/target/run"
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
    stop "$service_pid" query-service
    stop "$db_pid" dev-database
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in "$db_port" "$service_port"; do
    ! ss -Htln "sport = :$port" | grep -q . || { echo "[run] port $port is in use: set BENCH_DB_PORT / BENCH_SERVICE_PORT" >&2; exit 2; }
done

if [[ "${BENCH_SKIP_BUILD:-false}" != true ]]; then
    echo "[run] building" >&2
    ./mvnw -q -B -DskipTests -Pbench -pl dev-database,query-service,bench -am package
fi
mkdir -p "$logs" "$data"
bench() { # main class, arguments...
    local main="$1"
    shift
    java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dloader.main="org.strategylifecycle.bench.$main" \
        -cp bench/target/bench.jar org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

echo "[run] starting PostgreSQL on port $db_port, data in $data (kept)" >&2
STRATEGY_DATA_DIR="$data" STRATEGY_DB_PORT="$db_port" \
    java -jar dev-database/target/dev-database-0.1.0-SNAPSHOT-exec.jar >"$logs/read-database.log" 2>&1 &
db_pid=$!
jdbc_url=""
for _ in $(seq 1 240); do
    jdbc_url="$(sed -n 's/^DEV-DATABASE READY \([^ ]*\).*/\1/p' "$logs/read-database.log")"
    [[ -n "$jdbc_url" ]] && break
    kill -0 "$db_pid" 2>/dev/null || { cat "$logs/read-database.log" >&2; echo "[run] PostgreSQL did not start" >&2; exit 1; }
    sleep 0.5
done
[[ -n "$jdbc_url" ]] || { echo "[run] PostgreSQL not ready after 120 s: $logs/read-database.log" >&2; exit 1; }
postmaster_pid="$(head -1 "$data/postgres/postmaster.pid")"

bench EventGenerator --jdbc-url="$jdbc_url" --events="$events" \
    --migrations=command-service/src/main/resources/db/migration

echo "[run] starting query-service on port $service_port ($service_java_opts)" >&2
# shellcheck disable=SC2086 # the JVM options are a list of words
QUERY_SERVICE_PORT="$service_port" STRATEGY_DB_URL="$jdbc_url" STRATEGY_DB_USER=postgres STRATEGY_DB_PASSWORD= \
    AXONIQ_UPDATE_CHECKER_DISABLED=true \
    java $service_java_opts -jar query-service/target/query-service.jar >"$logs/read-query-service.log" 2>&1 &
service_pid=$!
health="http://localhost:$service_port/actuator/health"
deadline=$((SECONDS + 300))
until curl -fs -o /dev/null "$health"; do
    kill -0 "$service_pid" 2>/dev/null || { tail -50 "$logs/read-query-service.log" >&2; echo "[run] query-service died" >&2; exit 1; }
    (( SECONDS < deadline )) || { echo "[run] $health not up after 300 s: $logs/read-query-service.log" >&2; exit 1; }
    sleep 1
done
bench ReplayBench --phase=await --jdbc-url="$jdbc_url"

echo "[run] load average before the reads: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
bench ReadBench --base-url="http://localhost:$service_port" --jdbc-url="$jdbc_url" \
    --cpu-of="query-service:$service_pid,postgres:$postmaster_pid" "$@" | tee "$logs/read-results.txt"
