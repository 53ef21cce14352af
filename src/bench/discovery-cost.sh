#!/usr/bin/env bash
# What discovery costs `build`: see README, "Discovery".
#
# usage: src/bench/discovery-cost.sh [--scratch DIR] [--threads T] [--runs N] [--stress] [SIZE_MB]
#                                    (default: 30 MB, 2 threads, 3 runs)
#
# Makes a corpus of real news text, the development set and the multilingual sample
# (src/test/resources/eval/*.jsonl: Arabic, Persian, English, French, Turkish, Russian) repeated
# under fresh ids to SIZE_MB, then times `comention build --quiet` on it with discovery (the
# default) and with --no-discover, N runs each, alternated, and prints the median of each as MB/s
# and their ratio, by wall time and by CPU time (user + system: on a machine others share, wall
# time says as much about them as about comention). Target: discovery costs at most a quarter of the reading throughput (ratio >= 0.75).
# --stress adds a rule family far greedier than any real one (org.comention.bench.EveryWordPair:
# every two adjacent capitalised or Arabic-script words), registered for these runs only, so the
# stage itself (overlaps, evidence, numbering, merging) is measured under a load real rules do not reach.
# JVM options for the builds in JAVA_OPTS (e.g. JAVA_OPTS=-Xmx1g).
set -euo pipefail

cd "$(dirname "$0")/../.."
root=$(pwd)
scratch=target/bench
threads=2
runs=3
size=30
stress=0
while [ $# -gt 0 ]; do
  case "$1" in
    --scratch) scratch=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --stress) stress=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "discovery-cost.sh: unknown option $1" >&2; exit 1 ;;
    *) size=$1; shift ;;
  esac
done

# Scratch data never goes into the repository: only under target/ (git-ignored) or outside it.
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)
case "$scratch/" in
  "$root/target/"*) ;;
  "$root/"*) echo "discovery-cost.sh: --scratch $scratch is inside the repository; use target/... or a directory outside it" >&2; exit 1 ;;
esac

if [ ! -f target/comention.jar ]; then
  echo "discovery-cost.sh: building target/comention.jar" >&2
  mvn -q package -DskipTests
fi

command=(java ${JAVA_OPTS:-} -jar target/comention.jar)
if [ "$stress" = 1 ]; then
  if [ ! -f target/cp.txt ] || [ ! -f target/test-classes/org/comention/bench/EveryWordPair.class ]; then
    echo "discovery-cost.sh: compiling the stress rules" >&2
    mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
  fi
  rules="$scratch/stress-rules"
  mkdir -p "$rules/META-INF/services"
  echo org.comention.bench.EveryWordPair > "$rules/META-INF/services/org.comention.entity.NameRules"
  # shellcheck disable=SC2206
  command=(java ${JAVA_OPTS:-} -cp "$rules:target/classes:target/test-classes:$(cat target/cp.txt)" org.comention.cli.Main)
fi

now() { date +%s.%N; }
calc() { awk "BEGIN {printf \"$1\", $2}"; }   # calc FORMAT EXPRESSION: bc prints .5, not 0.5
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

corpus="$scratch/discovery-news-${size}mb.jsonl"
if [ ! -f "$corpus" ]; then
  sources=(src/test/resources/eval/dev-other-stories.jsonl src/test/resources/eval/news.jsonl)
  target=$((size * 1024 * 1024))
  : > "$corpus.part"
  copy=0
  while [ "$(stat -c %s "$corpus.part")" -lt "$target" ]; do
    # each copy under ids of its own, so every document counts
    for s in "${!sources[@]}"; do
      sed -E "s/\"id\": *\"/\"id\": \"r${copy}-${s}-/" "${sources[$s]}" >> "$corpus.part"
    done
    copy=$((copy + 1))
  done
  mv "$corpus.part" "$corpus"
fi
bytes=$(stat -c %s "$corpus")
mb=$(calc %.1f "$bytes / 1048576")

# one_run [OPTION]: "wall_seconds cpu_seconds" of one build (bash's time: real, and user + sys of the JVM)
one_run() {
  local TIMEFORMAT='%R %U %S' times
  times=$( { time "${command[@]}" build --input "$corpus" --output "$scratch/discovery-out" --quiet \
    --threads "$threads" "$@" >/dev/null; } 2>&1 | tail -1)
  echo "$times" | awk '{printf "%.2f %.2f\n", $1, $2 + $3}'
}

one_run --no-discover >/dev/null   # a warm-up: the page cache holds the corpus for every timed run
on=()
off=()
for ((r = 0; r < runs; r++)); do
  off+=("$(one_run --no-discover)")
  on+=("$(one_run)")
done
t_off=$(printf '%s\n' "${off[@]}" | cut -d' ' -f1 | median)
t_on=$(printf '%s\n' "${on[@]}" | cut -d' ' -f1 | median)
c_off=$(printf '%s\n' "${off[@]}" | cut -d' ' -f2 | median)
c_on=$(printf '%s\n' "${on[@]}" | cut -d' ' -f2 | median)
figures=$(grep -E '"discovered_(entities|mentions)"' "$scratch/discovery-out/run.json" | tr -d ' ,"' | tr '\n' ' ')

echo "corpus: $corpus ($mb MB, real news in 6 languages, repeated), --threads $threads, median of $runs runs$([ "$stress" = 1 ] && echo ", with the stress rules")"
echo
echo "| build | wall s | MB/s | CPU s | MB per CPU s |"
echo "|---|---|---|---|---|"
echo "| --no-discover | $t_off | $(calc %.1f "$mb / $t_off") | $c_off | $(calc %.1f "$mb / $c_off") |"
echo "| discovery on | $t_on | $(calc %.1f "$mb / $t_on") | $c_on | $(calc %.1f "$mb / $c_on") |"
echo
echo "throughput with discovery / without: $(calc %.3f "$t_off / $t_on") by wall time, $(calc %.3f "$c_off / $c_on") by CPU time (target >= 0.75); $figures"
