#!/usr/bin/env bash
# Restore test: pg_dump of a database (default: the crash-test database), pg_restore into a fresh copy, then the
# invariant check on the copy, both in SQL and by the application itself started on the copy.
#
#   bash reliability/herstel.sh [--db inburgering_rel_g] [--port 8087]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=inburgering_rel_g; PORT_APP=8087
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    --port) PORT_APP=$2; shift 2 ;;
    *) echo "onbekende optie $1" >&2; exit 2 ;;
  esac
done
source reliability/app.sh
KOPIE="${DB}_herstel"; UIT=target/reliability/herstel; rm -rf "$UIT"; mkdir -p "$UIT"

echo "== pg_dump -Fc $DB"
pg_dump -h 127.0.0.1 -U postgres -Fc -f "$UIT/$DB.dump" "$DB"
ls -l "$UIT/$DB.dump" | awk '{print "   dump: " $5 " bytes"}'
echo "== pg_restore in een nieuwe database $KOPIE"
nieuwe_db "$KOPIE"
pg_restore -h 127.0.0.1 -U postgres -d "$KOPIE" --no-owner --exit-on-error "$UIT/$DB.dump"

echo "== rijen origineel vs kopie"
TABELLEN="gebeurtenis dossier act_ru_execution act_ru_task act_ru_job act_hi_procinst act_hi_taskinst act_hi_actinst act_hi_job_log act_ge_bytearray"
VERSCHIL=0
for t in $TABELLEN; do
  a=$(psql -h 127.0.0.1 -U postgres -d "$DB" -At -c "SELECT count(*) FROM $t")
  b=$(psql -h 127.0.0.1 -U postgres -d "$KOPIE" -At -c "SELECT count(*) FROM $t")
  printf "   %-20s %8s %8s %s\n" "$t" "$a" "$b" "$([ "$a" = "$b" ] && echo ok || echo FOUT)"
  [ "$a" = "$b" ] || VERSCHIL=1
done
h1=$(psql -h 127.0.0.1 -U postgres -d "$DB" -At -c "SELECT md5(string_agg(hash, '' ORDER BY dossier_id, volgnummer)) FROM gebeurtenis")
h2=$(psql -h 127.0.0.1 -U postgres -d "$KOPIE" -At -c "SELECT md5(string_agg(hash, '' ORDER BY dossier_id, volgnummer)) FROM gebeurtenis")
echo "   vingerafdruk van alle hashes: $h1 / $h2 $([ "$h1" = "$h2" ] && echo ok || echo FOUT)"
[ "$h1" = "$h2" ] || VERSCHIL=1

echo "== de applicatie op de kopie (poort $PORT_APP) en de integriteitscontrole"
APP=$(start_app "$PORT_APP" "$KOPIE" "$UIT/app.log" --camunda.bpm.job-execution.enabled=false)
trap 'stop_pid "$APP"' EXIT
wacht_op_app "$PORT_APP"
python3 reliability/controle.py --db "$KOPIE" --url "http://localhost:$PORT_APP" --zonder-vervallen-jobs
[ "$VERSCHIL" = 0 ] && echo "Herstel: kopie gelijk aan origineel en heel." || { echo "Herstel: VERSCHIL"; exit 1; }
