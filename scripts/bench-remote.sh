#!/usr/bin/env bash
# Khesht's overhead against a SPARQL server: each example question answered through `khesht query --store`
# (name resolution, translation, HTTP, decoding, label lookup, rendering, process start) versus the same SPARQL
# (`explain sparql`) POSTed directly to Oxigraph with curl. Prints per-question medians and the ratio.
# Usage: scripts/bench-remote.sh [RUNS]   (needs oxigraph from scripts/setup.sh, curl, a built khesht)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
khesht="${KHESHT_BIN:-.build/debug/khesht}"
oxigraph="${KHESHT_VENV:-.venv}/bin/oxigraph"
[ -x "$khesht" ] || { echo "build khesht first: swift build --product khesht" >&2; exit 1; }
[ -x "$oxigraph" ] || oxigraph="$(command -v oxigraph)" || { echo "oxigraph not found; run scripts/setup.sh" >&2; exit 1; }
work="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$oxigraph" serve --location "$work/ox" --bind "127.0.0.1:$port" >"$work/ox.log" 2>&1 &
server=$!
trap 'kill -9 $server 2>/dev/null; rm -rf "$work"' EXIT
url="http://127.0.0.1:$port"
until curl -s -o /dev/null "$url/query?query=ASK%7B%7D"; do sleep 0.1; done
"$khesht" --db "$work/kb.sqlite" ingest --quiet data/articles >/dev/null
"$khesht" --db "$work/kb.sqlite" sync --to "$url" --quiet >/dev/null

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-32s %10s %10s %7s\n' question khesht_ms direct_ms ratio
total_k=0; total_d=0
for q in examples/questions/*.khq; do
  text="$(grep -v '^#' "$q")"
  case "$text" in find*) ;; *) continue ;; esac
  sparql="$("$khesht" query --store "$url" --format csv "explain sparql $text")"
  k=$(for _ in $(seq "$runs"); do s=$(now); "$khesht" query --store "$url" -f "$q" --format csv >/dev/null; echo $(( ($(now) - s) / 1000 )); done | median)
  d=$(for _ in $(seq "$runs"); do s=$(now); curl -s -o /dev/null -H 'Accept: application/sparql-results+json' --data-urlencode "query=$sparql" "$url/query"; echo $(( ($(now) - s) / 1000 )); done | median)
  total_k=$((total_k + k)); total_d=$((total_d + d))
  printf '%-32s %10.1f %10.1f %7.1f\n' "$(basename "$q" .khq)" "$(echo "$k/1000" | bc -l)" "$(echo "$d/1000" | bc -l)" "$(echo "$k/$d" | bc -l)"
done
printf '%-32s %10.1f %10.1f %7.1f\n' total "$(echo "$total_k/1000" | bc -l)" "$(echo "$total_d/1000" | bc -l)" "$(echo "$total_k/$total_d" | bc -l)"
