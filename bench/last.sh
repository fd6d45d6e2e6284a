#!/usr/bin/env bash
# Tasklist load run (issue 17): simulated users of mixed roles browse their filters, open tasks, their forms and
# dossiers, claim and complete them, over the REST calls Camunda Tasklist makes, against a node of the packaged jar
# that this script starts (loopback only). Prints p50/p95/p99 per request type, errors, throughput and the node's
# heap; exits non-zero on any error. The share of users per role is in bench/last.py (ROLLEN).
#
# Usage: bench/last.sh [--gebruikers 50] [--seconden 300] [--db postgres|h2] [--dossiers N | --database NAME]
#                      [--caseload 50] [--seed 17]
#   postgres: an existing dataset of bench/scale.sh (default database inburgering_schaal3j_<N>, N from --dossiers);
#             the jar runs on it as in production (job executor on), with the demo users, adding no dossiers.
#   h2:       a fresh H2 file; the same app first builds the demo caseload (--caseload dossiers over three years; 0:
#             the README's 20 demo dossiers instead), then the run.
#   LAST_JAVA_OPTS: extra JVM options for the node (for instance a JFR recording).
set -euo pipefail
cd "$(dirname "$0")/.."

gebruikers=50; seconden=300; db=postgres; dossiers=100000; database=""; caseload=50; seed=17; poort=8096
while [ $# -gt 0 ]; do
  case "$1" in
    --gebruikers) gebruikers="$2"; shift 2 ;;
    --seconden) seconden="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --dossiers) dossiers="$2"; shift 2 ;;
    --database) database="$2"; shift 2 ;;
    --caseload) caseload="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --poort) poort="$2"; shift 2 ;;
    *) echo "onbekende optie: $1 (zie de kop van bench/last.sh)" >&2; exit 2 ;;
  esac
done
case "$db" in h2|postgres) ;; *) echo "--db is h2 of postgres" >&2; exit 2 ;; esac

. bench/jar.sh

werk=$(mktemp -d)
profielen="demo"
args=(--inburgering.demo.aantal-dossiers=0)
if [ "$db" = postgres ]; then
  pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 || \
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  naam="${database:-inburgering_schaal3j_$dossiers}"
  if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$naam'" | grep -q 1; then
    echo "database $naam bestaat niet: bouw hem eerst met bench/scale.sh --dossiers N, of kies --database" >&2
    exit 2
  fi
  export DB_URL="jdbc:postgresql://127.0.0.1:5432/$naam" DB_USER=postgres DB_PASSWORD=
  profielen="postgres,demo"
  args+=(--inburgering.demo.caseload=0)
  klaar="Started RegieInburgeringApplication"
else
  export DB_URL="jdbc:h2:file:$werk/last;DB_CLOSE_ON_EXIT=FALSE" DB_USER=sa DB_PASSWORD=
  if [ "$caseload" -gt 0 ]; then
    args+=(--inburgering.demo.caseload="$caseload")
    klaar="Demo-caseload klaar"
  else
    # No caseload: the README's 20 demo dossiers, fresh koppelingen, are the work
    args=(--inburgering.demo.aantal-dossiers=20 --inburgering.demo.caseload=0)
    klaar="Started RegieInburgeringApplication"
  fi
fi

log="$werk/app.log"
PORT=$poort java -Xmx1g ${LAST_JAVA_OPTS:-} -Xlog:gc:file="$werk/gc.log" -jar "$jar" --spring.profiles.active="$profielen" "${args[@]}" \
  >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$werk"' EXIT
begin=$(date +%s)
until grep -q "$klaar" "$log"; do
  kill -0 $app 2>/dev/null || { tail -50 "$log"; echo "de app stopte" >&2; exit 1; }
  sleep 2
done
# The application runners (demo users, Tasklist filters) finish after the context has started: wait for the filters
until [ "$(curl -s -o /dev/null -w '%{http_code}' -u vsgh:demo "http://localhost:$poort/engine-rest/filter/count?resourceType=Task")" = 200 ] \
    && curl -s -u regio-midden-holland:demo "http://localhost:$poort/engine-rest/filter?resourceType=Task" | grep -q Werkvoorraad; do
  kill -0 $app 2>/dev/null || { tail -50 "$log"; echo "de app stopte" >&2; exit 1; }
  sleep 1
done
echo "App klaar na $(( $(date +%s) - begin )) s (db=$db${naam:+, database $naam}); $(grep -o 'Demo-caseload klaar.*' "$log" || true)"
python3 bench/last.py --url "http://localhost:$poort" --gebruikers "$gebruikers" --seconden "$seconden" \
  --seed "$seed" --gc-log "$werk/gc.log" --pid "$app"
