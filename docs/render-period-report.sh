#!/usr/bin/env bash
# Renders docs/period-report.png: the top of the HTML period report (期間評価報告書) for a
# made-up five-year history: 2023–2026 recorded and frozen year by year (2024 reopened and
# frozen again), 2027 still open. Needs Debian's chromium and fonts-noto-cjk
# (apt-get install -y chromium fonts-noto-cjk). PLANDB=path uses an already built binary.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PLANDB:-}" ]; then
  swift build --product plandb >/dev/null
  PLANDB="$(swift build --show-bin-path)/plandb"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PLANDB_DB="$work/plan.db" PLANDB_LANG=ja
"$PLANDB" init >/dev/null
r() { "$PLANDB" record "$@" >/dev/null; }
year=2023
for row in "23 44 7 72.8 95.02 410,000 18.5 120 152" "24 46 8 72.1 95.04 452,000 20.1 118 140" \
           "24 48 9 71.6 95.07 530,000 21.8 121 135" "25 49 10 71.0 95.08 560,000 23.0 117 128" \
           "- - - - 95.12 640,000 - - -"; do
  set -- $row
  [ "$1" != - ] && r indicator 6-1-I1 --year $year --value "$1" --as 市民協働課
  [ "$2" != - ] && r indicator 6-1-I2 --year $year --value "$2" --as 市民協働課
  [ "$3" != - ] && r indicator 6-1-I3 --year $year --value "$3" --as 市民協働課
  [ "$4" != - ] && r indicator 6-1-I4 --year $year --value "$4" --as 市民協働課
  r indicator 6-7-I1 --year $year --value "$5" --as 税務課
  r indicator 6-7-I2 --year $year --value "$6" --as 企画政策課
  [ "$7" != - ] && r indicator 6-7-I3 --year $year --value "$7" --as 財政課
  if [ $year -lt 2027 ]; then
    grades=(B B A A); nexts=(継続 継続 拡充 拡充)
    i=$((year - 2023))
    r initiative 6-1-1-1-1 --year $year --grade ${grades[$i]} --next ${nexts[$i]} --as 市民協働課
    r initiative 6-1-1-1-2 --year $year --grade B --next 継続 --as 市民協働課
    r initiative 6-7-1-4-1 --year $year --grade $([ $year -ge 2025 ] && echo C || echo B) --next $([ $year -ge 2025 ] && echo 改善 || echo 継続) --as 財政課
    r policy 6-1 --year $year --grade B --comment "おおむね順調" --as 市民協働課
    r policy 6-1 --year $year --grade B --stage 二次 --comment "加入率の低下に留意" --as 総務課
    r policy 6-7 --year $year --grade B --comment "<script>の例：財源確保は順調" --as 財政課
    r policy 6-7 --year $year --grade $([ $year -ge 2025 ] && echo C || echo B) --stage 二次 --as 総務課
    "$PLANDB" snapshot create --year $year --as 総務課 --allow-incomplete --note "画面例のための見本データ" >/dev/null 2>&1
  fi
  if [ $year = 2024 ]; then
    "$PLANDB" snapshot reopen 2024 --reason "実績値の訂正" --as 総務課 >/dev/null
    r indicator 6-1-I2 --year 2024 --value 47 --as 市民協働課
    "$PLANDB" snapshot create --year 2024 --as 総務課 --allow-incomplete >/dev/null 2>&1
  fi
  year=$((year + 1))
done
"$PLANDB" report --from 2023 --to 2027 --format html --out "$work/report.html" >/dev/null
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,2000 \
  --screenshot="$PWD/docs/period-report.png" "file://$work/report.html" 2>/dev/null
echo "wrote docs/period-report.png"
