#!/usr/bin/env bash
# Installs everything Khesht builds with and tests against, on a fresh Debian machine (run as root):
# system libraries (libxml2, libedit), the external validators and tools the tests call (rapper, sqlite3, chromium,
# tmux, GNU time), and a Python virtual environment (<root>/.venv, or $KHESHT_VENV) with rdflib, Oxigraph, jdatetime
# and jsonschema. Safe to run again: it only installs what is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${KHESHT_VENV:-$root/.venv}

packages=(libxml2-dev libedit-dev raptor2-utils sqlite3 chromium tmux time python3-venv pkg-config)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python_packages=(rdflib pyoxigraph oxigraph jdatetime jsonschema)
[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
if ! "$venv/bin/python" -c "import rdflib, pyoxigraph, jdatetime, jsonschema" 2>/dev/null || [[ ! -x $venv/bin/oxigraph ]]; then
    echo "setup: installing ${python_packages[*]} into $venv" >&2
    "$venv/bin/pip" install -q "${python_packages[@]}"
fi
"$venv/bin/python" -c "import rdflib, pyoxigraph, jdatetime, jsonschema"
for tool in rapper sqlite3 chromium tmux pkg-config; do command -v "$tool" >/dev/null || { echo "setup: $tool missing" >&2; exit 1; }; done
pkg-config --exists libxml-2.0 libedit || { echo "setup: libxml2/libedit headers missing" >&2; exit 1; }
