#!/usr/bin/env bash
# Benchmarks N-Triples → RDF/XML conversion: Khesht's streaming RDFXMLWriter against Oxigraph's and raptor's.
#
#   scripts/bench-export.sh                 # 1,000,000 triples
#   TRIPLES=200000 scripts/bench-export.sh  # smaller run
#
# Environment:
#   TRIPLES     number of triples to generate (default 1000000)
#   BENCH_DIR   scratch folder (default /tmp/khesht-bench-export); the data file is reused when it has TRIPLES lines
#   KHESHT      the khesht binary (default .build/release/khesht, built with `swift build -c release` when missing)
#   KHESHT_VENV virtual environment with the `oxigraph` CLI (default .venv; `pip install oxigraph`)
#   VERIFY=0    skip re-reading Khesht's output with rapper to check the triple count
#
# Prints, per tool: seconds, triples per second, peak resident memory (from /usr/bin/time -v), and each tool's
# time and memory as a multiple of Khesht's. Every tool must succeed: a missing tool is an error, not a skip.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
triples="${TRIPLES:-1000000}"
dir="${BENCH_DIR:-/tmp/khesht-bench-export}"
khesht="${KHESHT:-$root/.build/release/khesht}"
venv="${KHESHT_VENV:-$root/.venv}"
oxigraph="$venv/bin/oxigraph"
[ -x "$oxigraph" ] || oxigraph="$(command -v oxigraph || true)"

fail() { echo "bench-export: $*" >&2; exit 1; }
[ -x /usr/bin/time ] || fail "/usr/bin/time is missing (apt-get install time)"
command -v rapper >/dev/null || fail "rapper is missing (apt-get install raptor2-utils)"
[ -n "$oxigraph" ] || fail "the oxigraph CLI is missing ($venv/bin/pip install oxigraph, or set KHESHT_VENV)"
if [ ! -x "$khesht" ]; then
    echo "building khesht (release)…" >&2
    (cd "$root" && swift build -c release --product khesht >&2)
fi
[ -x "$khesht" ] || fail "no khesht binary at $khesht"

mkdir -p "$dir"
input="$dir/input.nt"

# Data shaped like Khesht's: entities with types, Persian and English labels, dates, links, blank nodes, and
# provenance-like numbers; a few subjects repeat so grouping and prefixes are exercised.
if [ ! -f "$input" ] || [ "$(wc -l < "$input")" -ne "$triples" ]; then
    echo "generating $triples triples in $input…" >&2
    awk -v n="$triples" 'BEGIN {
        khr = "https://w3id.org/khesht/id/"; kh = "https://w3id.org/khesht/ontology#"; s = "https://schema.org/";
        rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"; rdfs = "http://www.w3.org/2000/01/rdf-schema#";
        xsd = "http://www.w3.org/2001/XMLSchema#"; ex = "http://example.org/vocab/";
        split("Event Person Organization Place", types, " ");
        for (i = 0; i < n; i++) {
            e = int(i / 8); k = i % 8; subj = "<" khr "entity/" e ">";
            if (k == 0)      print subj " <" rdf "type> <" s types[e % 4 + 1] "> .";
            else if (k == 1) print subj " <" rdfs "label> \"جایزه جهانی خشت طلایی شماره " e "\"@fa .";
            else if (k == 2) print subj " <" rdfs "label> \"Golden Brick award number " e "\"@en .";
            else if (k == 3) print subj " <" s "startDate> \"2019-" sprintf("%02d", e % 12 + 1) "-" sprintf("%02d", e % 28 + 1) "\"^^<" xsd "date> .";
            else if (k == 4) print subj " <" kh "recipient> <" khr "entity/" (e * 7 + 3) % (n / 8 + 1) "> .";
            else if (k == 5) print subj " <" ex "note> \"line one\\nline two \\\"quoted\\\" & <b>\" .";
            else if (k == 6) print subj " <" kh "attendee> _:b" e " .";
            else             print "_:b" e " <" kh "confidence> \"0." (e % 100) "\"^^<" xsd "decimal> .";
        }
    }' > "$input"
fi

# Runs a command under /usr/bin/time -v; sets `seconds`, `cpu` (user + system seconds) and `rss_kb`.
measure() {
    local log="$dir/time.log"
    if ! /usr/bin/time -v "$@" > "$dir/stdout.log" 2> "$log"; then
        cat "$log" >&2
        fail "failed: $*"
    fi
    seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")"
    rss_kb="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")"
    cpu="$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")"
}

declare -A time_of rss_of cpu_of
run() {
    local name="$1"; shift
    echo "running $name…" >&2
    measure "$@"
    time_of[$name]="$seconds"
    cpu_of[$name]="$cpu"
    rss_of[$name]="$rss_kb"
}

run khesht "$khesht" export --format rdfxml --from-ntriples "$input" -o "$dir/khesht.rdf"
run oxigraph "$oxigraph" convert --from-file "$input" --from-format nt --to-file "$dir/oxigraph.rdf" --to-format rdf
run rapper sh -c 'rapper -q -i ntriples -o rdfxml "$1" > "$2"' rapper "$input" "$dir/rapper.rdf"

if [ "${VERIFY:-1}" != 0 ]; then
    count="$(rapper -q -i rdfxml -c "$dir/khesht.rdf" 2>&1 | awk '/returned/ { print $(NF-1) }')"
    [ -n "$count" ] || count="$(rapper -i rdfxml -c "$dir/khesht.rdf" 2>&1 | grep -o '[0-9]* triples' | awk '{print $1}')"
    [ "$count" = "$triples" ] || fail "rapper read $count triples back from Khesht's output, expected $triples"
    echo "verified: rapper reads $count triples back from Khesht's RDF/XML" >&2
fi

# CPU seconds are shown too: on a shared machine wall time mostly measures the other jobs.
printf '\n%-10s %10s %14s %8s %10s %12s %12s %12s %10s\n' tool seconds triples/s "CPU s" "CPU ×kh" "peak RSS MB" "output MB" "time ×khesht" "RSS ×khesht"
for name in khesht oxigraph rapper; do
    awk -v name="$name" -v s="${time_of[$name]}" -v r="${rss_of[$name]}" -v n="$triples" \
        -v ks="${time_of[khesht]}" -v kr="${rss_of[khesht]}" -v size="$(stat -c %s "$dir/$name.rdf")" \
        -v c="${cpu_of[$name]}" -v kc="${cpu_of[khesht]}" 'BEGIN {
        printf "%-10s %10.2f %14.0f %8.2f %10.2f %12.1f %12.1f %12.2f %10.2f\n", name, s, (s > 0 ? n / s : 0), c,
            (kc > 0 ? c / kc : 0), r / 1024, size / 1048576, (ks > 0 ? s / ks : 0), (kr > 0 ? r / kr : 0) }'
done
