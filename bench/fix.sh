#!/bin/sh
# `textmend fix` through the CLI, JVM start included (issue 3): 100 MB of clean multilingual text,
# 25 MB of mojibake (UTF-8 read as windows-1252) and, as the ceiling of the CLI's own streaming,
# 100 MB of ASCII (which never reaches the repair engine). Inputs are generated from
# test-fixtures/corpora under $BENCH_DIR (default /tmp/textmend-bench). Prints seconds, MB/s, peak RSS
# and how many lines came out as expected (clean text: unchanged; mojibake: the undamaged original).
#   JAVA_OPTS=-Xmx256m bench/fix.sh
set -e
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
dir=${BENCH_DIR:-/tmp/textmend-bench}
"$here/textmend" --version >/dev/null
mkdir -p "$dir"
jar="$dir/textmend-fix.jar"   # a copy, so a rebuild during the runs cannot disturb them
cp "$here/target/textmend-cli.jar" "$jar"
[ -f "$dir/clean-100.txt" ] || python3 "$here/bench/gen.py" clean-text "$dir/clean-100.txt" 100
[ -f "$dir/mojibake-25.txt" ] || python3 "$here/bench/gen.py" mojibake "$dir/mojibake-25.txt" 25
[ -f "$dir/ascii-100.txt" ] || python3 "$here/bench/gen.py" ascii "$dir/ascii-100.txt" 100
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); JAVA_OPTS=${JAVA_OPTS:-}"
for f in clean-100.txt mojibake-25.txt ascii-100.txt; do
  want="$dir/$f"
  [ -f "$dir/$f.expected" ] && want="$dir/$f.expected"
  for t in 1 2; do
    /usr/bin/time -f "%e %M" -o "$dir/time" java ${JAVA_OPTS:-} -jar "$jar" fix --threads "$t" "$dir/$f" > "$dir/fixed.txt"
    set -- $(tail -n 1 "$dir/time")
    bytes=$(wc -c < "$dir/$f")
    lines=$(wc -l < "$want")
    ok=$(awk -v f="$dir/fixed.txt" '{ if ((getline l < f) > 0 && l == $0) ok++ } END { print ok + 0 }' "$want")
    awk -v n="$f" -v t="$t" -v s="$1" -v b="$bytes" -v m="$2" -v ok="$ok" -v l="$lines" 'BEGIN {
      printf "fix %-16s threads %d  %6.2f s  %7.1f MB/s  peak RSS %4.0f MB  lines as expected %d/%d\n", n, t, s, b / 1e6 / s, m / 1024, ok, l }'
  done
done
rm -f "$dir/fixed.txt"
