# Shared by the bench scripts (source it first, from the project's root, with the script's arguments):
# sets n (first argument, default 1,000,000), heap (BENCH_HEAP, default -Xmx256m) and jar (BENCH_JAR,
# default target/txng-adapter.jar, built if missing: set BENCH_JAR to time another build), makes the scratch folder $work, removed on exit after running $bench_stop if a script
# sets it. Then timed LABEL UNIT COMMAND... runs COMMAND with its output in $work, and prints the
# wall time, $records per second in UNIT, the peak heap line the adapter prints with
# -Dtxng.print-peak-heap=true, and the command's last summary line; the wall time in ms is left in
# $last_ms, and ratio A B prints A / B to two decimals (the ratios a script prints within one run).
n=${1:-1000000}
heap=${BENCH_HEAP:--Xmx256m}
jar=${BENCH_JAR:-target/txng-adapter.jar}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
bench_stop=""
trap '[ -n "$bench_stop" ] && eval "$bench_stop"; rm -rf "$work"' EXIT

timed() {
  local label=$1 unit=$2; shift 2
  local start end ms
  start=$(date +%s%N)
  "$@" > "$work/out.txt" 2> "$work/err.txt" || true
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  last_ms=$ms
  printf '%-28s %8d ms  %10.0f %s/s  %s\n' "$label" "$ms" "$(awk -v r="$records" -v m="$ms" 'BEGIN{print r*1000/m}')" "$unit" \
    "$(grep -o 'peak heap used: .*' "$work/err.txt" || echo '')"
  grep -E 'records read|LIN,' "$work/out.txt" "$work/err.txt" | sed 's/^[^:]*:/    /' | tail -1 || true
}

# generate_lots: $work/lots.xml with $n lots of one product (bench/GenerateLots.java), $records set, its size printed
generate_lots() {
  java bench/GenerateLots.java "$n" "$work/lots.xml"
  records=$((n + 1))
  echo "file: $n lots + 1 product, $(du -m "$work/lots.xml" | cut -f1) MiB; JVM $heap; $(nproc) cores"
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a / b}'
}
