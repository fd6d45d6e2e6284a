#!/usr/bin/env bash
# Runs a simulated caseload through Regie Inburgering and the same through bare Camunda 7.24: ours on a fresh database,
# bare Camunda on a fresh database of its own next to it (same product, same server).
# Usage: bench/run.sh [--dossiers N] [--db h2|postgres] [--seed S]      (documented in docs/performance.md)
set -euo pipefail
cd "$(dirname "$0")/.."

dossiers=20; db=h2; seed=2021
while [ $# -gt 0 ]; do
  case "$1" in
    --dossiers) dossiers="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "onbekende optie: $1 (gebruik --dossiers N --db h2|postgres --seed S)" >&2; exit 2 ;;
  esac
done
case "$db" in h2|postgres) ;; *) echo "--db is h2 of postgres" >&2; exit 2 ;; esac

. bench/jar.sh

werk=$(mktemp -d)
trap 'rm -rf "$werk"' EXIT
profielen="benchmark"
args=(--inburgering.benchmark.dossiers="$dossiers" --inburgering.benchmark.seed="$seed")
if [ "$db" = postgres ]; then
  pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 || \
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 && break; sleep 1; done
  # Ours and the bare engine's, each fresh; both stay after the run for inspection, as ours always did
  for naam in inburgering_bench inburgering_bench_kaal; do
    psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
      -c "DROP DATABASE IF EXISTS $naam" -c "CREATE DATABASE $naam"
  done
  profielen="benchmark,postgres"
  export DB_URL=jdbc:postgresql://127.0.0.1:5432/inburgering_bench DB_USER=postgres DB_PASSWORD=
  export KAAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/inburgering_bench_kaal
else
  export DB_URL="jdbc:h2:file:$werk/bench;DB_CLOSE_ON_EXIT=FALSE" DB_USER=sa DB_PASSWORD=
  export KAAL_DB_URL="jdbc:h2:file:$werk/kaal;DB_CLOSE_ON_EXIT=FALSE"
fi

java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$jar" --spring.profiles.active="$profielen" "${args[@]}"
