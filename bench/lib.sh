# Sourced by the bench/run-*-bench.sh scripts: building, starting and stopping the throw-away
# PostgreSQL and service they measure. The caller sets `root` (and is in it) and `logs`; the functions
# set db_pid, jdbc_url, postmaster_pid and service_pid, which the EXIT trap installed here stops, and
# bench_query_store the query-side settings (db_port, service_port, service_java_opts, data).

db_pid=""
service_pid=""
service_name=""

bench_stop() { # pid, name
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

bench_cleanup() {
    bench_stop "$service_pid" "$service_name"
    bench_stop "$db_pid" dev-database
    if [[ -n "${bench_scratch:-}" ]]; then rm -rf "$bench_scratch"; fi
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

bench_require_free_ports() { # port...
    local port
    for port in "$@"; do
        ! ss -Htln "sport = :$port" | grep -q . \
            || { echo "[run] port $port is in use: set BENCH_DB_PORT / BENCH_SERVICE_PORT" >&2; exit 2; }
    done
}

bench_build() { # module list for -pl, e.g. dev-database,command-service,bench
    if [[ "${BENCH_SKIP_BUILD:-false}" != true ]]; then
        echo "[run] building" >&2
        ./mvnw -q -B -DskipTests -Pbench -pl "$1" -am package
    fi
    mkdir -p "$logs"
}

bench_start_database() { # data directory, port, log file name
    local data="$1" port="$2" log="$logs/$3"
    STRATEGY_DATA_DIR="$data" STRATEGY_DB_PORT="$port" \
        java -jar dev-database/target/dev-database-0.1.0-SNAPSHOT-exec.jar >"$log" 2>&1 &
    db_pid=$!
    jdbc_url=""
    for _ in $(seq 1 240); do
        jdbc_url="$(sed -n 's/^DEV-DATABASE READY \([^ ]*\).*/\1/p' "$log")"
        [[ -n "$jdbc_url" ]] && break
        kill -0 "$db_pid" 2>/dev/null || { cat "$log" >&2; echo "[run] PostgreSQL did not start" >&2; exit 1; }
        sleep 0.5
    done
    [[ -n "$jdbc_url" ]] || { echo "[run] PostgreSQL not ready after 120 s: $log" >&2; exit 1; }
    # pg_ctl detaches the postmaster from dev-database: its pid, for the CPU figures, is in its pid file.
    postmaster_pid="$(head -1 "$data/postgres/postmaster.pid")"
}

bench_start_service() { # name (command-service or query-service), port, JVM options, log file name
    local name="$1" port="$2" java_opts="$3" log="$logs/$4"
    local port_variable
    port_variable="$(tr 'a-z-' 'A-Z_' <<<"$name")_PORT"
    service_name="$name"
    # shellcheck disable=SC2086 # the JVM options are a list of words
    env "$port_variable=$port" STRATEGY_DB_URL="$jdbc_url" STRATEGY_DB_USER=postgres STRATEGY_DB_PASSWORD= \
        AXONIQ_UPDATE_CHECKER_DISABLED=true \
        java $java_opts -jar "$name/target/$name.jar" >"$log" 2>&1 &
    service_pid=$!
}

bench_await_health() { # port, log file name
    local health="http://localhost:$1/actuator/health" log="$logs/$2"
    local deadline=$((SECONDS + 300))
    until curl -fs -o /dev/null "$health"; do
        kill -0 "$service_pid" 2>/dev/null || { tail -50 "$log" >&2; echo "[run] $service_name died" >&2; exit 1; }
        (( SECONDS < deadline )) || { echo "[run] $health not up after 300 s: $log" >&2; exit 1; }
        sleep 1
    done
}

bench_java() { # main class of the bench module, arguments...
    local main="$1"
    shift
    java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dloader.main="org.strategylifecycle.bench.$main" \
        -cp bench/target/bench.jar org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

# The start both query-side benchmarks share: their settings from the environment (documented in
# run-replay-bench.sh), the build, PostgreSQL on the kept data directory, and the generated event
# store (reused when it holds the events already).
bench_query_store() { # prefix of the database's log file (replay, read)
    db_port="${BENCH_DB_PORT:-55434}"
    service_port="${BENCH_SERVICE_PORT:-18082}"
    service_java_opts="${BENCH_SERVICE_JAVA_OPTS:--Xms128m -Xmx224m -XX:+UseParallelGC -XX:TrimNativeHeapInterval=5000}"
    data="${BENCH_DATA_DIR:-/tmp/strategy-replay-bench}"
    bench_require_free_ports "$db_port" "$service_port"
    bench_build dev-database,query-service,bench
    mkdir -p "$data"
    echo "[run] starting PostgreSQL on port $db_port, data in $data (kept)" >&2
    bench_start_database "$data" "$db_port" "$1-database.log"
    bench_java EventGenerator --jdbc-url="$jdbc_url" --events="${BENCH_EVENTS:-1000000}" \
        --migrations=command-service/src/main/resources/db/migration
}
