#!/usr/bin/env bash
# Runs the JMH benchmarks of our client and of esjc 2.6.0 against one server, each client in a
# JVM of its own, with identical JMH options, and prints both results side by side with the
# ratios: throughput, client CPU per event and allocation per event.
#
#   mvn -B -DskipTests package            # once: this script builds nothing
#   extreme-benchmarks/run-benchmarks.sh  # against the testkit server; 6 to 7 minutes on 2 cores
#   SERVER=wire extreme-benchmarks/run-benchmarks.sh   # against the wire-speed server
#   extreme-benchmarks/run-benchmarks.sh -f 1 -wi 1 -i 3 -r 2s    # JMH options of your own
#
# SERVER=testkit (the default): the testkit's in-memory EventStore, what users' test suites feel.
# SERVER=wire: the wire-speed server of extreme-benchmarks (io.extreme.benchmarks.wire), which
# answers from pre-encoded replies at a small fraction of a client's cost, so that the figures are
# the clients' own. It is started with a push rate of 1 event a second: the catch-up benchmark
# subscribes at its end, and a flood of live pushes there would measure something else.
#
# Every benchmark runs once per client, each time against a freshly started server: the
# in-memory server keeps every event (about 540 bytes of heap each) and the append benchmarks
# write millions, so a server shared by the whole run fills its heap, spends its time in GC and
# stops answering heartbeats; and a fresh server gives both clients the same starting point.
#
# Arguments, when given, replace the default JMH options (JMH_OPTS in the environment does too);
# the benchmark, the endpoint and the result file are added by this script. The defaults include
# -prof gc (allocation per operation) and our CpuTimeProfiler (the client JVM's CPU time per
# operation, user + system, over each measured iteration), both in both jars.
# Environment: JAVA (java by default), SERVER (testkit or wire), SERVER_JVM_OPTS (options of the
# server's JVM), CLIENT_JVM_OPTS (options of the JMH runner's JVM), CLIENTS ("ours esjc": which jars run, in that order), BENCHMARKS (which
# benchmarks, as Class.method), RESULTS (where the files go), WIRE_JAR (the jar the wire-speed
# server runs from; ours by default).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA:-java}"
SERVER_JAR="$ROOT/extreme-testkit/target/extreme-testkit-server.jar"
OURS_JAR="$ROOT/extreme-benchmarks/target/extreme-benchmarks.jar"
ESJC_JAR="$ROOT/extreme-benchmarks-esjc/target/extreme-benchmarks-esjc.jar"
# The wire-speed server's classes; another build's jar may serve (to measure an older client).
WIRE_JAR="${WIRE_JAR:-$OURS_JAR}"
SERVER="${SERVER:-testkit}"
# Options of the JVM that runs JMH (the benchmark forks get theirs from JMH's -jvmArgs).
CLIENT_JVM_OPTS="${CLIENT_JVM_OPTS:-}"
case "$SERVER" in
    testkit|wire) ;;
    *) echo "run-benchmarks: unknown SERVER '$SERVER' (testkit, wire)" >&2; exit 1 ;;
esac
RESULTS="${RESULTS:-$ROOT/extreme-benchmarks/target/benchmark-results/$SERVER}"
CLIENTS="${CLIENTS:-ours esjc}"
BENCHMARKS="${BENCHMARKS:-AppendBenchmarks.pipelinedSingleEventAppends AppendBenchmarks.batchAppend100 ReadBenchmarks.readForward500 CatchUpBenchmarks.catchUp100k}"
# The server keeps every event: the batch benchmark leaves it some 6 GB of live heap. Hence a
# fixed heap with room to spare (no resizing, hardly any old-generation cycles); events promoted
# at their first collection instead of being copied again and again between survivor spaces
# (with a fixed 8 GB heap and the default tenuring the server spent 30 of 40 seconds in GC
# pauses and slowed down iteration after iteration); and the heap touched once at start (AlwaysPreTouch, some 10 s per
# start) because otherwise the server's first pass over fresh memory costs it up to 160,000
# page faults a second, three quarters of its CPU in the kernel, and halves the read benchmark
# for seconds at a time. All of this measured the server's heap rather than the clients.
# The wire-speed server keeps nothing but the pages it was asked for (at most 256 MiB).
if [ "$SERVER" = wire ]; then
    SERVER_JVM_OPTS="${SERVER_JVM_OPTS:--Xms1g -Xmx1g -XX:+AlwaysPreTouch}"
else
    SERVER_JVM_OPTS="${SERVER_JVM_OPTS:--Xms12g -Xmx12g -XX:MaxTenuringThreshold=0 -XX:+AlwaysPreTouch}"
fi
# Forks 1, 3 warmup iterations of 3 s and 5 measured ones of 4 s: 20 s measured per benchmark
# and client, short enough to bound what the server must hold; 5 to 6 minutes in all (four
# benchmarks, two clients) with the server starts and the JMH forks.
# -foe true: a failing benchmark fails the run instead of leaving a hole in the table.
DEFAULT_JMH_OPTS="-f 1 -wi 3 -w 3s -i 5 -r 4s -foe true -prof gc -prof io.extreme.benchmarks.support.CpuTimeProfiler"
if [ "$#" -gt 0 ]; then
    JMH_ARGS=("$@")
else
    read -r -a JMH_ARGS <<< "${JMH_OPTS:-$DEFAULT_JMH_OPTS}"
fi
SERVER_START_DEADLINE_S=60
SERVER_STOP_DEADLINE_S=15

fail() { echo "run-benchmarks: $*" >&2; exit 1; }

for jar in "$SERVER_JAR" "$OURS_JAR" "$ESJC_JAR"; do
    [ -f "$jar" ] || fail "missing $jar; build first: (cd $ROOT && mvn -B -DskipTests install)"
done
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.csv "$RESULTS"/*.txt "$RESULTS"/*.log "$RESULTS"/table.md

SERVER_PID=""
ENDPOINT=""

stop_server() {
    [ -n "$SERVER_PID" ] || return 0
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        # The shutdown hook closes the server; give it a deadline, then insist.
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

start_server() { # log file
    local log="$1"
    # Port 0: the kernel picks a free loopback port and the server prints the endpoint it bound,
    # so no other process can take the port between choosing it and binding it.
    # shellcheck disable=SC2086
    if [ "$SERVER" = wire ]; then
        "$JAVA" $SERVER_JVM_OPTS -cp "$WIRE_JAR" io.extreme.benchmarks.wire.WireSpeedServer --port 0 --push-rate 1 \
            > "$log" 2>&1 &
    else
        "$JAVA" $SERVER_JVM_OPTS -jar "$SERVER_JAR" --host 127.0.0.1 --port 0 > "$log" 2>&1 &
    fi
    SERVER_PID=$!
    ENDPOINT=""
    local deadline=$((SECONDS + SERVER_START_DEADLINE_S))
    while :; do
        kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited at start: $(cat "$log")"
        if [ -z "$ENDPOINT" ]; then
            ENDPOINT="$(grep -o -m1 '127\.0\.0\.1:[0-9][0-9]*' "$log" || true)"
        fi
        # Listening for real: a TCP connect to the port succeeds.
        if [ -n "$ENDPOINT" ] && (exec 3<>"/dev/tcp/127.0.0.1/${ENDPOINT##*:}") 2>/dev/null; then
            return 0
        fi
        [ "$SECONDS" -lt "$deadline" ] || fail "the server did not listen within ${SERVER_START_DEADLINE_S}s: $(cat "$log")"
        sleep 0.1
    done
}

run_jmh() { # client jar benchmark
    local client="$1" jar="$2" benchmark="$3"
    local name="$client-${benchmark//./-}"
    start_server "$RESULTS/$name.server.log"
    echo
    # The load average shows whether something else was competing for the cores.
    echo "=== $client $benchmark: $SERVER server pid $SERVER_PID on $ENDPOINT, JMH options: ${JMH_ARGS[*]}," \
        "load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
    # The regex matches the class and method in either package (io.extreme.benchmarks[.esjc]).
    # shellcheck disable=SC2086
    if ! "$JAVA" $CLIENT_JVM_OPTS -jar "$jar" "${JMH_ARGS[@]}" -p endpoint="$ENDPOINT" -rf csv -rff "$RESULTS/$name.csv" \
            "\\.${benchmark//./\\.}\$" 2>&1 | tee "$RESULTS/$name.txt"; then
        fail "JMH failed for $client $benchmark (see $RESULTS/$name.txt)"
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || fail "the server died during $client $benchmark (see $RESULTS/$name.server.log)"
    stop_server
}

for benchmark in $BENCHMARKS; do
    for client in $CLIENTS; do
        case "$client" in
            ours) run_jmh ours "$OURS_JAR" "$benchmark" ;;
            esjc) run_jmh esjc "$ESJC_JAR" "$benchmark" ;;
            *) fail "unknown client '$client' in CLIENTS (ours, esjc)" ;;
        esac
    done
done

# The table: one row per benchmark, the two clients matched by class and method name; the
# profilers' secondary results (Class.method:cpu.time.norm, :gc.alloc.rate.norm) are per
# operation and become per event here (a batch append is 100 events, a read 500; the pipelined
# appends and the catch-up already count events).
# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit",...
table() {
    awk -F, '
        function unq(s) { gsub(/"/, "", s); return s }
        function fmt(score, err) { return (err == "NaN" || err == "") ? sprintf("%.1f", score) : sprintf("%.1f ± %.1f", score, err) }
        function ratio(a, b) { return (a != "" && b != "" && b > 0) ? sprintf("%.2f", a / b) : "-" }
        function per(v, n) { return v == "" ? "" : v / n }
        FNR == 1 { n = split(FILENAME, path, "/"); client = (path[n] ~ /^esjc-/) ? "esjc" : "ours"; next }
        {
            name = unq($1); metric = "score"
            if (index(name, ":") > 0) { metric = substr(name, index(name, ":") + 1); name = substr(name, 1, index(name, ":") - 1) }
            n = split(name, parts, "."); bench = parts[n - 1] "." parts[n]
            if (!(bench in seen)) { seen[bench] = 1; order[++rows] = bench }
            if (metric == "score") { score[client, bench] = $5; error[client, bench] = unq($6); unit[bench] = unq($7) }
            events = (bench ~ /batchAppend100$/) ? 100 : (bench ~ /readForward500$/) ? 500 : 1
            if (metric == "cpu.time.norm") cpu[client, bench] = per($5, events) / 1000
            if (metric == "gc.alloc.rate.norm") alloc[client, bench] = per($5, events)
        }
        END {
            printf "| Benchmark | Unit | Extreme (ours) ± error | esjc 2.6.0 ± error | ours/esjc | CPU µs/event ours | esjc | ours/esjc | B/event ours | esjc | ours/esjc |\n"
            printf "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
            for (i = 1; i <= rows; i++) {
                b = order[i]
                o = (("ours", b) in score) ? fmt(score["ours", b], error["ours", b]) : "-"
                e = (("esjc", b) in score) ? fmt(score["esjc", b], error["esjc", b]) : "-"
                co = (("ours", b) in cpu) ? sprintf("%.2f", cpu["ours", b]) : "-"
                ce = (("esjc", b) in cpu) ? sprintf("%.2f", cpu["esjc", b]) : "-"
                ao = (("ours", b) in alloc) ? sprintf("%.0f", alloc["ours", b]) : "-"
                ae = (("esjc", b) in alloc) ? sprintf("%.0f", alloc["esjc", b]) : "-"
                printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", b, unit[b], o, e, ratio(score["ours", b], score["esjc", b]),
                    co, ce, ratio(cpu["ours", b], cpu["esjc", b]), ao, ae, ratio(alloc["ours", b], alloc["esjc", b])
            }
        }' "$@"
}
csvs=()
for benchmark in $BENCHMARKS; do
    for client in $CLIENTS; do
        csv="$RESULTS/$client-${benchmark//./-}.csv"
        [ -f "$csv" ] && csvs+=("$csv")
    done
done
[ "${#csvs[@]}" -gt 0 ] || fail "no results"
table "${csvs[@]}" > "$RESULTS/table.md"
echo
echo "Results against the $SERVER server ($(nproc) cores, $("$JAVA" -version 2>&1 | head -1); server JVM: $SERVER_JVM_OPTS;"
echo "JMH options: ${JMH_ARGS[*]}; error = JMH's 99.9% confidence half-interval; files in $RESULTS):"
cat "$RESULTS/table.md"
