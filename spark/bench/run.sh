#!/usr/bin/env bash
# Measures the Spark job in local[2] on a generated crawl of real news pages.
# Usage (from spark/, after `mvn -B install -DskipTests` at the root):
#   bench/run.sh [PAGES] [FILES]        defaults: 3000 pages in 8 WARC files
# Prints the generator's summary, the job's summary line (pages/s of the run, Spark start excluded),
# the wall time of the whole JVM, and a no-Spark baseline of the same cleaning with 2 threads.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-3000}
FILES=${2:-8}
OUT=target/bench
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
JVM_OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)
export SPARK_LOCAL_IP=127.0.0.1
rm -rf "$OUT"
java -cp "$CP" io.textmend.spark.bench.BenchCrawl "$OUT/crawl" "$PAGES" "$FILES"
start=$(date +%s.%N)
# shellcheck disable=SC2086
java $JVM_OPTS -Xmx2g -Dspark.master='local[2]' -Dspark.ui.enabled=false -Dlog4j2.level=warn \
  -cp "$CP" io.textmend.spark.CleanJob --files-from "$OUT/crawl/paths.txt" -o "$OUT/out" "${@:3}"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v p="$PAGES" 'BEGIN { printf "wall time of the JVM (Spark start included): %.1f s, %.1f pages/s\n", e - s, p / (e - s) }'
java -Xmx1g -cp "$CP" io.textmend.spark.bench.BenchCrawl --baseline "$PAGES" 2
