#!/usr/bin/env bash
# Cluster test: two nodes on one PostgreSQL database, both job executors on (Camunda's homogeneous cluster).
#   1. 1,000 timers due at the same moment each fire exactly once (no clock movement: real time, both nodes);
#   2. load through both nodes (dossiers, task completions, timers), then every invariant (reliability/controle.py);
#   3. two users complete the same task at once, one through each node: one 204, the other 409, never 500.
#
#   bash reliability/cluster.sh [--timers 1000] [--seconds 60] [--db inburgering_rel_g] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

TIMERS=1000; LOAD_SECONDS=60; DB=inburgering_rel_g; BUILD=1; P1=8086; P2=8087
while [ $# -gt 0 ]; do
  case "$1" in
    --timers) TIMERS=$2; shift 2 ;;
    --seconds) LOAD_SECONDS=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "onbekende optie $1" >&2; exit 2 ;;
  esac
done
source reliability/app.sh

UIT=target/reliability/cluster; rm -rf "$UIT"; mkdir -p "$UIT"
[ "$BUILD" = 1 ] && { echo "== bouwen (mvn -q -B -DskipTests package)"; mvn -q -B -DskipTests package; }
nieuwe_db "$DB"

K1=""; K2=""
opruimen() { [ -n "$K1" ] && stop_pid "$K1"; [ -n "$K2" ] && stop_pid "$K2"; return 0; }
trap opruimen EXIT

U1="http://localhost:$P1"; U2="http://localhost:$P2"
echo "== knoop 1 (poort $P1) maakt het schema, dan knoop 2 (poort $P2)"
K1=$(start_app "$P1" "$DB" "$UIT/knoop1.log" --camunda.bpm.generic-properties.properties.hostname=knoop1)
wacht_op_app "$P1"
K2=$(start_app "$P2" "$DB" "$UIT/knoop2.log" --camunda.bpm.generic-properties.properties.hostname=knoop2)
wacht_op_app "$P2"
python3 -c "
import sys; sys.path.insert(0, 'reliability'); from http_api import deploy
a = deploy('$U1', 'reliability/timer.bpmn', 'betrouwbaarheid'); print('   timerproces gedeployd:', a.status); sys.exit(a.status != 200)"

FOUT=0
echo "== 1. $TIMERS timers op hetzelfde moment"
python3 reliability/cluster_stappen.py timers --url "$U1" --url "$U2" --db "$DB" --aantal "$TIMERS" || FOUT=1

echo "== 2. last via beide knopen ($LOAD_SECONDS s), dan de invarianten"
python3 reliability/last.py --url "$U1" --url "$U2" --staat "$UIT" --werkers 4 --geen-klok > "$UIT/driver.out" 2>&1 &
DRIVER=$!
sleep "$LOAD_SECONDS"; touch "$UIT/stop"; wait "$DRIVER" || true
cat "$UIT/driver.out"
sleep 40   # timers of the load (20 s) fire, async steps finish
python3 reliability/controle.py --db "$DB" --staat "$UIT" --url "$U2" || FOUT=1

echo "== 3. dezelfde taak tegelijk via beide knopen"
python3 reliability/cluster_stappen.py race --url "$U1" --url "$U2" --staat "$UIT" --taken 20 || FOUT=1

echo "== 500-antwoorden in de logs: knoop1 $(grep -c 'Fout in de REST API' "$UIT/knoop1.log" || true), knoop2 $(grep -c 'Fout in de REST API' "$UIT/knoop2.log" || true)"
[ "$FOUT" = 0 ] && echo "Cluster: alle controles geslaagd." || echo "Cluster: CONTROLES MISLUKT"
exit "$FOUT"
