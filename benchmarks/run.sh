#!/usr/bin/env bash
# Runs the benchmarks as docs/benchmarks.md reports them:
#   mvn -q -B -ntp -pl benchmarks -am package -DskipTests
#   benchmarks/run.sh [JMH arguments...]        (default: every benchmark, with -prof gc)
#
# The benchmark JVM runs on one CPU (BENCH_CPU, default 1), and so does every PostgreSQL backend
# serving it: the benchmark's connections carry ApplicationName=kiln-bench, and a watcher pins
# each such backend to the same CPU as soon as it appears (the postmaster itself is left alone,
# so other clients of the server are not squeezed onto that CPU). A loopback round trip then costs
# what it does when client and server share a CPU. The heap is fixed and pre-touched by each
# benchmark's @Fork settings. BENCH_POSTGRES overrides the server's JDBC URL (it must allow
# creating and dropping the schemas kiln_bench and kiln_cold); psql must reach the same server for
# the watcher. W8's tables (ColdStart) are created first, in a JVM of their own, unmeasured.
set -euo pipefail
cd "$(dirname "$0")/.."
cpu="${BENCH_CPU:-1}"
server="${BENCH_POSTGRES:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
case "$server" in *\?*) postgres="$server&ApplicationName=kiln-bench" ;; *) postgres="$server?ApplicationName=kiln-bench" ;; esac
psql_args=(-h "${BENCH_PGHOST:-127.0.0.1}" -p "${BENCH_PGPORT:-5432}" -U "${BENCH_PGUSER:-postgres}" -d "${BENCH_PGDATABASE:-test}")
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "build first: mvn -q -B -ntp -pl benchmarks -am package -DskipTests" >&2; exit 1; }

java -Dbench.postgres="$server" -cp "$jar" dev.kiln.bench.cold.ColdSchema

(
  while true; do
    for pid in $(psql "${psql_args[@]}" -Atc \
        "SELECT pid FROM pg_stat_activity WHERE application_name = 'kiln-bench'" 2>/dev/null); do
      taskset -pc "$cpu" "$pid" >/dev/null 2>&1 || true
    done
    sleep 1
  done
) &
watcher=$!
trap 'kill "$watcher" 2>/dev/null || true' EXIT

if [ "$#" -eq 0 ]; then
  set -- -prof gc
fi
command=(taskset -c "$cpu" java -Dbench.postgres="$postgres" -jar "$jar" "$@")
echo "${command[*]}" >&2
"${command[@]}"
