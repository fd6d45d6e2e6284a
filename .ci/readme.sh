#!/usr/bin/env bash
# CI: the README works on a fresh machine as written (issue #16).
#
#   .ci/readme.sh api        Starts the application as the README says (mvn spring-boot:run: H2, profile demo), runs
#                            every curl example of README.md against it (each fenced bash block with a curl line, as a
#                            whole, and each inline `curl ...`), opens every URL of the URL table as the demo user its
#                            row names, and fails on any answer that is not 2xx.
#   .ci/readme.sh postgres   Runs the README's PostgreSQL recipe (the fenced block after the marker
#                            <!-- .ci/readme.sh: postgres -->) against a fresh database: its lines as written, the
#                            first start in the background until it answers, the DBA step, then a second start that
#                            must report the event store and the access log append-only.
#   .ci/readme.sh            Both.
#
# What differs from a reader's terminal, and only that: a free port instead of 8080 (in PORT and in the URLs), a fresh
# H2 directory (DB_URL), so the POST example meets an empty database; for the recipe, the superuser connection the
# README asks the reader for (PGHOST/PGUSER, CI's PostgreSQL on 127.0.0.1 with trust) and the name of database and
# role, inburgering_readme_ci instead of inburgering, so a developer's own database of that name is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."

README=README.md
WERK=$(mktemp -d)
APP_PID=
DB=inburgering_readme_ci

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 -- "-$APP_PID" 2>/dev/null; then
    # The start runs in a process group of its own (setsid): Maven and the application it forked stop together
    kill -TERM -- "-$APP_PID" 2>/dev/null || true
    # Until the whole group is gone: the application shuts down after the shell and Maven that started it
    for _ in $(seq 1 60); do kill -0 -- "-$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
opruimen() {
  stop_app
  rm -rf "$WERK"
}
trap opruimen EXIT

# vrije_poort FIRST LAST: the first port in that range nobody listens on. Its own range per part: both parts run side by
# side, and a port is only taken once the application that got it has started.
vrije_poort() {
  local poort
  for poort in $(seq "$1" "$2"); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$poort") 2>/dev/null; then
      echo "$poort"
      return
    fi
  done
  echo "FOUT: geen vrije poort tussen $1 en $2" >&2
  exit 1
}

# start_app LOG SCRIPT: runs SCRIPT (one start command) in the background in its own process group and waits until
# the application is ready: it answers on $PORT and the engine started its job executor, which Camunda does once the
# application is ready, after the demo users and dossiers exist. Fails with the log when it dies or takes over 300 s.
start_app() {
  local log=$1 script=$2
  setsid bash "$script" >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    if curl -s -o /dev/null "http://localhost:$PORT/v3/api-docs" && grep -q 'ENGINE-14014' "$log"; then
      echo "   applicatie draait op poort $PORT"
      return
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      tail -n 80 "$log"
      echo "FOUT: de applicatie stopte tijdens de start"
      exit 1
    fi
    sleep 1
  done
  tail -n 80 "$log"
  echo "FOUT: de applicatie antwoordde niet binnen 300 s"
  exit 1
}

# The README's fenced bash blocks that hold a curl line, one file each, and its inline `curl ...` (which may wrap
# over two lines of a paragraph), one file each
haal_curl_voorbeelden() {
  awk -v uit="$WERK/voorbeeld" '
    function bewaar(tekst) { n++; bestand = sprintf("%s-%02d.sh", uit, n); printf "%s\n", tekst > bestand; close(bestand) }
    function inline(alinea,   rest, begin, stuk) {
      rest = alinea
      while (match(rest, /`curl [^`]*`/)) {
        stuk = substr(rest, RSTART + 1, RLENGTH - 2)
        bewaar(stuk)
        rest = substr(rest, RSTART + RLENGTH)
      }
    }
    /^```/ {
      if (!binnen) { binnen = 1; blok = ""; heeft_curl = 0; inline(alinea); alinea = ""; next }
      binnen = 0; if (heeft_curl) bewaar(blok); next
    }
    binnen { blok = blok $0 "\n"; if ($0 ~ /^curl /) heeft_curl = 1; next }
    /^[[:space:]]*$/ { inline(alinea); alinea = ""; next }
    { alinea = alinea " " $0 }
    END { inline(alinea) }
  ' "$README"
}

# Each row of the URL table as "user|url": the bare URLs of the URL column (not those in `code`, which need a
# method or are a setting elsewhere) and the first demo user named in the last column (none: no login)
haal_url_tabel() {
  awk '
    /^## URLs/ { tabel = 1; next }
    /^## / { tabel = 0 }
    tabel && /^\| / && !/^\| What / {
      split($0, kolom, "|")
      gebruiker = ""
      if (match(kolom[4], /`[a-z-]+`/)) gebruiker = substr(kolom[4], RSTART + 1, RLENGTH - 2)
      rest = kolom[3]
      gsub(/`[^`]*`/, "", rest)
      while (match(rest, /http:\/\/localhost:8080\/[^ ,)]*/)) {
        printf "%s|%s\n", gebruiker, substr(rest, RSTART, RLENGTH)
        rest = substr(rest, RSTART + RLENGTH)
      }
    }
  ' "$README"
}

# curl as the examples call it, but every answer must be 2xx; the body is shown when it is not
cat >"$WERK/curl-2xx.sh" <<'EOF'
curl() {
  local lijf status
  lijf=$(mktemp)
  status=$(command curl -sS -o "$lijf" -w '%{http_code}' "$@") || { echo "FOUT: curl $* kwam niet aan"; return 1; }
  if [[ "$status" != 2?? ]]; then
    echo "FOUT: $status op curl $*"
    cat "$lijf"; echo
    return 1
  fi
  echo "   $status  curl ${*:1:6}"
}
EOF

api() {
  echo "== README: mvn spring-boot:run (H2, demo) en elk curl-voorbeeld =="
  PORT=$(vrije_poort 18080 18129)
  export PORT
  export DB_URL="jdbc:h2:file:$WERK/h2/inburgering;DB_CLOSE_ON_EXIT=FALSE"
  printf 'mvn spring-boot:run\n' >"$WERK/start-h2.sh"
  start_app "$WERK/h2.log" "$WERK/start-h2.sh"

  haal_curl_voorbeelden
  local aantal=0 voorbeeld
  for voorbeeld in "$WERK"/voorbeeld-*.sh; do
    [ -e "$voorbeeld" ] || break
    aantal=$((aantal + 1))
    echo "-- voorbeeld $aantal:"
    sed 's/^/   | /' "$voorbeeld"
    sed "s#localhost:8080#localhost:$PORT#g" "$voorbeeld" >"$voorbeeld.poort"
    bash -euo pipefail -c "source '$WERK/curl-2xx.sh'; source '$voorbeeld.poort'"
  done
  if [ "$aantal" -lt 3 ]; then
    echo "FOUT: maar $aantal curl-voorbeelden gevonden in $README"
    exit 1
  fi

  echo "-- de URL-tabel, elke URL als de gebruiker in zijn rij:"
  local regels=0 gebruiker url
  while IFS='|' read -r gebruiker url; do
    regels=$((regels + 1))
    url=${url//localhost:8080/localhost:$PORT}
    if [ -n "$gebruiker" ]; then
      (source "$WERK/curl-2xx.sh" && curl -L -u "$gebruiker:demo" "$url")
    else
      (source "$WERK/curl-2xx.sh" && curl -L "$url")
    fi
  done < <(haal_url_tabel)
  if [ "$regels" -lt 8 ]; then
    echo "FOUT: maar $regels URL's gevonden in de URL-tabel van $README"
    exit 1
  fi
  stop_app
  unset DB_URL
  echo "   $aantal curl-voorbeelden en $regels URL's: elk 2xx"
}

postgres() {
  echo "== README: het PostgreSQL-recept, zoals geschreven, op een verse database =="
  awk '/<!-- .ci\/readme.sh: postgres -->/ { gevonden = 1; next }
       gevonden && /^```/ { if (binnen) exit; binnen = 1; next }
       binnen { print }' "$README" | sed -E "s/\binburgering\b/$DB/g" >"$WERK/recept.sh"
  if ! grep -q 'mvn spring-boot:run' "$WERK/recept.sh"; then
    echo "FOUT: geen recept met mvn spring-boot:run na de markering in $README"
    exit 1
  fi
  sed 's/^/   | /' "$WERK/recept.sh"

  # The recipe in three parts: the lines before the start, the start (one command, maybe continued with \), the rest
  awk -v uit="$WERK/recept" '
    { regel[++n] = $0 }
    END {
      for (i = 1; i <= n; i++) if (regel[i] ~ /mvn spring-boot:run/) { eind = i; break }
      begin = eind; while (begin > 1 && regel[begin - 1] ~ /\\[[:space:]]*$/) begin--
      for (i = 1; i < begin; i++) print regel[i] > (uit "-voor.sh")
      for (i = begin; i <= eind; i++) print regel[i] > (uit "-start.sh")
      for (i = eind + 1; i <= n; i++) print regel[i] > (uit "-na.sh")
    }' "$WERK/recept.sh"
  touch "$WERK/recept-na.sh"

  export PGHOST=127.0.0.1 PGUSER=postgres
  if ! pg_isready -q; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
    for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
  fi
  dropdb --if-exists "$DB"
  dropuser --if-exists "$DB"

  PORT=$(vrije_poort 18130 18180)
  export PORT
  # In this shell, so that what the recipe exports (DB_PASSWORD) reaches the start and the DBA step
  source "$WERK/recept-voor.sh"
  # The recipe is about roles and grants; the demo caseload is built and checked by the H2 start above
  export INBURGERING_DEMO_CASELOAD=0
  start_app "$WERK/pg-1.log" "$WERK/recept-start.sh"
  stop_app
  source "$WERK/recept-na.sh"
  echo "   tweede start, na de stap van de DBA"
  start_app "$WERK/pg-2.log" "$WERK/recept-start.sh"
  (source "$WERK/curl-2xx.sh" && curl -u casusregisseur:demo "http://localhost:$PORT/api/dossiers")
  # The check runs when the application is ready, beside the job executor's start: give it a moment to log
  for _ in $(seq 1 30); do grep -q 'alleen-toevoegen' "$WERK/pg-2.log" && break; sleep 1; done
  stop_app
  if ! grep -q "alleen-toevoegen voor rol $DB" "$WERK/pg-2.log" || grep -q "NIET alleen-toevoegen" "$WERK/pg-2.log"; then
    grep -i "alleen-toevoegen" "$WERK/pg-2.log" || true
    echo "FOUT: na het recept zijn gebeurtenissen en toegangslog niet alleen-toevoegen voor $DB"
    exit 1
  fi
  echo "   het recept werkt: tabellen aangemaakt, alleen-toevoegen afgedwongen, de applicatie start erop"
  dropdb --if-exists "$DB"
}

begin=$SECONDS
case "${1:-alles}" in
  api) api ;;
  postgres) postgres ;;
  alles)
    # Side by side: the H2 start spends its minutes building the demo caseload on one core, the recipe's two starts
    # on PostgreSQL need about one more (docs/performance.md, "CI"). Each part stops its own application when it ends,
    # however it ends; the H2 part's output follows the recipe's.
    # (set -e in each part again: a part started after set +e would otherwise carry on past a failing line)
    ( set -e; trap stop_app EXIT; api ) >"$WERK/api.out" 2>&1 &
    api_deel=$!
    set +e
    ( set -e; trap stop_app EXIT; postgres )
    pg_status=$?
    wait "$api_deel"
    api_status=$?
    set -e
    cat "$WERK/api.out"
    if [ "$api_status" -ne 0 ] || [ "$pg_status" -ne 0 ]; then
      echo "FOUT: README-controle: H2-deel exit $api_status, PostgreSQL-recept exit $pg_status"
      exit 1
    fi
    ;;
  *) echo "gebruik: .ci/readme.sh [api|postgres]"; exit 2 ;;
esac
echo "   README in $((SECONDS - begin)) s"
