#!/usr/bin/env bash
# A real Spark standalone cluster on the loopback, without a Spark distribution: a master and one
# worker started from the Spark jars Maven resolves (src/bench/spark-classpath.xml), linked into a
# SPARK_HOME/jars of their own, as a distribution lays them out. Then `comention spark` is
# submitted to it, so executors run in JVMs of their own with Spark's jars (ICU4J 76.1 among
# them) before target/comention.jar, as on a cluster; `build --from-tables` of the tables must
# equal a local `build` of the same input byte for byte. The master and worker are stopped at
# the end. See README, "Running on a cluster".
#
# usage: src/bench/spark-standalone.sh [INPUT] (default: data/articles)
# Environment: WORK (default: a new directory under /tmp), PORT (the master's, default 7077).
set -euo pipefail

cd "$(dirname "$0")/../.."
input=${1:-data/articles}
work=${WORK:-$(mktemp -d /tmp/comention-standalone.XXXXXX)}
port=${PORT:-7077}
[ -f target/comention.jar ] || mvn -q -B package -DskipTests
if [ ! -s target/spark-cp.txt ] || [ pom.xml -nt target/spark-cp.txt ]; then
  spark_version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml)
  mvn -q -B -f src/bench/spark-classpath.xml dependency:build-classpath -Dspark.version="$spark_version" \
    -Dmdep.outputFile="$PWD/target/spark-cp.txt"
fi
export SPARK_HOME="$work/spark-home"
mkdir -p "$SPARK_HOME/jars" "$work/logs"
tr ':' '\n' < target/spark-cp.txt | while read -r jar || [ -n "$jar" ]; do ln -sf "$jar" "$SPARK_HOME/jars/"; done
# the launcher takes a SPARK_HOME with a RELEASE file for a distribution, whose jars are in jars/
echo "Spark from Maven jars (comention's src/bench/spark-standalone.sh)" > "$SPARK_HOME/RELEASE"
export SPARK_SCALA_VERSION=2.13
export SPARK_LOCAL_IP=127.0.0.1
opens=""
for package in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$package=ALL-UNNAMED"
done
log4j=src/test/resources/log4j2-test.properties
# shellcheck disable=SC2086 # the flags are words
java -Xmx512m $opens -Dlog4j2.configurationFile="$log4j" -cp "$SPARK_HOME/jars/*" \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0 \
  >"$work/logs/master.log" 2>&1 &
master=$!
# shellcheck disable=SC2086
java -Xmx512m $opens -Dlog4j2.configurationFile="$log4j" -cp "$SPARK_HOME/jars/*" \
  org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --webui-port 0 --cores 2 --memory 2g \
  --work-dir "$work/worker" "spark://127.0.0.1:$port" >"$work/logs/worker.log" 2>&1 &
worker=$!
trap 'kill "$worker" "$master" 2>/dev/null || true' EXIT
sleep 8

# the executors' JVMs start with the worker's --add-opens too (Spark needs them on Java 17)
MASTER="spark://127.0.0.1:$port" src/bench/spark-local.sh --input "$(realpath "$input")" --tables "$work/tables"
java -jar target/comention.jar build --quiet --from-tables "$work/tables" --output "$work/from-tables"
java -jar target/comention.jar build --quiet --input "$input" --output "$work/local"
status=0
for file in nodes.csv edges.csv rankings.csv aliases.csv graph.graphml graph.gexf graph.json report.html; do
  if cmp -s "$work/local/$file" "$work/from-tables/$file"; then echo "same: $file"; else echo "DIFFERENT: $file"; status=1; fi
done
echo "executors ran: $(find "$work/worker" -name stderr | wc -l) (logs in $work/worker)"
exit $status
