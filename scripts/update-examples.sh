#!/usr/bin/env bash
# Re-answers every question in examples/questions/ on the bundled corpus and writes the answers beside them
# (NN-name.csv). Run after a change to extraction, then read the diff: the answers are part of the review.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build --product khesht >/dev/null
db=$(mktemp -d)/examples.sqlite
.build/debug/khesht --db "$db" ingest --quiet data/articles >/dev/null
for question in examples/questions/*.khq; do
    .build/debug/khesht --db "$db" query -f "$question" --format csv > "${question%.khq}.csv"
done
rm -rf "$(dirname "$db")"
