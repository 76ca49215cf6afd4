#!/usr/bin/env bash
# The plan workbook (施策体系ワークブック) through real programs: the empty template filled in with
# openpyxl as a planning officer's script would (a made-up town: its own coordinator, S–D
# grades, phases 計画・実施・評価・改善, a 以内 ceiling, reprints, 団体コード, full-width codes,
# years typed as numbers), then opened and saved again by LibreOffice Calc; each file is checked
# with `plandb seed check`, loaded with `plandb init --seeds`, evaluated with an S grade and
# exported back. The embedded plan's export survives LibreOffice too. Finally the template is
# printed the way LibreOffice prints it (PDF, then PNG) into $PLAN_TEMPLATE_PNG when set.
# Installs openpyxl (pip), libreoffice-calc-nogui and poppler-utils when missing.
# Ends with "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
here="$PWD/Tests/realclients"

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'noto.*cjk' || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
python3 -c 'import openpyxl' 2>/dev/null || pip install -q openpyxl

swift build --product plandb >/dev/null || { echo "0 passed, 1 failed (build)"; exit 1; }
plandb="$(swift build --show-bin-path)/plandb"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "LibreOffice: $(soffice --version 2>/dev/null | head -1)"

passed=0 failed=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" == "$3" ]; then
    passed=$((passed + 1)); echo "ok   $1"
  else
    failed=$((failed + 1)); echo "FAIL $1"; echo "  expected: $2"; echo "  actual:   $3"
  fi
}
calc() {  # soffice headless with a profile of its own
  timeout 180 soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null 2>&1
}
resave() {  # resave FILE.xlsx OUTDIR: open and save again as xlsx in LibreOffice
  mkdir -p "$2" && calc --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$2" "$1"
}
first_line() { "$@" 2>&1 | head -1; }

"$plandb" plan template --out "$work/template.xlsx" >/dev/null
check "template checks" "$work/template.xlsx: ok — plan sample-kihon" "$(first_line "$plandb" seed check "$work/template.xlsx" | cut -d, -f1)"

python3 "$here/plan_workbook_fill.py" "$work/template.xlsx" "$work/town.xlsx"
resave "$work/town.xlsx" "$work/lo"
resave "$work/template.xlsx" "$work/lo"

town_counts="2 policies, 3 measures, 3 challenges, 3 directions (1 重点), 5 initiatives (2 再掲), 6 actions, 2 indicators (1 KPI), 1 related plans"
for file in "$work/town.xlsx" "$work/lo/town.xlsx"; do
  name="${file#"$work/"}"
  check "$name checks" "$file: ok — plan minamiyama-2029, $town_counts" "$(first_line "$plandb" seed check "$file")"
  db="$work/${name//\//-}.db"
  out="$("$plandb" --db "$db" init --seeds "$file" 2>&1)"
  check "$name loads" "0" "$?"
  check "$name: the town's vocabularies" "S A B C D|計画 実施 評価 改善" \
    "$("$plandb" --db "$db" sql --format tsv "SELECT group_concat(term, ' ') FROM (SELECT term FROM v_plan_vocabularies WHERE kind = 'grade' ORDER BY seq) UNION ALL SELECT group_concat(term, ' ') FROM (SELECT term FROM v_plan_vocabularies WHERE kind = 'phase' ORDER BY seq)" | tail -n +2 | paste -sd'|')"
  check "$name: reprints and the ceiling" "2-2-1-1-2 2-1-1-1-1|2-2-1-1-3 |at_most 90.0 90％以内" \
    "$("$plandb" --db "$db" sql --format tsv "SELECT initiative_code || ' ' || ifnull(reprint_of, '') FROM v_initiatives WHERE is_reprint = 1 UNION ALL SELECT i.direction || ' ' || t.target_value || ' ' || t.target_text FROM v_indicators i JOIN v_indicator_targets t USING (indicator_code) WHERE indicator_code = '2-2-I1' AND fiscal_year = 2033 ORDER BY 1" | tail -n +2 | paste -sd'|')"
  check "$name: values as typed" "120|92.4|200.0 200人|２－１ read as 2-1" \
    "$("$plandb" --db "$db" sql --format tsv "SELECT baseline_value FROM v_indicators ORDER BY indicator_code" | tail -n +2 | paste -sd'|')|$("$plandb" --db "$db" sql --format tsv "SELECT target_value || ' ' || target_text FROM v_indicator_targets WHERE indicator_code = '2-1-I1' AND fiscal_year = 2033" | tail -n +2)|$("$plandb" --db "$db" sql --format tsv "SELECT 'ok' FROM v_policies WHERE policy_code = '2-1'" | tail -n +2 | sed 's/ok/２－１ read as 2-1/')"
  "$plandb" --db "$db" record initiative 2-1-1-1-1 --year 2029 --grade S --next 拡大 --as 住民課 >/dev/null 2>&1
  check "$name: an S grade is recorded" "S" "$("$plandb" --db "$db" sql --format tsv "SELECT grade FROM v_initiative_evaluations" | tail -n +2)"
  "$plandb" --db "$db" plan export --out "$work/${name//\//-}-export.xlsx" >/dev/null 2>&1
  check "$name: exported again, it checks" "ok" "$("$plandb" seed check "$work/${name//\//-}-export.xlsx" >/dev/null 2>&1 && echo ok)"
done

check "template re-saved by LibreOffice checks" "$work/lo/template.xlsx: ok — plan sample-kihon" "$(first_line "$plandb" seed check "$work/lo/template.xlsx" | cut -d, -f1)"

# The embedded plan: exported, re-saved by LibreOffice, loaded; every plan view the same.
"$plandb" --db "$work/katori.db" init >/dev/null
"$plandb" --db "$work/katori.db" plan export --out "$work/katori.xlsx" >/dev/null
resave "$work/katori.xlsx" "$work/lo"
"$plandb" --db "$work/katori-lo.db" init --seeds "$work/lo/katori.xlsx" >/dev/null 2>&1
views="v_plans v_plan_vocabularies v_policies v_policy_related_depts v_measures v_challenges v_directions v_initiatives v_initiative_actions v_related_plans v_indicators v_indicator_targets"
same=yes
for view in $views; do
  a="$("$plandb" --db "$work/katori.db" sql --format csv "SELECT * FROM $view ORDER BY 1, 2, 3" 2>&1)"
  b="$("$plandb" --db "$work/katori-lo.db" sql --format csv "SELECT * FROM $view ORDER BY 1, 2, 3" 2>&1)"
  [ "$a" == "$b" ] || { same="no: $view"; break; }
done
check "the embedded plan through LibreOffice: every plan view the same" "yes" "$same"

# A mistake in a re-saved file is still said at its cell.
python3 - "$work/lo/town.xlsx" "$work/mistake.xlsx" <<'EOF'
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
book["施策"]["D3"] = "総務部"
book.save(sys.argv[2])
EOF
check "a mistake is said at its cell" "施策!D3: lead_dept: unknown department 総務部; add it to the departments (\`departments\` in plan.yaml, or the 課 sheet)" \
  "$(PLANDB_LANG=en "$plandb" seed check "$work/mistake.xlsx" 2>&1 | sed -n 2p | sed 's/^ *//')"

# The template as LibreOffice prints it.
if [ -n "${PLAN_TEMPLATE_PNG:-}" ]; then
  calc --convert-to pdf --outdir "$work/pdf" "$work/template.xlsx"
  pdftoppm -png -r 70 "$work/pdf/template.pdf" "$work/pdf/page"
  mkdir -p "$PLAN_TEMPLATE_PNG"
  cp "$work"/pdf/page*.png "$PLAN_TEMPLATE_PNG"/
  echo "pages: $(ls "$PLAN_TEMPLATE_PNG" | wc -l) in $PLAN_TEMPLATE_PNG"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
