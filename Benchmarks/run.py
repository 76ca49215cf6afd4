#!/usr/bin/env python3
"""Runs the benchmark: plandb against the sqlite3 shell doing the same work, on the same
machine, in the same run; writes BENCHMARKS.md. Usage (from the repository root):

    Benchmarks/run.sh [--scales 10000,100000,1000000]

Each measurement is wall time, CPU time (user + system) and peak resident memory, taken by
/usr/bin/time; quick commands are run 5 times and the median kept, imports once on a fresh copy
of the same database.
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(command, stdin=None, env=None):
    """Runs `command`; returns (wall s, cpu s, peak KiB). Wall time is taken here to the
    microsecond (GNU time rounds to 10 ms); CPU and memory come from GNU time."""
    with tempfile.NamedTemporaryFile("r") as stats:
        full = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", stats.name] + command
        source = open(stdin, "rb") if stdin else None
        started = time.perf_counter()
        try:
            result = subprocess.run(full, stdin=source or subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        finally:
            if source:
                source.close()
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            sys.exit(f"failed: {' '.join(command)}\n{result.stderr.decode()}")
        _, user, system, peak = stats.read().split()
        return elapsed, float(user) + float(system), int(peak)


def median_of(runs, command, **kwargs):
    samples = [measure(command, **kwargs) for _ in range(runs)]
    return tuple(statistics.median(s[i] for s in samples) for i in range(3))


def fresh(base, path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    shutil.copyfile(base, path)
    return path


def checkpoint(db):
    subprocess.run(["sqlite3", db, "PRAGMA wal_checkpoint(TRUNCATE);"], check=True, stdout=subprocess.DEVNULL)


SHELL_IMPORT = """.mode csv
.import {csv} entry_raw
INSERT INTO indicator_actuals (indicator_id, fiscal_year, value_text, value, note, recorded_by, recorded_at, source)
SELECT i.indicator_id, CAST(e."年度" AS INTEGER), e."実績値", CAST(e."実績値" AS REAL), NULLIF(e."備考", ''),
       (SELECT dept_id FROM departments WHERE name = '統計課'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'sqlite3'
FROM entry_raw e JOIN indicators i ON i.code = e."コード" WHERE e."区分" = '実績値';
DROP TABLE entry_raw;
"""

ACHIEVEMENT = ("SELECT indicator_code, value_text, target_value, achieved, progress_pct "
               "FROM v_indicator_results WHERE fiscal_year = 2024 ORDER BY indicator_code")
ONE_ROW = "SELECT policy_code, title, lead_dept FROM v_policies WHERE policy_code = '6-7'"
# Twice the imported actuals (2,000,000 rows at the largest scale), with codes and texts: what a
# planner's export of the whole history looks like, to show `plandb sql` streams in every format.
EVERY_ACTUAL_TWICE = ("SELECT a.actual_id, i.code, a.fiscal_year, a.value_text, a.value, a.recorded_at, k.copy "
                      "FROM indicator_actuals a JOIN indicators i ON i.indicator_id = a.indicator_id "
                      "CROSS JOIN (SELECT 1 AS copy UNION ALL SELECT 2) k")
SQL_FORMATS = ("table", "csv", "tsv", "json", "ndjson", "markdown")


GEN = os.path.join(ROOT, "Benchmarks", "generate.py")
PLAN = "bench-{indicators}"
YEAR = 2024
BUSIEST_DEPT = "統計課"  # the source of every indicator of the synthetic plan

# What `status --year` reads: which indicators, initiatives and policies have their entry, and
# how many indicators of each policy are on track.
STATUS = """SELECT i.policy_code, count(*), sum(r.achieved) FROM v_indicators i
LEFT JOIN v_indicator_results r ON r.indicator_code = i.indicator_code AND r.plan_code = i.plan_code AND r.fiscal_year = {year}
WHERE i.plan_code = '{plan}' GROUP BY i.policy_code;
SELECT indicator_code FROM v_indicator_results WHERE plan_code = '{plan}' AND fiscal_year = {year};
SELECT initiative_code FROM v_initiative_evaluations WHERE plan_code = '{plan}' AND fiscal_year = {year};
SELECT stage || ' ' || policy_code FROM v_policy_evaluations WHERE plan_code = '{plan}' AND fiscal_year = {year};
"""
# What `entry template` reads for a department's indicators, initiatives and reviews.
TEMPLATE = """SELECT i.indicator_code, i.unit, i.baseline_text, i.baseline_year, t.target_value, t.target_basis, t.target_text, r.value_text, r.note
FROM v_indicators i
JOIN v_indicator_year_targets t ON t.indicator_code = i.indicator_code AND t.plan_code = i.plan_code AND t.fiscal_year = {year}
LEFT JOIN v_indicator_results r ON r.indicator_code = i.indicator_code AND r.plan_code = i.plan_code AND r.fiscal_year = {year}
WHERE i.plan_code = '{plan}' AND i.source_dept = '{dept}';
SELECT * FROM v_initiative_evaluations WHERE plan_code = '{plan}' AND fiscal_year = {year};
SELECT * FROM v_policy_evaluations WHERE plan_code = '{plan}' AND fiscal_year = {year};
"""


def snapshot_copy_sql(plan, year):
    """The shell's side of `snapshot create`: the same rows from the same views copied into the
    snapshot tables with INSERT … SELECT in one transaction. The queries are read from
    SnapshotContent.swift, so they cannot drift from what plandb runs."""
    with open(os.path.join(ROOT, "Sources", "PlanCore", "Snapshot", "SnapshotContent.swift"), encoding="utf-8") as f:
        source = f.read()
    tables = re.findall(r'name: "(\w+)",\s*columns: \[(.*?)\],\s*liveSQL: """(.*?)"""', source, re.S)
    if len(tables) < 4:
        sys.exit("cannot find the snapshot queries in SnapshotContent.swift")
    lines = ["BEGIN;", "PRAGMA defer_foreign_keys = ON;"]
    for name, columns, sql in tables:
        columns = ", ".join(c.strip().strip('"') for c in columns.replace("\n", " ").split(","))
        sql = re.sub(r"--[^\n]*", "", sql).replace(":plan", f"'{plan}'").replace(":year", str(year))
        lines.append(f"INSERT INTO {name} (snapshot_id, {columns}) SELECT 999999, {columns} FROM ({sql});")
    lines.append("INSERT INTO snapshots (snapshot_id, plan_id, fiscal_year, version, created_at, created_by, sha256) "
                 f"SELECT 999999, plan_id, {year}, 99, 'now', (SELECT dept_id FROM departments LIMIT 1), printf('%064d', 0) FROM plans WHERE code = '{plan}';")
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def large_plan(plandb, work, indicators):
    """The synthetic plan every scale runs on; returns its database and how long init took."""
    seeds = os.path.join(work, "seeds")
    subprocess.run([sys.executable, GEN, "seeds", seeds, "--indicators", str(indicators)], check=True)
    base = os.path.join(work, "base.db")
    started = time.time()
    subprocess.run([plandb, "--db", base, "init", "--seeds", seeds], check=True, stdout=subprocess.DEVNULL)
    checkpoint(base)
    return base, time.time() - started


def run_scale(plandb, work, base, indicators, rows, results):
    entry = os.path.join(work, f"entry-{rows}.csv")
    subprocess.run([sys.executable, GEN, "entry", entry, "--indicators", str(indicators), "--rows", str(rows)], check=True)

    db = fresh(base, os.path.join(work, "plandb.db"))
    results.append((rows, "entry import (1)", "plandb", measure([plandb, "--db", db, "entry", "import", entry, "--as", "統計課"])))
    shell_db = fresh(base, os.path.join(work, "shell.db"))
    script = os.path.join(work, "import.sql")
    with open(script, "w", encoding="utf-8") as f:
        f.write(SHELL_IMPORT.format(csv=entry))
    results.append((rows, "entry import (1)", "sqlite3", measure(["sqlite3", shell_db], stdin=script)))

    checkpoint(db)
    results.append((rows, "achievement SQL (2)", "plandb", median_of(5, [plandb, "--db", db, "sql", "--format", "csv", ACHIEVEMENT])))
    results.append((rows, "achievement SQL (2)", "sqlite3", median_of(5, ["sqlite3", "-csv", "-header", db, ACHIEVEMENT])))

    for form in SQL_FORMATS:
        results.append((rows, f"sql {form}, 2 × rows (6)", "plandb", measure([plandb, "--db", db, "sql", "--timeout", "600", "--format", form, EVERY_ACTUAL_TWICE])))
        if form == "csv":
            results.append((rows, "sql csv, 2 × rows (6)", "sqlite3", measure(["sqlite3", "-csv", "-header", db, EVERY_ACTUAL_TWICE])))

    plan = PLAN.format(indicators=indicators)
    facts = dict(plan=plan, year=YEAR, dept=BUSIEST_DEPT)
    script = os.path.join(work, "query.sql")
    with open(script, "w", encoding="utf-8") as f:
        f.write(STATUS.format(**facts))
    results.append((rows, "status --year (5)", "plandb", measure([plandb, "--db", db, "status", "--year", str(YEAR)])))
    results.append((rows, "status --year (5)", "sqlite3", measure(["sqlite3", db], stdin=script)))
    with open(script, "w", encoding="utf-8") as f:
        f.write(TEMPLATE.format(**facts))
    results.append((rows, "entry template (5)", "plandb",
                    measure([plandb, "--db", db, "entry", "template", "--year", str(YEAR), "--as", BUSIEST_DEPT])))
    results.append((rows, "entry template (5)", "sqlite3", measure(["sqlite3", db], stdin=script)))

    shell_db = fresh(db, os.path.join(work, "shell.db"))
    results.append((rows, "snapshot create (3)", "plandb",
                    measure([plandb, "--db", db, "snapshot", "create", "--year", str(YEAR), "--as", "総務課", "--allow-incomplete"])))
    with open(script, "w", encoding="utf-8") as f:
        f.write(snapshot_copy_sql(plan, YEAR))
    results.append((rows, "snapshot create (3)", "sqlite3", measure(["sqlite3", shell_db], stdin=script)))
    checkpoint(db)
    for form in ("csv", "json", "markdown", "html", "xlsx"):
        out = os.path.join(work, "snapshot." + form)
        results.append((rows, f"snapshot export {form} (3)", "plandb",
                        measure([plandb, "--db", db, "snapshot", "export", str(YEAR), "--format", form, "--out", out])))
        if form == "csv":
            with open(script, "w", encoding="utf-8") as f:
                f.write(".mode csv\n.headers on\n" + "".join(
                    f"SELECT * FROM {t} WHERE snapshot_id = (SELECT max(snapshot_id) FROM snapshots) ORDER BY seq;\n"
                    for t in ("snapshot_policies", "snapshot_indicators", "snapshot_initiatives")))
            results.append((rows, "snapshot export csv (3)", "sqlite3", measure(["sqlite3", db], stdin=script)))


def small_plan(plandb, work, results):
    db = os.path.join(work, "small.db")
    subprocess.run([plandb, "--db", db, "init"], check=True, stdout=subprocess.DEVNULL)
    checkpoint(db)
    results.append(("embedded", "one-row SQL (4)", "plandb", median_of(5, [plandb, "--db", db, "sql", ONE_ROW])))
    results.append(("embedded", "one-row SQL (4)", "sqlite3", median_of(5, ["sqlite3", db, ONE_ROW])))
    results.append(("embedded", "show 6-7-I2 (4)", "plandb", median_of(5, [plandb, "--db", db, "show", "6-7-I2"])))
    results.append(("embedded", "record indicator (4)", "plandb",
                    median_of(5, [plandb, "--db", db, "record", "indicator", "6-7-I2", "--year", "2023", "--value", "500,000", "--as", "企画政策課"])))
    results.append(("embedded", "status (4)", "plandb", median_of(5, [plandb, "--db", db, "status", "--year", "2023"])))


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') // 2**30} GiB; sqlite3 {sqlite}; {swift}"


# What limits each target when it is missed, from profiles of the release build (perf record).
LIMITS = {
    "snapshot create": "hashing the stored rows back: the canonical text of every row (Swift String building) and SHA-256, on top of the shell's INSERT … SELECT",
    "snapshot memory": "SQLite's page cache and sorter for the read-back ORDER BY seq, not plandb's rows",
    "export memory": "the rows are streamed (three cursors in seq order, 64 KiB writes); what remains is SQLite's page cache and sorter",
    "export csv": "perf: Swift builds every cell of the 18-column report as a String (現状値（年）, the printed targets parsed from the targets column and joined, formula neutralising, CSV quoting) where the shell copies stored text; SQLite is about a tenth of plandb's time",
    "entry import": "perf: SQLite's own work — the final INSERT … SELECT with its foreign-key checks (about 15% of that statement), a million inserts into the staging table, 100,000 indicator lookups; Swift's CSV parsing and checks are about a quarter",
    "status --year": "the duties of every department read from the views (v_indicators, v_initiatives, v_policies) and the one-pass outlook over the year's current actuals",
    "status --year memory": "the duty list of the department with 100,000 indicators and the set of entered codes",
    "entry template": "the template reads every indicator of the plan into a dictionary, then picks the department's",
    "entry template memory": "the dictionary of every indicator's row",
    "sql memory": "the rows are written as they are read (RowWriter); the table format holds its first 1,000 rows to size the columns",
    "start-up": "perf: process start — the Swift runtime and ArgumentParser building the command tree — about 9 ms of the static binary's 12 ms, against the shell's 4 ms",
    "achievement": "start-up and printing 100,000 rows through Swift strings; the query itself costs both tools alike",
}


def write_report(results, setups, path, made):
    lines = ["# Benchmarks", "",
             f"Made by `Benchmarks/run.sh` on {made}.",
             f"Machine: {machine()}.", "",
             "plandb (release build) and the sqlite3 shell do the same work on copies of the same database,",
             "one after the other in the same run. Wall and CPU time in seconds, peak resident memory in MiB;",
             "the ratio is plandb ÷ sqlite3. (1) importing N indicator actuals: `plandb entry import` against",
             "`.import` into a table followed by the same INSERT … SELECT; (2) a year's achievement over all",
             "indicators through `plandb sql` against `sqlite3` running the same SQL; (3) `snapshot create` and",
             "`snapshot export` in every format (xlsx included) for that year, against the shell's INSERT … SELECT of the same rows",
             "and `.mode csv` of the snapshot tables; (4) one-row commands on the embedded plan; (5) `status --year`",
             f"and `entry template --as {BUSIEST_DEPT}` (the department with the most items) against the shell",
             "running the queries they run; (6) `plandb sql` printing every actual twice (2 × N rows) in each",
             "output format, against the shell's `-csv` for the csv.", "",
             "| rows | work | tool | wall s | CPU s | peak MiB | wall ratio | memory ratio |",
             "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    by_key = {(r[0], r[1], r[2]): r[3] for r in results}
    for rows, work, tool, (wall, cpu, peak) in results:
        ratio = mem = ""
        if tool == "plandb" and (rows, work, "sqlite3") in by_key:
            other = by_key[(rows, work, "sqlite3")]
            ratio = f"{wall / other[0]:.2f}×" if other[0] > 0 else "—"
            mem = f"{peak / other[2]:.2f}×" if other[2] > 0 else "—"
        label = f"{rows:,}" if isinstance(rows, int) else rows
        lines.append(f"| {label} | {work} | {tool} | {wall:.3f} | {cpu:.2f} | {peak / 1024:.1f} | {ratio} | {mem} |")
    indicators, seconds = setups
    lines += ["", f"Every scale runs on one synthetic plan of {indicators:,} indicators × 10 fiscal years (10 outlines,",
              f"{max(1, indicators // 1000)} policies; `Benchmarks/generate.py`), loaded once with `plandb init --seeds` in {seconds:.1f} s;",
              "N rows are the first N actuals of its entry file."]
    lines += ["", "## Targets (issue #14)", "",
              "| target | measured | met | what limits it (when missed) |", "| --- | ---: | --- | --- |"]
    scales = sorted(r for r in {k[0] for k in by_key} if isinstance(r, int))
    big, small = (scales[-1], scales[0]) if scales else (None, None)

    def wall_ratio(rows, work):
        mine, theirs = by_key.get((rows, work, "plandb")), by_key.get((rows, work, "sqlite3"))
        return mine[0] / theirs[0] if mine and theirs and theirs[0] > 0 else None

    def growth(work):
        mine, theirs = by_key.get((big, work, "plandb")), by_key.get((small, work, "plandb"))
        return mine[2] / theirs[2] if mine and theirs and big != small else None

    def target(text, value, limit, limits):
        if value is None:
            return
        met = value <= limit
        lines.append(f"| {text} (≤ {limit}×) | {value:.2f}× | {'met' if met else 'missed'} | {'' if met else limits} |")

    target(f"snapshot create, {big:,} actuals, wall against the shell's INSERT … SELECT", wall_ratio(big, "snapshot create (3)"), 2,
           LIMITS["snapshot create"])
    target(f"snapshot create, peak memory {big:,} against {small:,} actuals", growth("snapshot create (3)"), 1.2, LIMITS["snapshot memory"])
    for form in ("csv", "json", "markdown", "html", "xlsx"):
        target(f"snapshot export {form}, peak memory {big:,} against {small:,}", growth(f"snapshot export {form} (3)"), 1.2, LIMITS["export memory"])
    target(f"snapshot export csv, {big:,}, wall against the shell's `.mode csv`", wall_ratio(big, "snapshot export csv (3)"), 1.5, LIMITS["export csv"])
    target(f"entry import, {big:,} rows, wall against `.import` + INSERT … SELECT", wall_ratio(big, "entry import (1)"), 1.3, LIMITS["entry import"])
    for work in ("status --year (5)", "entry template (5)"):
        name = work.split(" (")[0]
        target(f"{name} ({BUSIEST_DEPT} for the template), {big:,} actuals, wall against the shell's query", wall_ratio(big, work), 1.5, LIMITS[name])
        target(f"{name}, peak memory {big:,} against {small:,} actuals", growth(work), 1.2, LIMITS[name + " memory"])
    for form in SQL_FORMATS:
        target(f"sql --format {form}, peak memory {2 * big:,} rows against {2 * small:,}", growth(f"sql {form}, 2 × rows (6)"), 1.2, LIMITS["sql memory"])
    target("one-row SQL on the embedded plan, wall against the shell (start-up included)", wall_ratio("embedded", "one-row SQL (4)"), 5, LIMITS["start-up"])
    target(f"achievement SQL, {big:,} rows, wall against the shell", wall_ratio(big, "achievement SQL (2)"), 1.1, LIMITS["achievement"])
    quick = [r for r in results if r[0] == "embedded" and r[2] == "plandb"]
    if quick:
        lines += ["", f"Commands on the embedded plan: {min(r[3][0] for r in quick) * 1000:.0f}–{max(r[3][0] for r in quick) * 1000:.0f} ms."]
    lines += ["", "## What limits the figures", "",
              "- **Start-up.** The binary measured is the one the README recommends installing, linked with the",
              "  Swift runtime and Foundation (`swift build -c release --static-swift-stdlib`): a one-row command",
              "  takes about 12 ms, of which about 9 ms is process start (the runtime, and ArgumentParser building",
              "  the command tree), against the shell's 4 ms. Every command names itself (a name derived from a",
              "  type's name cost demangling at every start) and the migrations' checksums are worked out once,",
              "  over bytes (Foundation's string replacing took a quarter of a `status` on the embedded plan).",
              "- **Entry import.** plandb parses the CSV itself and checks every row as `record` would (the",
              "  department owns the indicator, the year is open and in the plan, the value parses, no row",
              "  repeats another), stages rows in a temporary table keyed by indicator and year, and appends",
              "  only values that differ from the current ones. The CSV is read as bytes (a run of plain bytes",
              "  copied at once, no Unicode normalisation where the bytes answer), so most of the time left is",
              "  SQLite's: the staging inserts, the indicator lookups and the final INSERT … SELECT, whose",
              "  foreign-key checks the shell's copy also pays. Memory is flat: the file is read 1 MiB at a time.",
              "- **Achievement.** plandb runs the same SQL through the same SQLite library; the difference is",
              "  start-up and formatting. The query itself (current value and year target per indicator)",
              "  costs both tools alike.",
              "- **Snapshot create** copies the year from the reporting views into the snapshot tables inside",
              "  SQLite (INSERT … SELECT, the shell's own work) and then hashes the stored rows, read back one",
              "  at a time in `seq` order into an incremental SHA-256, exactly as `snapshot verify` does: the",
              "  extra time over the shell is that read-back and the canonical text, and memory does not grow",
              "  with the year.",
              "- **Snapshot export** streams the frozen rows: the policies, indicators and initiatives are read",
              "  through three cursors in `seq` order and each row is written as it is read, in 64 KiB blocks, so",
              "  memory stays near 37 MiB whatever the size. The time over the shell's `.mode csv` is Swift",
              "  composing the report's cells (the shell copies stored text as it is). The HTML report also",
              "  computes each policy's outlook line in one pass over the plan's years and draws a chart per",
              "  indicator, whose coordinates are formatted with `String(format:)`, about a quarter of its time.",
              "- **Status** lists every department's duties from the views and counts the outlook per policy",
              "  in one pass over the year's current actuals (OutlookFit, the formula of the outlook view):",
              "  the view itself computes every year's outlook of every indicator to keep one year's, which",
              "  took `status` 9 s on the large plan.",
              "- **sql** writes each row as it is read in every format; the table format sizes its columns",
              "  from the first 1,000 rows and says so when a later value is wider, so memory does not follow",
              "  the number of rows."]
    # The server's load figures are written by Tests/realclients/load.sh: keep them.
    kept = ""
    if os.path.exists(path):
        text = open(path, encoding="utf-8").read()
        start = text.find("<!-- serve-load")
        if start >= 0:
            kept = "\n" + text[start:].rstrip("\n") + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n" + kept)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plandb", required=True)
    parser.add_argument("--scales", default="10000,100000,1000000")
    parser.add_argument("--indicators", type=int, default=100000)
    parser.add_argument("--out", default=os.path.join(ROOT, "BENCHMARKS.md"))
    parser.add_argument("--results", default=os.path.join(ROOT, ".build", "benchmark-results.json"),
                        help="where the raw measurements are kept, so --report-only can write the report again")
    parser.add_argument("--report-only", action="store_true", help="write BENCHMARKS.md from the kept measurements")
    args = parser.parse_args()
    if args.report_only:
        with open(args.results, encoding="utf-8") as f:
            kept = json.load(f)
        write_report([(r[0], r[1], r[2], tuple(r[3])) for r in kept["results"]], tuple(kept["setups"]), args.out, made=kept["made"])
        return print(f"wrote {args.out} from {args.results}")
    results = []
    with tempfile.TemporaryDirectory(prefix="plandb-bench-") as work:
        small_plan(args.plandb, work, results)
        base, seconds = large_plan(args.plandb, work, args.indicators)
        for rows in [int(s) for s in args.scales.split(",")]:
            run_scale(args.plandb, work, base, args.indicators, rows, results)
            print(f"scale {rows:,} done", flush=True)
    made = time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())
    os.makedirs(os.path.dirname(args.results), exist_ok=True)
    with open(args.results, "w", encoding="utf-8") as f:
        json.dump({"made": made, "setups": [args.indicators, seconds], "results": results}, f)
    write_report(results, (args.indicators, seconds), args.out, made=made)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
