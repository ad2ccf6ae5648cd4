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
logs="$root/bench/target/run"
# shellcheck source=bench/lib.sh
source bench/lib.sh

bench_query_store read

echo "[run] starting query-service on port $service_port ($service_java_opts)" >&2
bench_start_service query-service "$service_port" "$service_java_opts" read-query-service.log
bench_await_health "$service_port" read-query-service.log
bench_java ReplayBench --phase=await --jdbc-url="$jdbc_url"

echo "[run] load average before the reads: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
bench_java ReadBench --base-url="http://localhost:$service_port" --jdbc-url="$jdbc_url" \
    --cpu-of="query-service:$service_pid,postgres:$postmaster_pid" "$@" | tee "$logs/read-results.txt"
