#!/usr/bin/env bash
# Source benchmark (not a test): generates an XML file of N lots, then times `run --once --no-push`
#   1. from the local inbox and
#   2. from a txng-sftp-source instance polling an SFTP server (Apache MINA SSHD, another process
#      on this machine), the file downloaded to the work folder and read from there,
# each into an empty H2 outbox with -Xmx256m, printing records per second and the peak heap.
# Usage: bench/source-bench.sh [N]   (default 1000000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
generate_lots

mkdir -p "$work/local/inbox"
cp "$work/lots.xml" "$work/local/inbox/"
TXNG_INBOX_DIR="$work/local/inbox" TXNG_DATA_DIR="$work/local/data" TXNG_INBOX_MIN_AGE=0s TXNG_HTTP_PORT=0 \
  timed "local inbox" records java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push

# the SFTP server: SSHD from the Maven repository, in a process of its own
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$work/sshd.cp" -Dmdep.includeScope=test \
  -DincludeGroupIds=org.apache.sshd,org.slf4j > /dev/null
mkdir -p "$work/sftp-root" "$work/routes"
cp "$work/lots.xml" "$work/sftp-root/"
password=$(head -c 18 /dev/urandom | base64)
java -cp "$(cat "$work/sshd.cp")" bench/SftpBenchServer.java "$work/sftp-root" "$work/port" "$work/known_hosts" "$password" \
  > "$work/sftp.log" 2>&1 &
server=$!
bench_stop="kill $server"
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.2; done
cat > "$work/routes/bench.camel.yaml" <<YAML
- templatedRoute:
    routeTemplateRef: txng-sftp-source
    routeId: bench
    parameters:
      - { name: sourceId, value: bench }
      - { name: host, value: 127.0.0.1 }
      - { name: port, value: "$(cat "$work/port")" }
      - { name: username, value: bench }
      - { name: password, value: "{{env:BENCH_SFTP_PASSWORD}}" }
      - { name: knownHostsFile, value: "$work/known_hosts" }
YAML
BENCH_SFTP_PASSWORD="$password" TXNG_ROUTES_DIR="$work/routes" TXNG_DATA_DIR="$work/sftp/data" TXNG_HTTP_PORT=0 \
  timed "sftp source" records java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push
