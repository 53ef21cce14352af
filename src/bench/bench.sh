#!/usr/bin/env bash
# End-to-end benchmark of comention on synthetic corpora; see README, "Speed" and "Development".
#
# usage: src/bench/bench.sh [--scratch DIR] [--formats jsonl,csv,txt] [--threads "1 2"] [--seed N]
#                           [--jmh] [SIZE_MB ...]            (default sizes: 10 100; 1000 on request)
#
# For each size and format it generates a corpus (org.comention.bench.SyntheticCorpus, seeded, so
# every run measures the same bytes), times `cat` over it as the reference of what the disk and
# page cache give, then `comention build --quiet --threads T`, and prints a Markdown table.
# Extra build options go in BUILD_ARGS (e.g. BUILD_ARGS="--top-edges 1000"), JMH options in
# JMH_ARGS (e.g. JMH_ARGS="MatcherBenchmark -p lang=ar"), JVM options for the builds in JAVA_OPTS
# (e.g. JAVA_OPTS=-Xmx1g: the JVM's default heap may grow to a quarter of RAM, so peak RSS without a
# limit says more about the JVM's sizing than about what a run needs).
set -euo pipefail

cd "$(dirname "$0")/../.."
root=$(pwd)
scratch=target/bench
formats=jsonl
threads="1 2"
seed=1
jmh=0
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scratch) scratch=$2; shift 2 ;;
    --formats) formats=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --jmh) jmh=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "bench.sh: unknown option $1" >&2; exit 1 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100)
build_args=${BUILD_ARGS:-}

# Scratch data never goes into the repository: only under target/ (git-ignored) or outside it.
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)
case "$scratch/" in
  "$root/target/"*) ;;
  "$root/"*) echo "bench.sh: --scratch $scratch is inside the repository; use target/... or a directory outside it" >&2; exit 1 ;;
esac

if [ ! -f target/comention.jar ]; then
  echo "bench.sh: building target/comention.jar" >&2
  mvn -q package -DskipTests
fi
if [ ! -f target/cp.txt ] || [ ! -f target/test-classes/org/comention/bench/SyntheticCorpus.class ]; then
  echo "bench.sh: compiling the generators and benchmarks" >&2
  mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
fi
cp="target/test-classes:target/classes:$(cat target/cp.txt)"

now() { date +%s.%N; }
calc() { awk "BEGIN {printf \"$1\", $2}"; }   # calc FORMAT EXPRESSION: bc prints .5, not 0.5
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

# run_measured CMD...: prints "seconds peak_rss_kb" of one run. /usr/bin/time (Debian's `time`)
# gives the peak RSS; without it the peak is VmHWM of the process, polled from /proc until it ends.
run_measured() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$scratch/time.txt" "$@" >/dev/null
    cat "$scratch/time.txt"
  else
    local start end pid hwm=0 h
    start=$(now)
    "$@" >/dev/null &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      h=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$h" ] && hwm=$h
      sleep 0.1
    done
    wait "$pid"
    end=$(now)
    echo "$(calc %.2f "$end - $start") $hwm"
  fi
}
[ -x /usr/bin/time ] || echo "bench.sh: no /usr/bin/time; peak RSS is VmHWM polled from /proc every 0.1 s" >&2

bytes_of() {
  if [ -d "$1" ]; then find -L "$1" -type f -printf '%s\n' | awk '{s += $1} END {print s}'; else stat -L -c %s "$1"; fi
}
cat_all() {
  if [ -d "$1" ]; then find "$1" -type f -exec cat {} + >/dev/null; else cat "$1" >/dev/null; fi
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
echo "build options: --quiet --threads T ${build_args}; JVM options: ${JAVA_OPTS:-none}"
echo
echo "| size MB | format | threads | seconds | MB/s | documents/s | peak RSS MB | cat MB/s | ratio to cat |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for size in "${sizes[@]}"; do
  runs=3
  [ "$(calc %d "($size > 100)")" -eq 1 ] && runs=1
  for format in ${formats//,/ }; do
    corpus="$scratch/corpus-${size}mb-seed${seed}.$format"
    [ "$format" = txt ] && corpus="$scratch/corpus-${size}mb-seed${seed}-txt"
    if [ ! -e "$corpus" ]; then
      java -cp "$cp" org.comention.bench.SyntheticCorpus "$size" "$format" "$corpus.tmp" "$seed" 2>/dev/null
      mv "$corpus.tmp" "$corpus"
    fi
    bytes=$(bytes_of "$corpus")
    mb=$(calc %.3f "$bytes / 1000000")
    cat_seconds=$(for r in $(seq "$runs"); do s=$(now); cat_all "$corpus"; e=$(now); calc %.4f "$e - $s"; echo; done | median)
    cat_rate=$(calc %.1f "$mb / $cat_seconds")
    for t in $threads; do
      results=$(for r in $(seq "$runs"); do
        # shellcheck disable=SC2086
        run_measured java ${JAVA_OPTS:-} -jar target/comention.jar build --input "$corpus" --output "$scratch/out" --quiet --threads "$t" $build_args
      done)
      seconds=$(echo "$results" | awk '{print $1}' | median)
      rss_kb=$(echo "$results" | awk '{print $2}' | median)
      documents=$(grep -o '"documents_read" *: *[0-9]*' "$scratch/out/run.json" | grep -o '[0-9]*$')
      printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$size" "$format" "$t" "$seconds" \
        "$(calc %.2f "$mb / $seconds")" "$(calc %.0f "$documents / $seconds")" \
        "$((rss_kb / 1024))" "$cat_rate" "$(calc %.4f "($mb / $seconds) / $cat_rate")"
    done
  done
done

echo
help_s=$(for r in 1 2 3 4 5; do run_measured java -jar target/comention.jar --help | awk '{print $1}'; done | median)
seeds=$(for r in 1 2 3; do run_measured java -jar target/comention.jar build --input data/articles --output "$scratch/seeds-out" --quiet; done)
echo "comention --help: ${help_s} s (median of 5)"
echo "build on data/articles (5 seeds): $(echo "$seeds" | awk '{print $1}' | median) s, peak RSS $(( $(echo "$seeds" | awk '{print $2}' | median) / 1024 )) MB (median of 3)"

if [ "$jmh" -eq 1 ]; then
  echo
  # shellcheck disable=SC2086
  java -cp "$cp" org.openjdk.jmh.Main ${JMH_ARGS:-} -rff "$scratch/jmh.csv" | tee "$scratch/jmh.txt" | grep -A100 '^Benchmark'
fi
