#!/usr/bin/env bash
# One what-if replay (watals, docs/watals.md) of N dossiers over J years, timed, the way the application runs it: two
# child processes side by side, each the application without web on an in-memory database of its own. With --vervolg
# also the next change a beleidsmedewerker tries (another PIP term): the deployed side is then remembered, so only
# the changed side runs, on every core (watals.Naspelingsgeheugen).
# Usage: bench/watals.sh [--dossiers N] [--jaren J] [--seed S] [--pip P8W] [--vervolg P6W]   (processes/, forms/)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jar.sh
# From the Spring Boot jar, as in production: its launcher finds the nested classes, the children get the same jar
exec java -Xmx256m ${WATALS_JVM_OPTIES:+-Dwatals.jvm-opties=$WATALS_JVM_OPTIES} -cp "$jar" -Dloader.main=nl.fermwerk.inburgering.watals.WatalsMeting \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
