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
#   BENCH_SERVICE_JAVA_OPTS="-Xms128m -Xmx224m -XX:+UseParallelGC -XX:TrimNativeHeapInterval=5000" JVM options of query-service (./run's)
#   BENCH_REPLAY_TIMEOUT=1800                   seconds; then the partial rate is printed and the run fails
#   STRATEGY_PROJECTION_BATCH_SIZE, ...         passed on to query-service
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
logs="$root/bench/target/run"
# shellcheck source=bench/lib.sh
source bench/lib.sh

bench_query_store replay
echo "[run] load average before the ceiling: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
bench_java ReplayBench --phase=ceiling --jdbc-url="$jdbc_url" --postgres-pid="$postmaster_pid" | tee "$logs/replay-ceiling.txt"
ceiling="$(sed -n 's/^ceiling: .*: \([0-9]*\) events\/s$/\1/p' "$logs/replay-ceiling.txt")"
bench_java ReplayBench --phase=reset --jdbc-url="$jdbc_url"

echo "[run] starting query-service on port $service_port ($service_java_opts) on an empty schema query" >&2
bench_start_service query-service "$service_port" "$service_java_opts" replay-query-service.log

bench_java ReplayBench --phase=replay --jdbc-url="$jdbc_url" --pid="$service_pid" --postgres-pid="$postmaster_pid" \
    --ceiling="$ceiling" --timeout-seconds="${BENCH_REPLAY_TIMEOUT:-1800}" | tee "$logs/replay-results.txt"
if command -v jcmd >/dev/null; then
    echo "query-service heap after the replay (jcmd GC.heap_info):" | tee -a "$logs/replay-results.txt"
    jcmd "$service_pid" GC.heap_info | tail -n +2 | tee -a "$logs/replay-results.txt"
fi
