#!/usr/bin/env bash
# History write benchmark: what the live-update columns, index and trigger of query-service's
# V4__live_updates.sql cost each history row the projection writes. Starts a throw-away embedded
# PostgreSQL, migrates the history table twice (up to V3, and up to V4) and COPYs the same rows into
# both, alternating. Everything it started is stopped on exit. See docs/benchmarks.md.
#
# Environment (all optional): BENCH_DB_PORT=55435, BENCH_SKIP_BUILD=true.
# Arguments go to the driver, e.g. --rows=100000 --rounds=6
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
logs="$root/bench/target/run"
# shellcheck source=bench/lib.sh
source bench/lib.sh

db_port="${BENCH_DB_PORT:-55435}"
bench_require_free_ports "$db_port"
bench_build dev-database,bench
bench_scratch="$(mktemp -d /tmp/strategy-history-bench.XXXXXX)"
bench_start_database "$bench_scratch" "$db_port" history-database.log
echo "[run] load average before the writes: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
bench_java HistoryWriteBench --jdbc-url="$jdbc_url" "$@" | tee "$logs/history-write-results.txt"
