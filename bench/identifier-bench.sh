#!/usr/bin/env bash
# Builds the JMH benchmarks (mvn -Pjmh) and runs the identifier ones on one thread, with the GC profiler for B/op.
# Usage: bench/identifier-bench.sh [extra JMH options, e.g. a benchmark regex such as gtin13Check]
# Env: JMH_OPTS overrides the default run settings; MVN_OPTS adds Maven options (e.g. -o once JMH is in ~/.m2).
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir=target/jmh          # a build directory of its own, so a normal build is not disturbed
jmh_opts=${JMH_OPTS:-"-f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 -prof gc"}

./mvnw -q -B ${MVN_OPTS:-} -Pjmh -Dbuild.dir="$build_dir" test-compile
./mvnw -q -B ${MVN_OPTS:-} -Pjmh -Dbuild.dir="$build_dir" dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$build_dir/jmh.classpath"

classpath="$build_dir/test-classes:$build_dir/classes:$(cat "$build_dir/jmh.classpath")"
# shellcheck disable=SC2086 # the options are meant to split into words
exec java -cp "$classpath" org.openjdk.jmh.Main $jmh_opts -rf json -rff "$build_dir/identifier-bench.json" \
    "${@:-vn.txng.adapter.identifier.IdentifierBenchmark}"
