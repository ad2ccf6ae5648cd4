#!/usr/bin/env bash
# What a login costs command-service: wall time and the service's CPU per HTTP Basic attempt, for a
# known user with a wrong password, an unknown user, and (with the default limits) attempts refused
# by the login throttle. Starts a throw-away embedded PostgreSQL and command-service on loopback
# ports, sends sequential curl requests, reads the service's CPU time from /proc; everything it
# started is stopped on exit. Figures: docs/benchmarks.md.
#
# Environment (all optional):
#   BENCH_DB_PORT=55435  BENCH_SERVICE_PORT=18083   ports, both on localhost
#   BENCH_SKIP_BUILD=true                           reuse the jars already in */target
#   BENCH_ATTEMPTS=200                              attempts per kind
#   BENCH_SERVICE_JAR=command-service/target/command-service.jar   another build to compare (e.g. an older one)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
db_port="${BENCH_DB_PORT:-55435}"
service_port="${BENCH_SERVICE_PORT:-18083}"
attempts="${BENCH_ATTEMPTS:-200}"
service_jar="${BENCH_SERVICE_JAR:-command-service/target/command-service.jar}"
logs="$root/bench/target/run"
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_scratch="$(mktemp -d /tmp/strategy-login-bench.XXXXXX)"

bench_require_free_ports "$db_port" "$service_port"
if [[ "${BENCH_SKIP_BUILD:-false}" != true ]]; then
    echo "[run] building" >&2
    ./mvnw -q -B -DskipTests -pl dev-database,command-service -am package
fi
mkdir -p "$logs"
bench_start_database "$bench_scratch" "$db_port" login-database.log
clk_tck="$(getconf CLK_TCK)"
cpu_ms() { awk -v t="$clk_tck" '{print ($14 + $15) * 1000 / t}' "/proc/$service_pid/stat"; }

# kind, user name, client address (sent as X-Forwarded-For by a trusted loopback proxy: one per
# attempt when a limit must not apply), expected status
measure() {
    local kind="$1" user="$2" client="$3" expected="$4" before after statuses i forwarded
    before="$(cpu_ms)"
    statuses="$(mktemp)"
    for i in $(seq 1 "$attempts"); do
        forwarded="$client"
        [[ "$client" == each ]] && forwarded="198.51.$((i / 250)).$((i % 250 + 1))"
        curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u "$user:wrong-password" \
            -H "X-Forwarded-For: $forwarded" "http://localhost:$service_port/v3/api-docs" >>"$statuses"
    done
    after="$(cpu_ms)"
    local ok median p90 cpu
    ok="$(awk -v want="$expected" '$1 == want' "$statuses" | wc -l)"
    median="$(awk '{print $2 * 1000}' "$statuses" | sort -n | awk -v n="$attempts" 'NR == int(n / 2)')"
    p90="$(awk '{print $2 * 1000}' "$statuses" | sort -n | awk -v n="$attempts" 'NR == int(n * 0.9)')"
    cpu="$(echo "($after - $before) / $attempts" | bc -l)"
    printf '%-34s %4d attempts, %4d answered %s, median %7.2f ms, p90 %7.2f ms, service CPU %7.2f ms/attempt\n' \
        "$kind" "$attempts" "$ok" "$expected" "$median" "$p90" "$cpu"
    rm -f "$statuses"
}

run_service() { # extra environment assignments
    echo "[run] starting command-service on port $service_port $*" >&2
    # shellcheck disable=SC2086
    env "$@" COMMAND_SERVICE_PORT="$service_port" STRATEGY_DB_URL="$jdbc_url" STRATEGY_DB_USER=postgres \
        STRATEGY_DB_PASSWORD= AXONIQ_UPDATE_CHECKER_DISABLED=true \
        java -Xmx512m -jar "$service_jar" >"$logs/login-service.log" 2>&1 &
    service_pid=$!
    service_name=command-service
    bench_await_health "$service_port" login-service.log
    # warm up: every path once, JIT for a few hundred requests
    attempts=300 measure "warm-up" editor each 401 >/dev/null
}

# Limits lifted, so every attempt reaches the password check.
run_service STRATEGY_LOGIN_FAILURES_PER_USER=1000000 STRATEGY_LOGIN_FAILURES_PER_CLIENT=1000000
measure "known user, wrong password" editor each 401
measure "unknown user" nobody-"$RANDOM" each 401
bench_stop "$service_pid" command-service

# Default limits: one client, one user name; after the limit every attempt is refused before any check.
run_service
measure "one client, one user (defaults)" editor 203.0.113.9 429
