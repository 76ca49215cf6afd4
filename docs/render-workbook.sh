#!/usr/bin/env bash
# Renders docs/workbook-*.png: the 評価シート (entry workbook) as LibreOffice Calc prints it
# (xlsx → PDF → PNG). Needs Debian's libreoffice-calc-nogui, poppler-utils and fonts-noto-cjk
# (apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils fonts-noto-cjk).
# The sample entries are made up for the picture.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product plandb >/dev/null
plandb="$(swift build --show-bin-path)/plandb"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PLANDB_DB="$work/plan.db"
"$plandb" init >/dev/null
r() { "$plandb" record "$@" >/dev/null; }
r indicator 6-3-I1 --year 2023 --value 30 --as 財政課
r indicator 6-7-I3 --year 2023 --value 18.4 --as 財政課
r indicator 6-7-I4 --year 2023 --value 0.8 --as 財政課
r indicator 6-7-I3 --year 2024 --value 17.80 --as 財政課
r initiative 6-7-1-1-1 --year 2024 --grade A --next 継続 --result "集中対策方針を作成し、未申告者調査を実施した" --as 財政課
r initiative 6-7-1-2-1 --year 2024 --grade B --next 拡充 --result "キャッシュレス納付を導入した" --challenge "高齢者への周知" --as 財政課
r policy 6-7 --year 2024 --grade B --comment "財源確保の取組はおおむね順調" --as 財政課
"$plandb" entry template --year 2024 --as 財政課 --out "$work/評価シート.xlsx" >/dev/null
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/評価シート.xlsx" >/dev/null 2>&1
pdftoppm -png -r 70 "$work/評価シート.pdf" "$work/page"
# Page 1 is 記入方法, page 2 the 指標 sheet, page 3 the first page of 取組.
cp "$work/page-1.png" docs/workbook-instructions.png
cp "$work/page-3.png" docs/workbook-initiatives.png
echo "wrote docs/workbook-instructions.png and docs/workbook-initiatives.png ($(soffice --version | head -1))"
