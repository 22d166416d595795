# Shared by the PostgreSQL benches (source it after bench/timed.sh): starts a real PostgreSQL (the
# test suite's embedded binaries, io.zonky.test:embedded-postgres) on this machine, sets $url (with
# reWriteBatchedInserts, and BENCH_PG_OPTIONS appended, e.g. &prepareThreshold=0) and $bench_stop, and defines pg_sessions, which prints how many sessions
# (logins) the server has had since it started: what a connection per record would show, and pg_cpu_ms,
# the CPU milliseconds the server's processes have used so far (the postmaster's own and its children's,
# finished backends included): what the database did for a run, apart from the adapter's JVM.
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" > /dev/null
cat > "$work/PgServer.java" <<'JAVA'
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
public class PgServer {
    public static void main(String[] a) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            System.out.println("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?reWriteBatchedInserts=true" + System.getenv().getOrDefault("BENCH_PG_OPTIONS", ""));
            System.out.flush();
            // runs until the script kills it; the builder's shutdown hook stops the server
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
JAVA
cat > "$work/PgSessions.java" <<'JAVA'
import java.sql.*;
public class PgSessions {
    public static void main(String[] a) throws Exception {
        try (Connection c = DriverManager.getConnection(a[0], "postgres", "postgres");
             ResultSet r = c.createStatement().executeQuery("SELECT sessions FROM pg_stat_database WHERE datname = 'postgres'")) {
            r.next();
            // this very session counts once it ends; the figure is read before, so it is the others'
            System.out.println("PostgreSQL sessions (logins) so far, this query's not included: " + r.getLong(1));
        }
    }
}
JAVA
javac -cp "$(cat "$work/cp.txt")" -d "$work" "$work/PgServer.java" "$work/PgSessions.java"
java -cp "$(cat "$work/cp.txt"):$work" PgServer > "$work/pg.txt" 2> "$work/pg.err" &
server=$!
bench_stop='kill "$server" 2>/dev/null; wait 2>/dev/null'
for _ in $(seq 1 60); do grep -q '^jdbc:' "$work/pg.txt" 2>/dev/null && break; sleep 1; done
url=$(grep '^jdbc:' "$work/pg.txt") || { echo "PostgreSQL did not start: $(tail -3 "$work/pg.err")"; exit 1; }

pg_sessions() {
  java -cp "$(cat "$work/cp.txt"):$work" PgSessions "$url"
}

pg_cpu_ms() {
  local port postmaster ticks child
  port=$(echo "$url" | sed -E 's|.*localhost:([0-9]+)/.*|\1|')
  postmaster=$(pgrep -o -f -- "postgres -D .* -p $port") || { echo 0; return; }
  # fields 14-17 of /proc/PID/stat: user and system ticks of the process, then of its reaped children
  ticks=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat")
  for child in $(pgrep -P "$postmaster"); do
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
