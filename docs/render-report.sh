#!/usr/bin/env bash
# Renders docs/report.png: the first page of the HTML 評価結果報告書 for a sample year, as a
# reader sees it in a browser. Needs Debian's chromium and fonts-noto-cjk
# (apt-get install -y chromium fonts-noto-cjk). The sample entries are made up for the picture.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product plandb >/dev/null
plandb="$(swift build -c release --show-bin-path)/plandb"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PLANDB_DB="$work/plan.db"
"$plandb" init >/dev/null
r() { "$plandb" record "$@" >/dev/null; }
r indicator 6-7-I1 --year 2023 --value 95.12 --as 税務課
r indicator 6-7-I2 --year 2023 --value 468,250 --as 企画政策課
r indicator 6-7-I3 --year 2023 --value 17.8 --as 財政課
r indicator 6-7-I4 --year 2023 --value 1.2 --as 財政課
r initiative 6-7-1-1-1 --year 2023 --grade A --next 継続 --result "集中対策方針を作成し調査を実施" --as 財政課
r initiative 6-7-1-2-1 --year 2023 --grade B --next 拡充 --result "キャッシュレス納付を導入" --as 財政課
r initiative 6-7-1-4-1 --year 2023 --grade C --next 改善 --result "返礼品の見直しが遅れた" --challenge "新規事業者の開拓" --as 財政課
r policy 6-7 --year 2023 --grade B --comment "財源確保の取組はおおむね順調" --as 財政課
r policy 6-7 --year 2023 --grade B --stage 二次 --comment "ふるさと納税の目標未達に留意" --as 総務課
"$plandb" snapshot create --year 2023 --as 総務課 --allow-incomplete --note "画面例のための見本データ" >/dev/null 2>&1
"$plandb" snapshot export 2023 --format html --out "$work/report.html" >/dev/null
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,1400 \
  --screenshot="$PWD/docs/report.png" "file://$work/report.html" 2>/dev/null
echo "wrote docs/report.png"
