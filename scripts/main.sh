#!/usr/bin/env bash
# The main job on the embedded default store: build, ingest the bundled corpus (data/articles) into ./khesht.sqlite,
# then open the REPL on a terminal — or, when not on a terminal, answer the example questions (examples/questions).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build -c release --product khesht
khesht="$root/.build/release/khesht"
export KHESHT_DB=${KHESHT_DB:-$root/khesht.sqlite}
"$khesht" ingest data/articles
if [[ -t 0 && -t 1 ]]; then
    exec "$khesht" repl
fi
for question in examples/questions/*.khq; do
    echo
    sed -n 's/^# /## /p' "$question"
    "$khesht" query -f "$question"
done
