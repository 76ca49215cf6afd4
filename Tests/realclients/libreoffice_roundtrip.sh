#!/usr/bin/env bash
# The entry workbook and the entry CSV through a real spreadsheet program: LibreOffice Calc,
# headless. Each file is opened and saved again in its own format (also under a Japanese
# locale), and filled in the way Calc saves typed cells (xlsx → flat ODF → values typed →
# xlsx or CSV); every result is imported. Checks: an untouched re-saved sheet imports as
# "no change", every filled value arrives exactly, and every code survives.
# Issue 23: a percentage, a multi-line text and a merge typed in Calc arrive as shown, a date in
# 実績値 is refused by cell, and the filled workbook saved again by Gnumeric (ssconvert) imports
# the same. Installs Debian's libreoffice-calc-nogui, gnumeric and the ja_JP.UTF-8 locale when missing.
# Ends with "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
here="$PWD/Tests/realclients"

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v ssconvert >/dev/null 2>&1 || need+=(gnumeric)
locale -a 2>/dev/null | grep -qi '^ja_JP.utf-\?8$' || need+=(locales)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if ! locale -a 2>/dev/null | grep -qi '^ja_JP.utf-\?8$'; then
  sed -i 's/^# *ja_JP.UTF-8 UTF-8/ja_JP.UTF-8 UTF-8/' /etc/locale.gen && locale-gen >/dev/null
fi

swift build --product plandb >/dev/null || { echo "0 passed, 1 failed (build)"; exit 1; }
plandb="$(swift build --show-bin-path)/plandb"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PLANDB_DB="$work/plan.db"
"$plandb" init >/dev/null
"$plandb" record indicator 6-7-I3 --year 2023 --value 95.10 --as 財政課 >/dev/null
"$plandb" record policy 6-7 --year 2023 --grade B --comment "おおむね順調" --as 財政課 >/dev/null
"$plandb" entry template --year 2023 --as 財政課 --out "$work/sheet.xlsx" >/dev/null
"$plandb" entry template --year 2023 --as 財政課 --out "$work/sheet.csv" >/dev/null
cp "$PLANDB_DB" "$work/pristine.db"
echo "LibreOffice: $(soffice --version 2>/dev/null | head -1)"

passed=0 failed=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" == "$3" ]; then
    passed=$((passed + 1)); echo "ok   $1"
  else
    failed=$((failed + 1)); echo "FAIL $1"; echo "  expected: $2"; echo "  actual:   $3"
  fi
}

# calc LOCALE ARGS…: soffice headless with its own profile per locale, so the locale is the
# one the profile was created under and no other soffice process is disturbed.
calc() {
  local lang="$1"; shift
  LANG="$lang" LC_ALL="$lang" timeout 120 soffice -env:UserInstallation="file://$work/profile-${lang%%.*}" --headless "$@" >/dev/null 2>&1
}
csv_in="CSV:44,34,76,1,,1041,false,true"          # comma, quote, UTF-8, Japanese, detect special numbers (as Calc's dialog does)
csv_out="csv:Text - txt - csv (StarCalc):44,34,76,1"
xlsx_out="xlsx:Calc MS Excel 2007 XML"

import_summary() {  # the summary line of a dry-run import (or the error)
  cp "$work/pristine.db" "$PLANDB_DB"
  "$plandb" entry import "$1" --as 財政課 --dry-run 2>&1 | tail -1
}
untouched() { echo "would import $1 ($2): 0 changed, 2 unchanged, 31 left blank (dry run: nothing was written)"; }

# 1. The workbook saved again by Calc (en_US and ja_JP): no change.
for lang in C.UTF-8 ja_JP.UTF-8; do
  out="$work/resaved-${lang%%.*}"
  calc "$lang" --convert-to "$xlsx_out" --outdir "$out" "$work/sheet.xlsx"
  check "workbook re-saved by Calc ($lang) imports as no change" "$(untouched "$out/sheet.xlsx" "Excel workbook")" "$(import_summary "$out/sheet.xlsx")"
done

# 2. The CSV opened and saved again by Calc (codes become dates, 95.10 becomes 95.1): no change.
for lang in C.UTF-8 ja_JP.UTF-8; do
  out="$work/csv-${lang%%.*}"
  calc "$lang" --infilter="$csv_in" --convert-to "$csv_out" --outdir "$out" "$work/sheet.csv"
  echo "     (Calc saved the 一次評価 row as: $(grep 一次評価 "$out/sheet.csv" | tr -d '\r'))"
  check "CSV re-saved by Calc ($lang) imports as no change" "$(untouched "$out/sheet.csv" "UTF-8")" "$(import_summary "$out/sheet.csv")"
done

# 3. Values typed into the workbook in Calc, saved as xlsx, imported: every value exact.
calc C.UTF-8 --convert-to fods --outdir "$work/fill" "$work/sheet.xlsx"
python3 "$here/fods_fill.py" "$work/fill/sheet.fods" '指標!G2=#37.5' '指標!G4=#1' '指標!H4=見込み値' \
  '取組!C2=A' '取組!D2=拡充' '取組!E2=調査を実施' '取組!F2=人員不足' '施策評価!D2=C' '施策評価!E2=見直しが必要'
calc C.UTF-8 --convert-to "$xlsx_out" --outdir "$work/filled" "$work/fill/sheet.fods"
cp "$work/pristine.db" "$PLANDB_DB"
check "filled workbook imports" "imported $work/filled/sheet.xlsx (Excel workbook): 4 changed, 1 unchanged, 28 left blank" \
  "$("$plandb" entry import "$work/filled/sheet.xlsx" --as 財政課 2>&1 | tail -1)"
q() { "$plandb" sql --format csv "$1" | tr -d '\r' | tail -n +2 | paste -sd';'; }
check "filled workbook: 実績値 as shown (37.5, 95.10, 1.0) and 備考" "6-3-I1,37.5,;6-7-I3,95.10,;6-7-I4,1.0,見込み値" \
  "$(q "SELECT indicator_code, value_text, note FROM v_indicator_results WHERE fiscal_year = 2023 ORDER BY 1")"
check "filled workbook: 取組評価" "6-7-1-1-1,A,拡充,調査を実施,人員不足" \
  "$(q "SELECT initiative_code, grade, next_direction, result_text, challenge_text FROM v_initiative_evaluations")"
check "filled workbook: 一次評価 6-7" "6-7,一次,C,見直しが必要" "$(q "SELECT policy_code, stage, grade, comment FROM v_policy_evaluations")"

# 4. Values typed into the CSV in Calc (Japanese locale), saved as CSV, imported: every value exact.
calc ja_JP.UTF-8 --infilter="$csv_in" --convert-to fods --outdir "$work/csvfill" "$work/sheet.csv"
python3 "$here/fods_fill.py" "$work/csvfill/sheet.fods" 'sheet!H2=#37.5' 'sheet!H4=#1.2' 'sheet!M4=見込み値' \
  'sheet!I5=A' 'sheet!J5=拡充' 'sheet!K5=調査を実施' 'sheet!L5=人員不足' 'sheet!I34=C' 'sheet!K34=見直しが必要'
calc ja_JP.UTF-8 --convert-to "$csv_out" --outdir "$work/csvfilled" "$work/csvfill/sheet.fods"
cp "$work/pristine.db" "$PLANDB_DB"
check "filled CSV imports, codes kept" "imported $work/csvfilled/sheet.csv (UTF-8): 4 changed, 1 unchanged, 28 left blank" \
  "$("$plandb" entry import "$work/csvfilled/sheet.csv" --as 財政課 2>&1 | tail -1)"
check "filled CSV: 実績値 and 備考" "6-3-I1,37.5,;6-7-I3,95.10,;6-7-I4,1.2,見込み値" \
  "$(q "SELECT indicator_code, value_text, note FROM v_indicator_results WHERE fiscal_year = 2023 ORDER BY 1")"
check "filled CSV: 取組評価" "6-7-1-1-1,A,拡充,調査を実施,人員不足" \
  "$(q "SELECT initiative_code, grade, next_direction, result_text, challenge_text FROM v_initiative_evaluations")"
check "filled CSV: 一次評価 6-7 (its code came back as a date)" "6-7,一次,C,見直しが必要" "$(q "SELECT policy_code, stage, grade, comment FROM v_policy_evaluations")"

# 5. What a clerk types that a spreadsheet stores differently (issue 23): 25% (0.25 formatted
# 0%), a text over two lines, 30 in a merge of two 実績値 cells (shown as 30.00 in the top one,
# so both read 30.00); then the same workbook saved
# again by Gnumeric.
calc C.UTF-8 --convert-to fods --outdir "$work/fill5" "$work/sheet.xlsx"
python3 "$here/fods_fill.py" "$work/fill5/sheet.fods" '指標!G2=%0.25' '指標!G3=#30' '指標!G3:G4=merge' \
  '取組!C2=A' '取組!E2=一行目|二行目'
calc C.UTF-8 --convert-to "$xlsx_out" --outdir "$work/filled5" "$work/fill5/sheet.fods"
cp "$work/pristine.db" "$PLANDB_DB"
check "percentage, merge, multi-line typed in Calc import" "imported $work/filled5/sheet.xlsx (Excel workbook): 4 changed, 1 unchanged, 28 left blank" \
  "$("$plandb" entry import "$work/filled5/sheet.xlsx" --as 財政課 --confirm 2>&1 | tail -1)"
check "25% typed is 25; the merge gives 30 to both cells" "6-3-I1,25;6-7-I3,30.00;6-7-I4,30.00" \
  "$(q "SELECT indicator_code, value_text FROM v_indicator_results WHERE fiscal_year = 2023 ORDER BY 1")"
check "a text over two lines keeps its line break" "一行目|二行目" \
  "$("$plandb" sql --format csv "SELECT replace(result_text, char(10), '|') FROM v_initiative_evaluations" | tr -d '\r' | tail -n +2)"
timeout 120 ssconvert "$work/filled5/sheet.xlsx" "$work/gnumeric.xlsx" >/dev/null 2>&1
cp "$work/pristine.db" "$PLANDB_DB"
check "the same workbook saved by Gnumeric imports the same" "imported $work/gnumeric.xlsx (Excel workbook): 4 changed, 1 unchanged, 28 left blank" \
  "$("$plandb" entry import "$work/gnumeric.xlsx" --as 財政課 --confirm 2>&1 | tail -1)"
check "Gnumeric: the same values" "6-3-I1,25;6-7-I3,30.00;6-7-I4,30.00" \
  "$(q "SELECT indicator_code, value_text FROM v_indicator_results WHERE fiscal_year = 2023 ORDER BY 1")"

# 6. A date typed into 実績値 is refused, naming the cell.
calc C.UTF-8 --convert-to fods --outdir "$work/fill6" "$work/sheet.xlsx"
python3 "$here/fods_fill.py" "$work/fill6/sheet.fods" '指標!G2=@2023-04-01'
calc C.UTF-8 --convert-to "$xlsx_out" --outdir "$work/filled6" "$work/fill6/sheet.fods"
cp "$work/pristine.db" "$PLANDB_DB"
check "a date in 実績値 is refused by cell" "  指標!G2（6-3-I1）: the cell holds a date (serial number 45017), not a number — type the actual as a number in a cell shown as a number" \
  "$("$plandb" entry import "$work/filled6/sheet.xlsx" --as 財政課 2>&1 | grep '指標!G2')"

# 7. The 事業 sheet (issue 25): a project's 人工 and evaluation typed in Calc arrive exactly, and the
# untouched sheet re-saved by Calc imports as no change.
cp "$work/pristine.db" "$PLANDB_DB"
printf '事業コード,事業名,担当課,主な取組コード\n00789,財政運営事業,財政課,6-7-1-1-1\n' > "$work/projects.csv"
"$plandb" project import "$work/projects.csv" --as 総務課 >/dev/null
"$plandb" rate set --year 2023 --kind 正職員 --amount 8400 --as 総務課 >/dev/null
"$plandb" entry template --year 2023 --as 財政課 --out "$work/projects-sheet.xlsx" >/dev/null
cp "$PLANDB_DB" "$work/projects.db"
calc C.UTF-8 --convert-to "$xlsx_out" --outdir "$work/resaved7" "$work/projects-sheet.xlsx"
check "workbook with a 事業 sheet re-saved by Calc imports as no change" \
  "would import $work/resaved7/projects-sheet.xlsx (Excel workbook): 0 changed, 2 unchanged, 32 left blank (dry run: nothing was written)" \
  "$("$plandb" entry import "$work/resaved7/projects-sheet.xlsx" --as 財政課 --dry-run 2>&1 | tail -1)"
calc C.UTF-8 --convert-to fods --outdir "$work/fill7" "$work/projects-sheet.xlsx"
python3 "$here/fods_fill.py" "$work/fill7/projects-sheet.fods" '事業!C2=1.10' '事業!D2=B' '事業!E2=縮小' '事業!F2=委託の見直し'
calc C.UTF-8 --convert-to "$xlsx_out" --outdir "$work/filled7" "$work/fill7/projects-sheet.fods"
check "filled 事業 sheet imports" "imported $work/filled7/projects-sheet.xlsx (Excel workbook): 1 changed, 2 unchanged, 31 left blank" \
  "$("$plandb" entry import "$work/filled7/projects-sheet.xlsx" --as 財政課 2>&1 | tail -1)"
check "事業 sheet: 人工 exactly (1.10 is 110 hundredths) and the evaluation" "00789,正職員,110;00789,B,縮小,委託の見直し" \
  "$(q "SELECT project_code, kind, person_centi FROM v_project_staff");$(q "SELECT project_code, grade, next_direction, result_text FROM v_project_evaluations")"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
