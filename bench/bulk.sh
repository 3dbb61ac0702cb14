#!/bin/sh
# Bulk-cleaning benchmark: `textmend clean` over a 10,000-page text tree, a 10,000-page HTML tree and a
# JSON Lines file (1 GB by default), with 1 and 2 threads, JVM start included. Inputs are generated
# from test-fixtures/corpora under $BENCH_DIR (default /tmp/textmend-bench), never in the repository.
#   bench/bulk.sh                 everything
#   JSONL_MB=200 bench/bulk.sh    a smaller JSON Lines file
#   PAGES=2000 bench/bulk.sh      smaller trees
# Prints one line per run: what, threads, seconds, pages (or records) per second, MB/s, peak RSS,
# and the user and system CPU seconds (all threads: workers, JIT compilers, GC).
set -e
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
dir=${BENCH_DIR:-/tmp/textmend-bench}
pages=${PAGES:-10000}
jsonl_mb=${JSONL_MB:-1000}
"$here/textmend" --version >/dev/null
mkdir -p "$dir"
jar="$dir/textmend-bulk.jar"   # a copy, so a rebuild during the runs cannot disturb them
cp "$here/target/textmend-cli.jar" "$jar"
[ -d "$dir/tree-text-$pages" ] || python3 "$here/bench/gen.py" tree-text "$dir/tree-text-$pages" "$pages"
[ -d "$dir/tree-html-$pages" ] || python3 "$here/bench/gen.py" tree-html "$dir/tree-html-$pages" "$pages"
[ -f "$dir/pages-$jsonl_mb.jsonl" ] || python3 "$here/bench/gen.py" jsonl "$dir/pages-$jsonl_mb.jsonl" "$jsonl_mb"

# run NAME ITEMS BYTES THREADS ARGS...: one timed run, output into a fresh folder. Outputs are only
# deleted after the last run: ext4 allocates inodes slowly right after many were deleted (the
# kernel skips recently freed ones), which made a run after `rm -rf out` spend seconds in the kernel.
runs=0
run() {
  name=$1; items=$2; bytes=$3; threads=$4; shift 4
  runs=$((runs + 1)); out="$dir/out-$$-$runs"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M %U %S" -o "$dir/time" java ${JAVA_OPTS:-} -jar "$jar" clean --threads "$threads" -q -o "$out" "$@" || true
    set -- $(tail -n 1 "$dir/time"); secs=$1; rss_kb=$2; user=$3; sys=$4
  else
    t0=$(date +%s.%N); java ${JAVA_OPTS:-} -jar "$jar" clean --threads "$threads" -q -o "$out" "$@" || true
    secs=$(echo "$(date +%s.%N) - $t0" | bc); rss_kb=0; user=0; sys=0
  fi
  awk -v n="$name" -v t="$threads" -v s="$secs" -v i="$items" -v b="$bytes" -v m="$rss_kb" -v u="$user" -v y="$sys" 'BEGIN {
    printf "%-22s threads %d  %7.2f s  %8.0f items/s  %7.1f MB/s  peak RSS %4.0f MB  cpu %5.1f user %4.1f sys\n", n, t, s, i / s, b / 1e6 / s, m / 1024, u, y }'
}

size() { du -sb "$1" | cut -f1; }
text_bytes=$(size "$dir/tree-text-$pages"); html_bytes=$(size "$dir/tree-html-$pages")
jsonl_bytes=$(size "$dir/pages-$jsonl_mb.jsonl"); records=$(wc -l < "$dir/pages-$jsonl_mb.jsonl")
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); java $(java -version 2>&1 | head -n 1)"
for t in 1 2; do
  run "text tree ($pages)" "$pages" "$text_bytes" "$t" -r "$dir/tree-text-$pages"
  run "html tree ($pages)" "$pages" "$html_bytes" "$t" -r "$dir/tree-html-$pages"
  run "jsonl ($jsonl_mb MB, $records rec)" "$records" "$jsonl_bytes" "$t" --jsonl "$dir/pages-$jsonl_mb.jsonl"
done
rm -rf "$dir"/out-$$-*
