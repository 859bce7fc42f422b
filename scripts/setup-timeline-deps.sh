#!/usr/bin/env bash
# Installs what the KheshtTimeline tests call: python jsonschema and jdatetime in the project venv
# ($KHESHT_VENV, default <root>/.venv) and Debian's chromium. Safe to run again; meant to be called from the
# project's setup script and CI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${KHESHT_VENV:-$root/.venv}
[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/pip" install -q jsonschema jdatetime
if ! command -v chromium >/dev/null 2>&1; then
    apt-get install -y chromium >/dev/null
fi
"$venv/bin/python" -c "import jsonschema, jdatetime"
chromium --version
