#!/bin/sh
# `textmend fix` through the CLI, JVM start included (issue 3): 100 MB of clean multilingual text and
# 25 MB of mojibake (UTF-8 read as windows-1252), generated from test-fixtures/corpora under
# $BENCH_DIR (default /tmp/textmend-bench). Prints seconds, MB/s and peak RSS per run; checks that
# the clean file comes back byte for byte.
set -e
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
dir=${BENCH_DIR:-/tmp/textmend-bench}
jar="$here/target/textmend-cli.jar"
"$here/textmend" --version >/dev/null
mkdir -p "$dir"
[ -f "$dir/clean-100.txt" ] || python3 "$here/bench/gen.py" clean-text "$dir/clean-100.txt" 100
[ -f "$dir/mojibake-25.txt" ] || python3 "$here/bench/gen.py" mojibake "$dir/mojibake-25.txt" 25
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for f in clean-100.txt mojibake-25.txt; do
  for t in 1 2; do
    /usr/bin/time -f "%e %M" -o "$dir/time" java ${JAVA_OPTS:-} -jar "$jar" fix --threads "$t" "$dir/$f" > "$dir/fixed.txt"
    set -- $(tail -n 1 "$dir/time")
    bytes=$(wc -c < "$dir/$f")
    same=$(cmp -s "$dir/$f" "$dir/fixed.txt" && echo "output identical to input" || echo "output differs: $(cmp "$dir/$f" "$dir/fixed.txt" | head -n 1)")
    awk -v n="$f" -v t="$t" -v s="$1" -v b="$bytes" -v m="$2" -v x="$same" 'BEGIN {
      printf "fix %-16s threads %d  %6.2f s  %7.1f MB/s  peak RSS %4.0f MB  (%s)\n", n, t, s, b / 1e6 / s, m / 1024, x }'
  done
done
rm -f "$dir/fixed.txt"
