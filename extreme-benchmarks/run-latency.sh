#!/usr/bin/env bash
# Latency at a fixed rate, of our client and of esjc 2.6.0, each runner in a JVM of its own against
# a freshly started wire-speed server (extreme-benchmarks' io.extreme.benchmarks.wire.WireSpeedServer),
# and one table of the results:
#   append     single-event appends at RATE/s, acknowledgement time minus intended send time
#   push       a volatile subscription, server pushing PUSH_RATE/s, handler time minus server send time
#   push-cost  the same at COST_RATE/s; both push workloads report the client process's CPU time
#              and allocation per event handled, and any gap in event numbers or drop
#
#   mvn -B -DskipTests package            # once: this script builds nothing
#   extreme-benchmarks/run-latency.sh     # about 3 minutes: 6 runs of WARMUP_SECONDS + MEASURE_SECONDS
#
# Environment: JAVA (java by default), CLIENT_JVM_OPTS and SERVER_JVM_OPTS (the JVMs' options,
# none by default: both clients run with the same), CLIENTS ("ours esjc"), WORKLOADS
# ("append push push-cost"), RATE, PUSH_RATE, COST_RATE, MEASURE_SECONDS, WARMUP_SECONDS, RESULTS (where
# the logs, the .hgrm distributions and table.md go).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA:-java}"
OURS_JAR="$ROOT/extreme-benchmarks/target/extreme-benchmarks.jar"
ESJC_JAR="$ROOT/extreme-benchmarks-esjc/target/extreme-benchmarks-esjc.jar"
RESULTS="${RESULTS:-$ROOT/extreme-benchmarks/target/latency}"
CLIENTS="${CLIENTS:-ours esjc}"
WORKLOADS="${WORKLOADS:-append push push-cost}"
RATE="${RATE:-10000}"
PUSH_RATE="${PUSH_RATE:-10000}"
COST_RATE="${COST_RATE:-100000}"
# Not SECONDS: that is bash's own clock, which the deadlines below read.
SECONDS_MEASURED="${MEASURE_SECONDS:-15}"
WARMUP_SECONDS="${WARMUP_SECONDS:-5}"
CLIENT_JVM_OPTS="${CLIENT_JVM_OPTS:-}"
SERVER_JVM_OPTS="${SERVER_JVM_OPTS:-}"
SERVER_START_DEADLINE_S=60
SERVER_STOP_DEADLINE_S=15
# A runner that is not done this long after its window has hung: fail rather than wait for ever.
RUN_DEADLINE_S=$(( ${SECONDS_MEASURED%.*} + ${WARMUP_SECONDS%.*} + 120 ))

fail() { echo "run-latency: $*" >&2; exit 1; }

for jar in "$OURS_JAR" "$ESJC_JAR"; do
    [ -f "$jar" ] || fail "missing $jar; build first: (cd $ROOT && mvn -B -DskipTests package)"
done
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.hgrm "$RESULTS"/*.log "$RESULTS"/table.md

SERVER_PID=""
ENDPOINT=""

stop_server() {
    [ -n "$SERVER_PID" ] || return 0
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        local deadline=$((SECONDS + SERVER_STOP_DEADLINE_S))
        while kill -0 "$SERVER_PID" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
            sleep 0.1
        done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

start_server() { # log file, push rate
    local log="$1" push_rate="$2"
    # Port 0: the kernel picks a free loopback port and the server prints the endpoint it bound.
    # shellcheck disable=SC2086
    "$JAVA" $SERVER_JVM_OPTS -cp "$OURS_JAR" io.extreme.benchmarks.wire.WireSpeedServer \
        --port 0 --push-rate "$push_rate" > "$log" 2>&1 &
    SERVER_PID=$!
    ENDPOINT=""
    local deadline=$((SECONDS + SERVER_START_DEADLINE_S))
    while [ -z "$ENDPOINT" ]; do
        kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited at start: $(cat "$log")"
        ENDPOINT="$(grep -o -m1 '127\.0\.0\.1:[0-9][0-9]*' "$log" || true)"
        [ "$SECONDS" -lt "$deadline" ] || fail "the server did not listen within ${SERVER_START_DEADLINE_S}s: $(cat "$log")"
        [ -n "$ENDPOINT" ] || sleep 0.1
    done
}

run() { # client workload
    local client="$1" workload="$2" jar main rate push_rate
    case "$client" in
        ours) jar="$OURS_JAR"; main=io.extreme.benchmarks.latency ;;
        esjc) jar="$ESJC_JAR"; main=io.extreme.benchmarks.esjc.latency ;;
        *) fail "unknown client '$client' in CLIENTS (ours, esjc)" ;;
    esac
    case "$workload" in
        append) main="$main.AppendLatency"; rate="$RATE"; push_rate=0 ;;
        push) main="$main.PushLatency"; rate="$PUSH_RATE"; push_rate="$PUSH_RATE" ;;
        push-cost) main="$main.PushLatency"; rate="$COST_RATE"; push_rate="$COST_RATE" ;;
        *) fail "unknown workload '$workload' in WORKLOADS (append, push, push-cost)" ;;
    esac
    local name="$client-$workload"
    # The append runs get a server that pushes nothing (0 would mean "as fast as it can", but no
    # subscription is made, so nothing is pushed).
    start_server "$RESULTS/$name.server.log" "$push_rate"
    echo "=== $client $workload: rate $rate/s, ${WARMUP_SECONDS}s warm-up, ${SECONDS_MEASURED}s measured," \
        "wire server pid $SERVER_PID on $ENDPOINT, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
    # shellcheck disable=SC2086
    if ! timeout "$RUN_DEADLINE_S" "$JAVA" $CLIENT_JVM_OPTS -cp "$jar" "$main" --endpoint "$ENDPOINT" --rate "$rate" \
            --seconds "$SECONDS_MEASURED" --warmup-seconds "$WARMUP_SECONDS" --label "$workload" \
            --output "$RESULTS" > "$RESULTS/$name.log" 2>&1; then
        cat "$RESULTS/$name.log" >&2
        fail "$client $workload failed (see $RESULTS/$name.log)"
    fi
    grep '^RESULT\|distribution' "$RESULTS/$name.log"
    kill -0 "$SERVER_PID" 2>/dev/null || fail "the server died during $client $workload (see $RESULTS/$name.server.log)"
    stop_server
}

for workload in $WORKLOADS; do
    for client in $CLIENTS; do
        run "$client" "$workload"
    done
done

# One row per workload and client, from the runners' "RESULT key=value ..." lines.
table() {
    awk '
        function get(key,    i, kv) { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) return substr($i, length(key) + 2) } return "-" }
        function us(ns) { return (ns == "-" || ns < 0) ? "-" : sprintf("%.1f", ns / 1000) }
        BEGIN {
            printf "| Workload | Client | Events measured (of scheduled) | p50 µs | p99 µs | p99.9 µs | max µs | CPU µs/event | Bytes/event | Loss |\n"
            printf "|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n"
        }
        /^RESULT / {
            w = get("workload"); c = get("client")
            # The drop reason up to its first ":" (the exception follows it in the log), and when.
            d = get("dropped"); sub(/:.*/, "", d)
            if (d != "no") d = d " after " get("dropped_after_s") " s"
            f = get("first_failure"); sub(/:.*/, "", f)
            loss = (w == "append") ? "failures " get("failures") (f == "none" || f == "-" ? "" : " (" f ")") : "gaps " get("gaps") ", drop " d
            events = (w == "append") ? get("count") : get("count") " of " get("expected")
            # The cost window needs events handled in it: none when the subscription dropped first.
            cpu = (w == "append" || get("cpu_ns_per_event") + 0 < 0) ? "-" : us(get("cpu_ns_per_event"))
            bytes = (w == "append" || get("bytes_per_event") + 0 < 0) ? "-" : sprintf("%.0f", get("bytes_per_event"))
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", w, (c == "esjc" ? "esjc 2.6.0" : "Extreme (ours)"), events, get("p50_us"), get("p99_us"), get("p999_us"), get("max_us"), cpu, bytes, loss
        }' "$@"
}
logs=()
for workload in $WORKLOADS; do
    for client in $CLIENTS; do
        [ -f "$RESULTS/$client-$workload.log" ] && logs+=("$RESULTS/$client-$workload.log")
    done
done
table "${logs[@]}" > "$RESULTS/table.md"
echo
echo "Results ($(nproc) cores, $("$JAVA" -version 2>&1 | head -1); client JVM options: '${CLIENT_JVM_OPTS}';"
echo "append rate $RATE/s, push rate $PUSH_RATE/s, cost rate $COST_RATE/s, ${WARMUP_SECONDS}s warm-up, ${SECONDS_MEASURED}s measured; files in $RESULTS):"
cat "$RESULTS/table.md"
