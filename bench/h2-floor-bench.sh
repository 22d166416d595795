#!/usr/bin/env bash
# H2 floor benchmark (not a test): what H2 alone costs to write N new rows of the outbox layout the
# way staging writes them, with each secondary index and without (bench/H2Floor.java), and to look
# every key up again: the bound under `run --once --no-push` on H2 that no change to reading,
# checking or encoding can pass.
# Usage: bench/h2-floor-bench.sh [N]   (default 1000000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timed.sh "$@"
java $heap -cp "$jar" bench/H2Floor.java "$n"
