#!/usr/bin/env bash
# Benchmark (not a test): ingest a generated corpus and print articles/s, MB/s and peak RSS, at two corpus sizes so
# that memory growth with corpus size shows. Usage: scripts/bench-ingest.sh [COUNT] (default 10000).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
swift build -c release --product khesht >/dev/null
khesht="$root/.build/release/khesht"
command -v /usr/bin/time >/dev/null || { echo "GNU time is missing: run scripts/setup.sh" >&2; exit 1; }

run() { # run N: generate N articles, ingest them into a fresh database, print one line of numbers
    local n=$1 dir="$work/corpus-$1" db="$work/bench-$1.sqlite"
    python3 "$root/scripts/generate-articles.py" "$dir" "$n" --seed 42
    local bytes; bytes=$(du -sb "$dir" | cut -f1)
    /usr/bin/time -v taskset -c 0 "$khesht" --db "$db" ingest --quiet "$dir" > "$work/out-$n.txt" 2> "$work/time-$n.txt"
    local seconds rss cpu
    cpu=$(grep "User time (seconds)" "$work/time-$n.txt" | awk -F': ' '{print $2}')
    seconds=$(grep "Elapsed (wall clock)" "$work/time-$n.txt" | awk -F': ' '{print $2}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep "Maximum resident set size" "$work/time-$n.txt" | awk -F': ' '{print $2}')
    python3 - "$n" "$bytes" "$seconds" "$rss" "$cpu" <<'PY'
import sys
n, size, seconds, rss, cpu = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
print(f"{n:>7} articles  {size/1e6:7.1f} MB  wall {seconds:7.2f} s  {n/seconds:6.0f} articles/s  "
      f"{size/1e6/seconds:5.2f} MB/s  | user CPU {cpu:6.2f} s  {n/cpu:6.0f} articles/CPU-s  | peak RSS {rss/1024:6.1f} MiB")
PY
    tail -1 "$work/out-$n.txt"
}

echo "khesht ingest, release build, pinned to one core (taskset -c 0); on a shared machine trust the CPU column"
run $((count / 5))
run "$count"
