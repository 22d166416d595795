#!/usr/bin/env bash
# PostgreSQL staging benchmark (not a test): starts a real PostgreSQL (the test suite's embedded
# binaries, io.zonky.test:embedded-postgres, linux-amd64) on this machine, then times
# `run --once --no-push` of a generated DESADV of N line groups into a new outbox there, and the
# same file again (all unchanged), with -Xmx256m. The server shares the machine's cores.
# Usage: bench/pg-stage-bench.sh [N]   (default 1000000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" > /dev/null
java bench/GenerateDesadv.java "$n" "$work/desadv.edi"
records=$n
echo "file: DESADV of $n line groups, $(du -m "$work/desadv.edi" | cut -f1) MiB; JVM $heap; $(nproc) cores; PostgreSQL on the same machine"

cat > "$work/PgServer.java" <<'JAVA'
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
public class PgServer {
    public static void main(String[] a) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            System.out.println("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?reWriteBatchedInserts=true");
            System.out.flush();
            // runs until the script kills it; the builder's shutdown hook stops the server
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
JAVA
javac -cp "$(cat "$work/cp.txt")" -d "$work" "$work/PgServer.java"
java -cp "$(cat "$work/cp.txt"):$work" PgServer > "$work/pg.txt" 2> "$work/pg.err" &
server=$!
bench_stop='kill "$server" 2>/dev/null; wait 2>/dev/null'
for _ in $(seq 1 60); do grep -q '^jdbc:' "$work/pg.txt" 2>/dev/null && break; sleep 1; done
url=$(grep '^jdbc:' "$work/pg.txt") || { echo "PostgreSQL did not start: $(tail -3 "$work/pg.err")"; exit 1; }

mkdir -p "$work/run/inbox"
export TXNG_INBOX_DIR="$work/run/inbox" TXNG_DATA_DIR="$work/run/data" TXNG_INBOX_MIN_AGE=0s
export TXNG_DB_URL="$url" TXNG_DB_USER=postgres TXNG_DB_PASSWORD=postgres
cp "$work/desadv.edi" "$work/run/inbox/"
timed "run --once (stage, new)" lines java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push
cp "$work/desadv.edi" "$work/run/inbox/desadv-again.edi"
timed "run --once (all unchanged)" lines java $heap -Dtxng.print-peak-heap=true -jar "$jar" run --once --no-push
