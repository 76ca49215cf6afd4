#!/usr/bin/env bash
# A real browser against `plandb serve` on 127.0.0.1: Debian's chromium and chromium-driver,
# driven by Selenium (PyPI). Installs what is missing, builds plandb and plandb-serve, makes a
# database with two accounts and a frozen year, starts the server on a free loopback port, runs
# browser.py and stops the server. Screenshots go to docs/ when SCREENSHOTS=1. axe-core
# (axe-selenium-python) checks every page and the HTML reports plandb writes against WCAG 2.0 AA.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
fc-list :lang=ja 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)   # Japanese text in the screenshots
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python3 -c 'import selenium' 2>/dev/null || python3 -m pip install -q selenium
python3 -c 'import axe_selenium_python' 2>/dev/null || python3 -m pip install -q axe-selenium-python   # axe-core, for WCAG 2.0 AA
python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install -q openpyxl   # browser_cycle.py fills the 評価シート

source Tests/realclients/serve.sh
export PLANDB_DB="$work/plan.db"
"$bin/plandb" init >/dev/null
"$bin/plandb" seed import Tests/realclients/next-plan >/dev/null   # the next plan beside it (2028–2032)
# A third plan over 2030–2034, made from the next one: 2030 is a year of two plans, whose pages ask
# which plan the clerk means.
cp -r Tests/realclients/next-plan "$work/overlap-plan"
sed -i -e 's/^  code: katori-3-zenki$/  code: katori-3-minaoshi/' -e 's/^  name: 第3次総合計画 前期基本計画$/  name: 第3次総合計画 見直し案/' \
  -e 's/^  start_year: 2028$/  start_year: 2030/' -e 's/^  end_year: 2032$/  end_year: 2034/' "$work/overlap-plan/plan.yaml"
"$bin/plandb" seed import "$work/overlap-plan" >/dev/null
printf 'kikaku-pass-2024\n' | "$bin/plandb" user add sato --dept 企画政策課 >/dev/null
printf 'soumu-pass-2024\n' | "$bin/plandb" user add tanaka --dept 総務課 >/dev/null
# Last year's values beside this year's form, then 2023 is frozen: the browser must be refused there.
"$bin/plandb" record indicator 6-7-I2 --year 2023 --value 468,250 --as 企画政策課 >/dev/null
"$bin/plandb" record indicator 6-5-I4 --year 2023 --value 31,020 --as 企画政策課 >/dev/null
"$bin/plandb" record initiative 6-2-1-1-1 --year 2023 --grade A --next 拡充 --as 企画政策課 >/dev/null
# A 事務事業 of 企画政策課 with a rate for 2024: its 人工 and evaluation are entered in the browser.
printf '事業コード,事業名,担当課,主な取組コード\nK001,総合計画推進事業,企画政策課,6-2-1-1-1\n' >"$work/projects.csv"
"$bin/plandb" project import "$work/projects.csv" --as 総務課 >/dev/null
"$bin/plandb" rate set --year 2024 --kind 正職員 --amount 8400 --as 総務課 >/dev/null
"$bin/plandb" snapshot create --year 2023 --as 総務課 --allow-incomplete --note "ブラウザ試験" >/dev/null

# The HTML reports plandb writes, checked by axe-core as files: the frozen year and the period report.
"$bin/plandb" snapshot export 2023 --format html --out "$work/評価結果報告書_2023.html"
"$bin/plandb" report --from 2023 --to 2024 --format html --out "$work/期間評価報告書.html" >/dev/null

start_server "$work/serve.log" "$bin/plandb" serve --host 127.0.0.1

PLANDB_URL="$url" PLANDB_REPORTS="$work/評価結果報告書_2023.html $work/期間評価報告書.html" python3 Tests/realclients/browser.py
# The whole cycle, 評価シート included, on the same server after browser.py's steps (issue 29).
PLANDB_URL="$url" python3 Tests/realclients/browser_cycle.py
