#!/usr/bin/env bash
# Scale run: fills a database with N dossiers through the real service, then measures the Tasklist queries, the
# dashboard, a dossier page and a projection rebuild over HTTP (p50/p95), and the heap the node needed.
# Usage: bench/scale.sh [--dossiers 100000] [--db postgres|h2] [--monsters 40] [--afrondingen 2]  (docs/performance.md)
# --afrondingen K: each dossier completes 0..K tasks during the three-year walk (default 2; another K gets its own database)
set -euo pipefail
cd "$(dirname "$0")/.."

dossiers=100000; db=postgres; monsters=40; poort=8095; afrondingen=
while [ $# -gt 0 ]; do
  case "$1" in
    --dossiers) dossiers="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --monsters) monsters="$2"; shift 2 ;;
    --afrondingen) afrondingen="$2"; shift 2 ;;
    *) echo "onbekende optie: $1" >&2; exit 2 ;;
  esac
done

. bench/jar.sh

werk=$(mktemp -d)
profielen="demo,simulatie,schaal"
if [ "$db" = postgres ]; then
  pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 || \
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  # The dataset is kept between runs of the same size: generating 100,000 dossiers takes long. "3j": koppelingen
  # spread over three years; a database of the earlier same-day dataset (inburgering_schaal_N) is never reused
  naam="inburgering_schaal3j_$dossiers${afrondingen:+_k$afrondingen}"
  psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$naam'" | grep -q 1 || \
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "CREATE DATABASE $naam"
  export DB_URL="jdbc:postgresql://127.0.0.1:5432/$naam" DB_USER=postgres DB_PASSWORD=
  profielen="postgres,$profielen"
else
  export DB_URL="jdbc:h2:file:$werk/schaal;DB_CLOSE_ON_EXIT=FALSE" DB_USER=sa DB_PASSWORD=
fi

log="$werk/app.log"
PORT=$poort java -Xmx1g -Xlog:gc:file="$werk/gc.log" -jar "$jar" --spring.profiles.active="$profielen" \
  --inburgering.demo.aantal-dossiers=0 --inburgering.demo.caseload=0 --inburgering.schaal.dossiers="$dossiers" \
  ${afrondingen:+--inburgering.schaal.afrondingen=$afrondingen} >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$werk"' EXIT
begin=$(date +%s)
until grep -q "SCHAAL klaar" "$log"; do
  kill -0 $app 2>/dev/null || { tail -50 "$log"; echo "de app stopte" >&2; exit 1; }
  sleep 5
done
echo "Dataset: $(grep -o 'SCHAAL klaar.*' "$log") (opbouw $(( $(date +%s) - begin )) s, db=$db)"
python3 bench/meet.py "http://localhost:$poort" "$monsters"
piek=$(grep -oE '[0-9]+M->[0-9]+M' "$werk/gc.log" | sed -E 's/M->.*//' | sort -n | tail -1)
echo "Heap: hoogste bezetting voor een GC ${piek:-?} MiB (maximum -Xmx1g)"
