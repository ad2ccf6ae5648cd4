#!/usr/bin/env bash
# Command-side benchmark: builds the jars, starts a throw-away embedded PostgreSQL and command-service
# on non-default loopback ports, runs the load driver (bench module) and prints its results block.
# Everything it started is stopped on exit. See docs/benchmarks.md.
#
# Environment (all optional):
#   BENCH_DB_PORT=55433  BENCH_SERVICE_PORT=18081   ports, both on localhost
#   BENCH_SKIP_BUILD=true                           reuse the jars already in */target
#   BENCH_SERVICE_JAVA_OPTS="-Xms128m -Xmx192m -XX:+UseParallelGC -XX:TrimNativeHeapInterval=5000"  JVM options of command-service (./run's; e.g. add a JFR recording)
# Arguments are passed to the driver, e.g. --clients=16 --warmup-seconds=30 --measure-seconds=30
#   --editions=200 --goals=3 --hot=true
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
db_port="${BENCH_DB_PORT:-55433}"
service_port="${BENCH_SERVICE_PORT:-18081}"
service_java_opts="${BENCH_SERVICE_JAVA_OPTS:--Xms128m -Xmx192m -XX:+UseParallelGC -XX:TrimNativeHeapInterval=5000}"
logs="$root/bench/target/run"
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_scratch="$(mktemp -d /tmp/strategy-bench.XXXXXX)"

bench_require_free_ports "$db_port" "$service_port"
bench_build dev-database,command-service,bench

echo "[run] starting PostgreSQL on port $db_port, data in $bench_scratch" >&2
bench_start_database "$bench_scratch" "$db_port" dev-database.log

echo "[run] starting command-service on port $service_port ($service_java_opts)" >&2
bench_start_service command-service "$service_port" "$service_java_opts" command-service.log
bench_await_health "$service_port" command-service.log

echo "[run] running the load driver; service log: $logs/command-service.log" >&2
java -jar bench/target/bench.jar --base-url="http://localhost:$service_port" --jdbc-url="$jdbc_url" \
    --cpu-of="command-service:$service_pid,postgres:$postmaster_pid" "$@" \
    | tee "$logs/results.txt"
# Resident memory after the load (VmHWM: the highest it was), with the options it ran with.
echo "command-service memory after the load: $(grep -E '^Vm(RSS|HWM)' "/proc/$service_pid/status" | tr -s ' \t' ' ' | paste -sd ';'); JVM options: $service_java_opts" \
    | tee -a "$logs/results.txt"
