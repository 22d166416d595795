# Shared by the bench scripts (source it): timed LABEL UNIT COMMAND... runs COMMAND with its output in
# $work, then prints the wall time, $records per second in UNIT, the peak heap line the adapter
# prints with -Dtxng.print-peak-heap=true, and the command's last summary line.
timed() {
  local label=$1 unit=$2; shift 2
  local start end ms
  start=$(date +%s%N)
  "$@" > "$work/out.txt" 2> "$work/err.txt" || true
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  printf '%-28s %8d ms  %10.0f %s/s  %s\n' "$label" "$ms" "$(awk -v r="$records" -v m="$ms" 'BEGIN{print r*1000/m}')" "$unit" \
    "$(grep -o 'peak heap used: .*' "$work/err.txt" || echo '')"
  grep -E 'records read|LIN,' "$work/out.txt" "$work/err.txt" | sed 's/^[^:]*:/    /' | tail -1
}
