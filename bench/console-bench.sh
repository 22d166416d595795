#!/usr/bin/env bash
# Console benchmark (not a test), issue 23: each console page's response time with N records in the outbox
# (default 1,000,000: N/2 lots of one product, bench/GenerateLots.java, each with its production event). Stages them by `run --once --no-push` into an
# H2 outbox, marks 9 in 10 delivered over the last 30 days and 1 in 100 rejected (as if pushed), adds 2,000 file
# reports, then starts `run` with the console on and times every page with curl, signed in: each page
# BENCH_TRIES times (default 5), printing the median and the slowest in ms (the issue asks 200 ms).
# Usage: bench/console-bench.sh [N]   (builds the jar if it is missing; needs curl and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
tries=${BENCH_TRIES:-5}
records_wanted=$n
n=$(( n / 2 ))
generate_lots
export TXNG_INBOX_DIR="$work/run/inbox" TXNG_DATA_DIR="$work/run/data" TXNG_INBOX_MIN_AGE=0s
mkdir -p "$TXNG_INBOX_DIR"
cp "$work/lots.xml" "$TXNG_INBOX_DIR/"
timed "stage $n lots" records java $heap -jar "$jar" run --once --no-push
# as if pushed: 9 in 10 delivered, one day in 30 each, 1 in 100 rejected by the portal
start=$(date +%s%N)
java -cp "$jar" org.h2.tools.Shell -url "jdbc:h2:file:$TXNG_DATA_DIR/db/txng" -user sa -password "" -sql "
  UPDATE outbox_record SET state = 'DELIVERED', delivered_hash = content_hash, portal_id = 'SB',
    delivered_at = CURRENT_TIMESTAMP - MOD(id, 30) * INTERVAL '1' DAY WHERE MOD(id, 10) <> 0;
  UPDATE outbox_record SET state = 'REJECTED', reject_code = 'ERR_VALIDATION', reject_reason = 'bench',
    updated_at = CURRENT_TIMESTAMP - MOD(id, 30) * INTERVAL '1' DAY WHERE MOD(id, 100) = 0" > /dev/null
echo "states set (9 in 10 delivered, 1 in 100 rejected): $(( ($(date +%s%N) - start) / 1000000 )) ms"
report=$(ls "$TXNG_DATA_DIR/reports" | head -1)
for i in $(seq 1 2000); do
  cp "$TXNG_DATA_DIR/reports/$report" "$TXNG_DATA_DIR/reports/bench-$i.xml.20261101-$(printf '%06d' "$i")-000.json"
done

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
password="bench-$RANDOM$RANDOM"
TXNG_HTTP_PORT=$port CAMEL_MANAGEMENT_PORT=$(free_port) TXNG_CONSOLE_USER=bench TXNG_CONSOLE_PASSWORD=$password \
  TXNG_PUSH_CRON="0 0 2 1 1 ? 2099" java $heap -jar "$jar" run > "$work/run.txt" 2>&1 &
run_pid=$!
bench_stop="kill $run_pid; wait $run_pid 2>/dev/null || true"
base="http://127.0.0.1:$port/console"
for _ in $(seq 1 300); do curl -sf -o /dev/null "$base/sign-in" && break; sleep 0.2; done
curl -sf -o /dev/null -c "$work/cookies" -H "Origin: http://127.0.0.1:$port" --data-urlencode "user=bench" \
  --data-urlencode "password=$password" "$base/sign-in" || { echo "sign-in failed"; tail -20 "$work/run.txt"; exit 1; }
after=$(( n / 2 ))

page() {  # page LABEL PATH: one GET (first: the page's code and the overview's counts not yet warm), then BENCH_TRIES timed GETs
  local label=$1 path=$2 times=() code first
  read -r code first < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$work/cookies" "$base$path")
  for _ in $(seq 1 "$tries"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$work/cookies" "$base$path")")
  done
  printf '%-34s HTTP %s  first %6.0f ms  median %6.0f ms  slowest %6.0f ms\n' "$label" "$code" "$(awk -v t="$first" 'BEGIN{print t*1000}')" \
    "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]*1000}')" \
    "$(printf '%s\n' "${times[@]}" | sort -n | tail -1 | awk '{print $1*1000}')"
}
echo "pages, $records_wanted records ($n lots, their production events, 1 product), $tries tries each, load average $(cut -d' ' -f1-3 /proc/loadavg):"
page "overview (counts, chart)" "/"
page "files (2,001 reports)" "/files"
page "files, page 50" "/files?page=50"
page "a file's report" "/file?name=$report"
page "records, newest" "/records"
page "records, a page deep (cursor)" "/records?after=$after"
page "records, lots delivered" "/records?kind=LOT&state=DELIVERED"
page "records, rejected" "/records?state=REJECTED"
page "records, held (none)" "/records?state=HELD"
page "search GTIN (all lots match)" "/records?q=8934563123451"
page "search a lot number" "/records?q=B$after"
page "a record" "/record?kind=LOT&key=08934563123451%2FB$after"
page "a lot's journey" "/lot?key=08934563123451%2FB$after"
