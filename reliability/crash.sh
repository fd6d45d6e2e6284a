#!/usr/bin/env bash
# Crash test: the app on PostgreSQL under concurrent HTTP load, killed with kill -9 at random moments and restarted;
# afterwards every invariant is checked on the database (reliability/controle.py) and by the app itself.
#
#   bash reliability/crash.sh [--kills 5] [--seconds 60] [--workers 4] [--port 8086] [--db inburgering_rel_g] [--no-build]
#
# --seconds: load time before each kill (the kill falls at a random moment in its second half).
# Exit status 0 only when every invariant holds and "Lost: 0, duplicated: 0" was measured.
set -euo pipefail
cd "$(dirname "$0")/.."

KILLS=5; SECONDS_PER_RUN=60; WORKERS=4; PORT_APP=8086; DB=inburgering_rel_g; BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) KILLS=$2; shift 2 ;;
    --seconds) SECONDS_PER_RUN=$2; shift 2 ;;
    --workers) WORKERS=$2; shift 2 ;;
    --port) PORT_APP=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "onbekende optie $1" >&2; exit 2 ;;
  esac
done
source reliability/app.sh

UIT=target/reliability/crash; rm -rf "$UIT"; mkdir -p "$UIT"
[ "$BUILD" = 1 ] && { echo "== bouwen (mvn -q -B -DskipTests package)"; mvn -q -B -DskipTests package; }
nieuwe_db "$DB"

APP=""; DRIVER=""
opruimen() { [ -n "$DRIVER" ] && kill "$DRIVER" 2>/dev/null; [ -n "$APP" ] && stop_pid "$APP"; return 0; }
trap opruimen EXIT

URL="http://localhost:$PORT_APP"
APP=$(start_app "$PORT_APP" "$DB" "$UIT/app.log"); wacht_op_app "$PORT_APP"
python3 -c "
import sys; sys.path.insert(0, 'reliability'); from http_api import deploy
a = deploy('$URL', 'reliability/timer.bpmn', 'betrouwbaarheid'); print('   timerproces gedeployd:', a.status); sys.exit(a.status != 200)"

echo "== last: $WORKERS werkers, $KILLS keer kill -9, $SECONDS_PER_RUN s per ronde"
python3 reliability/last.py --url "$URL" --staat "$UIT" --werkers "$WORKERS" > "$UIT/driver.out" 2>&1 &
DRIVER=$!
START=$(date +%s)
for ronde in $(seq 1 "$KILLS"); do
  wacht=$(( SECONDS_PER_RUN / 2 + RANDOM % (SECONDS_PER_RUN / 2 + 1) ))
  sleep "$wacht"
  echo "   ronde $ronde: kill -9 na ${wacht}s ($(cat "$UIT/gezien.jsonl" 2>/dev/null | wc -l) bevestigingen tot nu)"
  kill -9 "$APP"; wait "$APP" 2>/dev/null || true
  APP=$(start_app "$PORT_APP" "$DB" "$UIT/app.log"); wacht_op_app "$PORT_APP"
done
sleep $(( SECONDS_PER_RUN / 2 ))
touch "$UIT/stop"; wait "$DRIVER" || true; DRIVER=""
cat "$UIT/driver.out"

echo "== afwikkelen: klok een week vooruit, alle vervallen jobs uitvoeren"
NAAR=$(python3 -c "import datetime as d,json,urllib.request,base64
r=urllib.request.Request('$URL/api/simulatie/klok',headers={'Authorization':'Basic '+base64.b64encode(b'beheer:demo').decode()})
nu=d.datetime.fromisoformat(json.load(urllib.request.urlopen(r))['nu'].replace('Z','+00:00'))
print((nu+d.timedelta(days=7)).strftime('%Y-%m-%dT%H:%M:%SZ'))")
for _ in 1 2 3; do
  curl -s -u beheer:demo -H 'Content-Type: application/json' -X POST "$URL/api/simulatie/klok" -d "{\"naar\":\"$NAAR\"}"; echo
  sleep 5
done
echo "== duur $(( $(date +%s) - START )) s; onverwachte antwoorden: $(cat "$UIT/onverwacht.log" 2>/dev/null | wc -l)"
head -5 "$UIT/onverwacht.log" 2>/dev/null || true
echo "== invarianten"
python3 reliability/controle.py --db "$DB" --staat "$UIT" --url "$URL"
