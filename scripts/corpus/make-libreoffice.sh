#!/usr/bin/env bash
# Corpus: openpyxl-extras.xlsx (comment, table, chart, hyperlinks, validation) saved again by
# LibreOffice headless, with a profile of its own.
# Usage: scripts/corpus/make-libreoffice.sh <out-folder>   (writes libreoffice-resaved.xlsx)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
out="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/test/corpus/files/openpyxl-extras.xlsx" "$work/libreoffice-resaved.xlsx"
mkdir "$work/out"
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/out" "$work/libreoffice-resaved.xlsx" >/dev/null
mkdir -p "$out"
cp "$work/out/libreoffice-resaved.xlsx" "$out/"
