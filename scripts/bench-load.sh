#!/usr/bin/env bash
# Benchmarks `khesht load` against `oxigraph load` on the same generated N-Triples file, in the same run.
# Prints wall time, statements per second, CPU time (user+sys) and peak RSS of each, and the ratios.
# On a busy machine compare CPU time too: wall time then also measures who got the cores.
#
# usage: scripts/bench-load.sh [TRIPLES=1000000]
# env:   KHESHT_VENV (default <repo>/.venv) holds the oxigraph CLI (installed there when missing);
#        KHESHT_BIN skips the release build and uses that binary.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000000}"
venv="${KHESHT_VENV:-$root/.venv}"
work="$(mktemp -d "${TMPDIR:-/tmp}/khesht-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time (for peak RSS)" >&2
    apt-get install -y -qq time >/dev/null
fi
if [ ! -x "$venv/bin/oxigraph" ]; then
    echo "installing oxigraph into $venv" >&2
    [ -x "$venv/bin/python3" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install -q oxigraph
fi
if [ -n "${KHESHT_BIN:-}" ]; then
    khesht="$KHESHT_BIN"
else
    (cd "$root" && swift build -c release --product khesht >&2)
    khesht="$root/.build/release/khesht"
fi

data="$work/bench.nt"
python3 "$root/scripts/generate-triples.py" "$count" "$data"
echo "file: $count triples, $(du -h "$data" | cut -f1)"

# run NAME COMMAND...: times one load, leaves "seconds rss_kib" in $work/NAME.result
run() {
    local name="$1"; shift
    /usr/bin/time -f "%e %M %U %S" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || {
        echo "$name failed:" >&2; cat "$work/$name.err" >&2; exit 1; }
    cat "$work/$name.time"
}

read -r k_sec k_rss k_user k_sys < <(run khesht "$khesht" load --quiet --db "$work/khesht.sqlite" "$data")
read -r o_sec o_rss o_user o_sys < <(run oxigraph "$venv/bin/oxigraph" load --location "$work/oxigraph" --file "$data")

k_count="$("$khesht" stats --db "$work/khesht.sqlite" | head -1)"
echo "khesht stats: $k_count"

python3 - "$count" "$k_sec" "$k_rss" "$o_sec" "$o_rss" "$k_user" "$k_sys" "$o_user" "$o_sys" <<'PY'
import sys
n = int(sys.argv[1]); ks, kr, os_, orss = float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
kcpu, ocpu = float(sys.argv[6]) + float(sys.argv[7]), float(sys.argv[8]) + float(sys.argv[9])
row = "{:<10} {:>9} {:>14} {:>12} {:>12}"
print(row.format("tool", "seconds", "triples/s", "CPU seconds", "peak RSS MiB"))
print(row.format("khesht", f"{ks:.2f}", f"{n / max(ks, 1e-9):,.0f}", f"{kcpu:.2f}", f"{kr / 1024:.0f}"))
print(row.format("oxigraph", f"{os_:.2f}", f"{n / max(os_, 1e-9):,.0f}", f"{ocpu:.2f}", f"{orss / 1024:.0f}"))
print(f"khesht/oxigraph: wall time {ks / max(os_, 1e-9):.2f}x, CPU time {kcpu / max(ocpu, 1e-9):.2f}x, "
      f"peak RSS {kr / max(orss, 1):.2f}x")
PY
