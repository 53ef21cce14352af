#!/usr/bin/env bash
# How the time and memory of a build grow with the gazetteer; see README, "Speed".
#
# usage: src/bench/gazetteer-scale.sh [--scratch DIR] [--seed N] [--runs N] [ALIASES ...]
#                                     (default sizes: 25000 50000 100000 200000)
#
# For each size it generates a gazetteer layer of that many aliases (org.comention.bench.SyntheticGazetteer,
# seeded: people, places and organisations, each with a Latin and an Arabic or Persian name of two or three
# words taken from the bundled gazetteer's names), then times `comention build --gazetteer LAYER` on the five
# seeds (data/articles), so nearly all of the run is reading the gazetteer and building its matcher, and
# prints a Markdown table: wall seconds, CPU seconds (user + system: steadier than wall time on a shared
# machine) and peak RSS, medians of --runs runs (default 3). The first row, 0 aliases, is the bundled
# gazetteer alone. The jar is target/comention.jar, or JAR=path (e.g. an older build, to compare); JVM
# options go in JAVA_OPTS (e.g. JAVA_OPTS=-Xmx512m: without a limit the JVM's heap may grow to a quarter of
# RAM, so peak RSS says more about the JVM's sizing than about what the run needs).
set -euo pipefail

cd "$(dirname "$0")/../.."
root=$(pwd)
scratch=target/bench
seed=1
runs=3
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scratch) scratch=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "gazetteer-scale.sh: unknown option $1" >&2; exit 1 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(25000 50000 100000 200000)
jar=${JAR:-target/comention.jar}

# Scratch data never goes into the repository: only under target/ (git-ignored) or outside it.
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)
case "$scratch/" in
  "$root/target/"*) ;;
  "$root/"*) echo "gazetteer-scale.sh: --scratch $scratch is inside the repository; use target/... or a directory outside it" >&2; exit 1 ;;
esac

if [ ! -f target/comention.jar ]; then
  echo "gazetteer-scale.sh: building target/comention.jar" >&2
  mvn -q package -DskipTests
fi
if [ ! -f target/cp.txt ] || [ ! -f target/test-classes/org/comention/bench/SyntheticGazetteer.class ]; then
  echo "gazetteer-scale.sh: compiling the generator" >&2
  mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
fi
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
[ -x /usr/bin/time ] || { echo "gazetteer-scale.sh: needs /usr/bin/time (Debian package time) for CPU time and peak RSS" >&2; exit 1; }

calc() { awk "BEGIN {printf \"$1\", $2}"; }
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
echo "jar: $jar; JVM options: ${JAVA_OPTS:-none}; build --input data/articles --quiet --gazetteer LAYER; medians of $runs"
echo
echo "| aliases | entities | seconds | CPU seconds | peak RSS MB | exit |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
for size in 0 "${sizes[@]}"; do
  layer=()
  if [ "$size" -gt 0 ]; then
    gazetteer="$scratch/gazetteer-${size}-seed${seed}"
    if [ ! -e "$gazetteer" ]; then
      java -cp "$cp" org.comention.bench.SyntheticGazetteer "$size" "$gazetteer.tmp" "$seed"
      mv "$gazetteer.tmp" "$gazetteer"
    fi
    layer=(--gazetteer "$gazetteer")
  fi
  results=$(for r in $(seq "$runs"); do
    status=0
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$scratch/time.txt" java ${JAVA_OPTS:-} -jar "$jar" build --input data/articles \
      --output "$scratch/gazetteer-out-$size" --quiet "${layer[@]}" >"$scratch/gazetteer-run.log" 2>&1 || status=$?
    echo "$(tail -1 "$scratch/time.txt") $status"
  done)
  seconds=$(echo "$results" | awk '{print $1}' | median)
  cpu=$(echo "$results" | awk '{print $2 + $3}' | median)
  rss_kb=$(echo "$results" | awk '{print $4}' | median)
  status=$(echo "$results" | awk '{print $5}' | sort -u | tr '\n' ' ' | sed 's/ $//')
  entities=$(grep -o '"entities" *: *[0-9]*' "$scratch/gazetteer-out-$size/run.json" 2>/dev/null | head -1 | grep -o '[0-9]*$' || echo "-")
  [ "$status" = 0 ] || entities="-"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$size" "$entities" "$seconds" "$(calc %.2f "$cpu")" "$((rss_kb / 1024))" "$status"
done
