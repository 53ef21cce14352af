#!/usr/bin/env bash
# spark-submit without a Spark distribution: Spark's own launcher class
# (org.apache.spark.deploy.SparkSubmit) from the Spark jars Maven already resolved for the build,
# with the --add-opens flags Spark needs on Java 17 and Spark's INFO lines silenced.
# See README, "Running on a cluster".
#
# usage: src/bench/spark-local.sh COMENTION-SPARK-OPTIONS...
#   e.g. src/bench/spark-local.sh --input data/articles --tables /tmp/tables
# Environment: MASTER (default local[2]), DRIVER_MEMORY (the JVM's heap, default 4g), LOG4J (a
# Log4j 2 configuration; default: warnings and errors only).
set -euo pipefail

cd "$(dirname "$0")/../.."
[ -f target/comention.jar ] || mvn -q -B package -DskipTests
# Spark's jars alone, as a distribution has them (src/bench/spark-classpath.xml), not this project's
# class path: a class missing from comention.jar then fails here as on a cluster, and Spark's own
# ICU4J (76.1) is there as it is on executors
if [ ! -s target/spark-cp.txt ] || [ pom.xml -nt target/spark-cp.txt ] \
    || [ src/bench/spark-classpath.xml -nt target/spark-cp.txt ]; then
  spark_version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml)
  mvn -q -B -f src/bench/spark-classpath.xml dependency:build-classpath -Dspark.version="$spark_version" \
    -Dmdep.outputFile="$PWD/target/spark-cp.txt"
fi
log4j=${LOG4J:-src/test/resources/log4j2-test.properties}
opens=""
for package in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$package=ALL-UNNAMED"
done
# shellcheck disable=SC2086 # the flags are words
exec java -Xmx"${DRIVER_MEMORY:-4g}" $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dlog4j2.configurationFile="$log4j" -cp "$(cat target/spark-cp.txt)" \
  org.apache.spark.deploy.SparkSubmit --master "${MASTER:-local[2]}" --class org.comention.cli.Main \
  target/comention.jar spark "$@"
