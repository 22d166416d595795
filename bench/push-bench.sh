#!/usr/bin/env bash
# Push throughput benchmark (not a test): N records (1 product + N-1 lots, default 7,000) staged in an
# H2 outbox, then one `push` to a separate sandbox portal process answering every call 50 ms late
# (`sandbox --latency 50ms`), with 20 calls in flight allowed (txng.portal.max-concurrency=20, the
# portal's per-client limit). Prints, in one run so they can be set side by side:
#   - the sandbox alone: N calls from a bare load generator (bench/PortalLoad.java, 20 threads), what
#     no adapter can beat on this machine at this moment (BENCH_SANDBOX_ALONE=0 skips it);
#   - the push: the whole command's wall time (JVM and Camel start-up included), the pass's own time
#     and records per second (the limits allow 20 / 0.05 s = 400), the CPU seconds the push process
#     and the sandbox process used, and the token requests the push made (one per token lifetime is the goal);
#   - the push's records per second over the sandbox alone's calls per second, a ratio taken within one run;
#   - the load average before and after (the machine is shared: figures move with it).
# Usage: bench/push-bench.sh [N] [LATENCY]   (default 7000 50ms; builds the jar if it is missing)
# BENCH_JAVA_OPTS: extra JVM options for the sandbox and the push, e.g. -XX:TieredStopAtLevel=1.
# BENCH_KEEP=DIR: copy the push's and the sandbox's output there (e.g. to read a -XX:StartFlightRecording run beside it).
set -euo pipefail
[ -n "${BENCH_DEBUG:-}" ] && set -x
cd "$(dirname "$0")/.."
. bench/timed.sh "${1:-7000}"
latency=${2:-50ms}
jvm="$heap ${BENCH_JAVA_OPTS:-}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; JVM $jvm"

java $jvm -jar "$jar" sandbox --port "$port" --latency "$latency" > "$work/sandbox.txt" 2>&1 &
sandbox_pid=$!
bench_stop="kill $sandbox_pid"
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/sandbox/stats" > /dev/null && break
  sleep 0.2
done
stat() { curl -s "http://127.0.0.1:$port/sandbox/stats" | python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$1/stat"; }

alone_rate=""
if [ "${BENCH_SANDBOX_ALONE:-1}" != 0 ]; then
  alone=$(java bench/PortalLoad.java "$port" "$n" 20)
  echo "$alone"
  alone_rate=$(echo "$alone" | grep -o '[0-9]* calls/s' | grep -o '[0-9]*')
fi

api_base=$(grep -o 'api base: *[^ ]*' "$work/sandbox.txt" | awk '{print $3}')
token_url=$(grep -o 'token url: *[^ ]*' "$work/sandbox.txt" | awk '{print $3}')

java bench/GenerateLots.java "$((n - 1))" "$work/lots.xml"
records=$n
mkdir -p "$work/run/inbox"
cp "$work/lots.xml" "$work/run/inbox/"
export TXNG_INBOX_DIR="$work/run/inbox" TXNG_DATA_DIR="$work/run/data" TXNG_INBOX_MIN_AGE=0s \
  TXNG_PORTAL_API_BASE="$api_base" TXNG_PORTAL_TOKEN_URL="$token_url" \
  TXNG_PORTAL_CLIENT_ID=sandbox-client TXNG_PORTAL_CLIENT_SECRET=sandbox-secret TXNG_PORTAL_MAX_CONCURRENCY=20
# GenerateLots' lots name their site: no production events, so the push sends products and lots alone as before
TXNG_EVENTS_PRODUCTION=false java $jvm -jar "$jar" run --once --no-push > /dev/null 2>&1 || true  # exit 2: staged, not pushed
echo "outbox: $n records staged; sandbox latency $latency; 20 calls in flight"

tokens_before=$(stat '["tokenRequests"]')
sandbox_cpu_before=$(cpu_seconds "$sandbox_pid")
timed "push (whole command)" records /usr/bin/time -f 'push process CPU: %U s user + %S s system' -o "$work/time.txt" \
  java $jvm -jar "$jar" push
[ -n "${BENCH_DEBUG:-}" ] && for f in err out sandbox; do tail -n 8 "$work/$f.txt"; done
[ -n "${BENCH_KEEP:-}" ] && cp "$work"/*.txt "$BENCH_KEEP"/
grep -h '^push:' "$work/out.txt" | head -1 | sed 's/^/    /'
pass_ms=$(grep -ho 'pass took [0-9]* ms' "$work/err.txt" | grep -o '[0-9]*' | tail -1)
printf '%-28s %8d ms  %10.0f records/s  (limit: %s records/s)\n' "push pass" "$pass_ms" \
  "$(awk -v r="$records" -v m="$pass_ms" 'BEGIN{print r*1000/m}')" \
  "$(awk -v l="${latency%ms}" 'BEGIN{print 20*1000/l}')"
[ -n "$alone_rate" ] && echo "    push / sandbox alone: $(ratio "$(awk -v r="$records" -v m="$pass_ms" 'BEGIN{print r*1000/m}')" "$alone_rate")"
echo "    $(cat "$work/time.txt"); sandbox process CPU during the push: $(awk -v a="$sandbox_cpu_before" -v b="$(cpu_seconds "$sandbox_pid")" 'BEGIN{print b - a}') s"
echo "    token requests by the push: $(( $(stat '["tokenRequests"]') - tokens_before ))"
echo "    sandbox calls: $(stat '["calls"]')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
