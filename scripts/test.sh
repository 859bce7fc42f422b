#!/usr/bin/env bash
# Runs the whole test suite: installs what the tests need (scripts/setup.sh), builds, and runs every test.
# External validators (rapper, rdflib, Oxigraph, jdatetime, chromium, tmux) really run; a missing one fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
export KHESHT_VENV=${KHESHT_VENV:-$root/.venv}
swift build --build-tests
swift test "$@"
