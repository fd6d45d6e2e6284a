# Shared helpers for crash.sh and cluster.sh (sourced): start the app jar on PostgreSQL, wait until it answers.
JAR="${JAR:-target/regie-inburgering-0.1.0-SNAPSHOT.jar}"

nieuwe_db() {  # nieuwe_db NAME: drop and create an empty database
  psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"
}

start_app() {  # start_app PORT DB LOGFILE [extra args...]: starts in the background, prints the pid
  local poort=$1 db=$2 log=$3; shift 3
  PORT=$poort DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=postgres DB_PASSWORD= \
  SPRING_PROFILES_ACTIVE=postgres,demo,simulatie \
    nohup java -Duser.timezone=UTC -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$JAR" \
      --inburgering.demo.aantal-dossiers=0 --inburgering.demo.caseload=0 \
      --camunda.bpm.job-execution.lock-time-in-millis=15000 \
      "$@" >>"$log" 2>&1 &
  echo $!
}

wacht_op_app() {  # wacht_op_app PORT [seconds]: until GET /api/simulatie/klok answers 200
  local poort=$1 max=${2:-240}
  for _ in $(seq 1 "$max"); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -u beheer:demo "http://localhost:$poort/api/simulatie/klok")" = 200 ]; then
      return 0
    fi
    sleep 1
  done
  echo "app op poort $poort start niet" >&2
  return 1
}

stop_pid() {  # stop_pid PID: stop one process we started, and wait for it
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$1" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$1" 2>/dev/null || true
}

