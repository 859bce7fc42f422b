#!/usr/bin/env bash
# Benchmark (not a test): the median latency of every examples/questions/*.khq with Khesht, side by side with the
# equivalent SPARQL (`explain sparql`) run by Oxigraph (pyoxigraph) on the same data, in the same run, with ratios.
#
# The knowledge base: data/articles ingested (so the questions' entities — Milad Tower, Golden Brick, Mohsen
# Hashemi… — exist), plus COUNT generated quads of the same shape (scripts/generate-kb.py, some linked to those
# entities) loaded with `khesht load`. The whole store is dumped as N-Quads and bulk-loaded into an in-memory
# pyoxigraph Store. Khesht is timed inside its process (`khesht query --repeat RUNS`), Oxigraph inside Python:
# neither pays process start-up or result printing. Selective look-ups (a named entity, at most 100 rows) over
# 5 ms are flagged.
#
# usage: scripts/bench-query.sh [COUNT=1000000] [RUNS=20]
# env:   KHESHT_VENV (default <repo>/.venv) holds pyoxigraph (installed there when missing);
#        KHESHT_BASELINE times an earlier khesht binary beside it (before/after ratios in one run);
#        KHESHT_BIN skips the release build and uses that binary; KHESHT_BENCH_DIR keeps the data there (reused
#        when it already holds a database built with the same COUNT).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000000}"
runs="${2:-20}"
venv="${KHESHT_VENV:-$root/.venv}"
if [ -n "${KHESHT_BENCH_DIR:-}" ]; then
    work="$KHESHT_BENCH_DIR"; mkdir -p "$work"
else
    work="$(mktemp -d "${TMPDIR:-/tmp}/khesht-query-bench.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
fi

if ! "$venv/bin/python3" -c "import pyoxigraph" 2>/dev/null; then
    echo "installing pyoxigraph into $venv" >&2
    [ -x "$venv/bin/python3" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install -q pyoxigraph
fi
if [ -n "${KHESHT_BIN:-}" ]; then
    khesht="$KHESHT_BIN"
else
    (cd "$root" && swift build -c release --product khesht >&2)
    khesht="$root/.build/release/khesht"
fi

db="$work/kb-$count.sqlite"
if [ ! -s "$db" ] || [ ! -s "$work/kb-$count.nq" ]; then
    rm -f "$db" "$db"-*
    echo "ingesting data/articles" >&2
    "$khesht" --db "$db" ingest --quiet "$root/data/articles" >&2
    "$khesht" --db "$db" dump --format nquads > "$work/corpus.nq"
    python3 "$root/scripts/generate-kb.py" "$work/generated.nq" "$count" --link-to "$work/corpus.nq" >&2
    "$khesht" --db "$db" load "$work/generated.nq" >&2
    "$khesht" --db "$db" dump --format nquads > "$work/kb-$count.nq"
    rm -f "$work/generated.nq"
fi
echo "knowledge base: $(wc -l < "$work/kb-$count.nq") quads ($("$khesht" --db "$db" stats | head -1))"
echo "khesht: $khesht (release), $runs timed runs per question after one untimed run"
"$venv/bin/python3" "$root/scripts/bench-query.py" "$khesht" "$db" "$work/kb-$count.nq" "$root/examples/questions" "$runs"
