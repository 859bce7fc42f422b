#!/usr/bin/env bash
# Renders a timeline HTML page to a PNG with headless Chromium (no network: the page is self-contained).
#
# Usage: scripts/timeline-screenshot.sh HTMLFILE PNG [WIDTHxHEIGHT]
#   WIDTHxHEIGHT defaults to 1200x800. Installs Debian's chromium when it is missing (needs root).
#   Environment: CHROMIUM=/path/to/chromium to use another binary.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
    echo "usage: $0 HTMLFILE PNG [WIDTHxHEIGHT]" >&2
    exit 2
fi
html=$1
png=$2
size=${3:-1200x800}
if [[ ! -f $html ]]; then
    echo "$0: $html: no such file" >&2
    exit 1
fi
if [[ ! $size =~ ^[0-9]+x[0-9]+$ ]]; then
    echo "$0: size must look like 1200x800, not '$size'" >&2
    exit 2
fi

chromium=${CHROMIUM:-}
if [[ -z $chromium ]]; then
    chromium=$(command -v chromium || command -v chromium-browser || true)
fi
if [[ -z $chromium ]]; then
    echo "$0: chromium not found; installing it (apt-get install -y chromium)" >&2
    apt-get install -y chromium >/dev/null
    chromium=$(command -v chromium)
fi

abs_html=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
mkdir -p "$(dirname "$png")"
abs_png=$(cd "$(dirname "$png")" && pwd)/$(basename "$png")
# A private profile directory: parallel runs must not share Chromium's singleton lock.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$profile" --window-size="${size/x/,}" \
    --screenshot="$abs_png" "file://$abs_html" >/dev/null 2>&1

if [[ ! -s $abs_png ]]; then
    echo "$0: chromium wrote no screenshot to $abs_png" >&2
    exit 1
fi
echo "$abs_png"
