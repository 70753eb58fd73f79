#!/usr/bin/env bash
# make verify-workbook: write the workbook of the bundled datasets, then recalculate it in
# LibreOffice and compare every formula cell with its cached value (scripts/verify-workbook.py).
# Usage: scripts/verify-workbook.sh [path/to/trustmetrics]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build/release/trustmetrics}"
if ! command -v soffice >/dev/null; then
  echo "verify-workbook: soffice not found; install libreoffice-calc-nogui" >&2
  exit 2
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for mode in "" "--constant-memory"; do
  "$BIN" workbook --output "$WORK/trustmetrics.xlsx" --force $mode
  python3 scripts/verify-workbook.py "$WORK/trustmetrics.xlsx"
done
