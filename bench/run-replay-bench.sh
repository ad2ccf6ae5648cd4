#!/usr/bin/env bash
# Replay benchmark: query-service rebuilds its read models from 1,000,000 events, beside the rate of
# reading and deserializing the same events without projecting (the ceiling). Builds the jars, starts
# an embedded PostgreSQL whose data is KEPT in $BENCH_DATA_DIR (the generated events are reused by the
# next run and by run-read-bench.sh), fills the event store if it is empty, measures the ceiling, drops
# the schema query, starts query-service on it (its processor starts from token zero) and watches it
# catch up, sampling its memory. Everything it started is stopped on exit. See docs/benchmarks.md.
#
# Environment (all optional):
#   BENCH_DATA_DIR=/tmp/strategy-replay-bench   kept between runs; delete it to generate afresh
#   BENCH_EVENTS=1000000                        events in the store (a store of another size is refused)
#   BENCH_DB_PORT=55434  BENCH_SERVICE_PORT=18082
#   BENCH_SKIP_BUILD=true                       reuse the jars already in */target
#   BENCH_SERVICE_JAVA_OPTS="-Xms128m -Xmx512m" JVM options of query-service (./run's defaults)
#   BENCH_REPLAY_TIMEOUT=1800                   seconds; then the partial rate is printed and the run fails
#   STRATEGY_PROJECTION_BATCH_SIZE, ...         passed on to query-service
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
    java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dloader.main="org.strategylifecycle.bench.$main" -cp bench/target/bench.jar \
        org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

echo "[run] starting PostgreSQL on port $db_port, data in $data (kept)" >&2
STRATEGY_DATA_DIR="$data" STRATEGY_DB_PORT="$db_port" \
    java -jar dev-database/target/dev-database-0.1.0-SNAPSHOT-exec.jar >"$logs/replay-database.log" 2>&1 &
db_pid=$!
jdbc_url=""
for _ in $(seq 1 240); do
    jdbc_url="$(sed -n 's/^DEV-DATABASE READY \([^ ]*\).*/\1/p' "$logs/replay-database.log")"
    [[ -n "$jdbc_url" ]] && break
    kill -0 "$db_pid" 2>/dev/null || { cat "$logs/replay-database.log" >&2; echo "[run] PostgreSQL did not start" >&2; exit 1; }
    sleep 0.5
done
[[ -n "$jdbc_url" ]] || { echo "[run] PostgreSQL not ready after 120 s: $logs/replay-database.log" >&2; exit 1; }
postmaster_pid="$(head -1 "$data/postgres/postmaster.pid")"

bench EventGenerator --jdbc-url="$jdbc_url" --events="$events" \
    --migrations=command-service/src/main/resources/db/migration
echo "[run] load average before the ceiling: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
bench ReplayBench --phase=ceiling --jdbc-url="$jdbc_url" --postgres-pid="$postmaster_pid" | tee "$logs/replay-ceiling.txt"
ceiling="$(sed -n 's/^ceiling: .*: \([0-9]*\) events\/s$/\1/p' "$logs/replay-ceiling.txt")"
bench ReplayBench --phase=reset --jdbc-url="$jdbc_url"

echo "[run] starting query-service on port $service_port ($service_java_opts) on an empty schema query" >&2
# shellcheck disable=SC2086 # the JVM options are a list of words
QUERY_SERVICE_PORT="$service_port" STRATEGY_DB_URL="$jdbc_url" STRATEGY_DB_USER=postgres STRATEGY_DB_PASSWORD= \
    AXONIQ_UPDATE_CHECKER_DISABLED=true \
    java $service_java_opts -jar query-service/target/query-service.jar >"$logs/replay-query-service.log" 2>&1 &
service_pid=$!

bench ReplayBench --phase=replay --jdbc-url="$jdbc_url" --pid="$service_pid" --postgres-pid="$postmaster_pid" \
    --ceiling="$ceiling" --timeout-seconds="${BENCH_REPLAY_TIMEOUT:-1800}" | tee "$logs/replay-results.txt"
if command -v jcmd >/dev/null; then
    echo "query-service heap after the replay (jcmd GC.heap_info):" | tee -a "$logs/replay-results.txt"
    jcmd "$service_pid" GC.heap_info | tail -n +2 | tee -a "$logs/replay-results.txt"
fi
