# Sourced by the bench scripts: sets $jar to the packaged application, building it first when it is missing or older
# than the sources, models or pom (the scripts measure what is checked out, not an older build).
jar=$(ls target/regie-inburgering-*.jar 2>/dev/null | grep -v original | head -n1 || true)
if [ -z "$jar" ] || [ -n "$(find src processes forms pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -q -B -DskipTests package
  jar=$(ls target/regie-inburgering-*.jar | grep -v original | head -n1)
fi
