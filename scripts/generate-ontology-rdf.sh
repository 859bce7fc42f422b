#!/usr/bin/env bash
# Writes schema/khesht.rdf (RDF/XML, for Protégé and other OWL tools) from schema/khesht.ttl: rapper reads the Turtle,
# Khesht's own RDF/XML writer writes the result. A test fails when the checked-in file is stale; rerun this then.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build --product khesht >/dev/null
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
rapper -q -i turtle -o ntriples schema/khesht.ttl > "$tmp"
.build/debug/khesht export --from-ntriples "$tmp" -o schema/khesht.rdf
