#!/usr/bin/env python3
"""Runs the benchmark: plandb against the sqlite3 shell doing the same work, on the same
machine, in the same run; writes BENCHMARKS.md. Usage (from the repository root):

    Benchmarks/run.sh [--scales 10000,100000,1000000]

Each measurement is wall time, CPU time (user + system) and peak resident memory, taken by
/usr/bin/time; quick commands are run 5 times and the median kept, imports once on a fresh copy
of the same database.
"""
import argparse
import os
import platform
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


GEN = os.path.join(ROOT, "Benchmarks", "generate.py")


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

    results.append((rows, "snapshot create (3)", "plandb",
                    measure([plandb, "--db", db, "snapshot", "create", "--year", "2024", "--as", "総務課", "--allow-incomplete"])))
    out = os.path.join(work, "snapshot.csv")
    results.append((rows, "snapshot export csv (3)", "plandb",
                    median_of(3, [plandb, "--db", db, "snapshot", "export", "2024", "--format", "csv", "--out", out])))


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


def write_report(results, setups, path):
    lines = ["# Benchmarks", "",
             f"Made by `Benchmarks/run.sh` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
             f"Machine: {machine()}.", "",
             "plandb (release build) and the sqlite3 shell do the same work on copies of the same database,",
             "one after the other in the same run. Wall and CPU time in seconds, peak resident memory in MiB;",
             "the ratio is plandb ÷ sqlite3. (1) importing N indicator actuals: `plandb entry import` against",
             "`.import` into a table followed by the same INSERT … SELECT; (2) a year's achievement over all",
             "indicators through `plandb sql` against `sqlite3` running the same SQL; (3) `snapshot create` and",
             "`snapshot export --format csv` for that year; (4) one-row commands on the embedded plan.", "",
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
    lines += ["", "## Against the targets", ""]

    def ratio(rows, work):
        mine, theirs = by_key.get((rows, work, "plandb")), by_key.get((rows, work, "sqlite3"))
        return mine[0] / theirs[0] if mine and theirs and theirs[0] > 0 else None

    for work, target in (("entry import (1)", 1.5), ("achievement SQL (2)", 1.1)):
        for rows in sorted(r for r in {k[0] for k in by_key} if isinstance(r, int)):
            value = ratio(rows, work)
            if value is not None:
                lines.append(f"- {work.split(' (')[0]} at {rows:,} rows: {value:.2f}× sqlite3 (target ≤ {target}×) — {'met' if value <= target else 'missed'}")
    imports = {r[0]: r[3][2] for r in results if r[1] == "entry import (1)" and r[2] == "plandb"}
    if 100000 in imports and 1000000 in imports:
        growth = imports[1000000] / imports[100000]
        lines.append(f"- memory of `entry import`, 1,000,000 rows against 100,000: {growth:.2f}× (target ≤ 1.2×) — {'met' if growth <= 1.2 else 'missed'}")
    quick = [r for r in results if r[0] == "embedded" and r[2] == "plandb"]
    if quick:
        lines.append(f"- commands on the embedded plan: {min(r[3][0] for r in quick) * 1000:.0f}–{max(r[3][0] for r in quick) * 1000:.0f} ms")
    lines += ["", "## What limits the figures", "",
              "- **Start-up.** Every plandb command pays about 10–15 ms that the sqlite3 shell does not: the Swift",
              "  runtime, Foundation and ICU load (24 MiB resident before any work), and the schema is checked.",
              "  It dominates the small cases (10,000 rows; the one-row commands) and vanishes in the large ones.",
              "- **Entry import.** plandb parses the CSV itself and checks every row as `record` would (the",
              "  department owns the indicator, the year is open and in the plan, the value parses, no row",
              "  repeats another), stages rows in a temporary table keyed by indicator and year, and appends",
              "  only values that differ from the current ones. The shell's `.import` does none of that, so",
              "  about half of plandb's time is work it skips; profiling shows the rest in CSV parsing and the",
              "  per-row checks. Memory is flat: the file is read 1 MiB at a time and indicators are looked",
              "  up on demand through a bounded cache.",
              "- **Achievement.** plandb runs the same SQL through the same SQLite library; the difference is",
              "  start-up and formatting. The query itself (current value and year target per indicator)",
              "  costs both tools alike.",
              "- **Snapshot create** reads the year's whole evaluation through the reporting views and keeps",
              "  it in memory to hash it, so on a plan of 100,000 indicators it takes seconds and a few",
              "  hundred MiB, whatever the number of actuals. Streaming the rows into the hash and the tables",
              "  would flatten it; not done yet."]
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
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="plandb-bench-") as work:
        small_plan(args.plandb, work, results)
        base, seconds = large_plan(args.plandb, work, args.indicators)
        for rows in [int(s) for s in args.scales.split(",")]:
            run_scale(args.plandb, work, base, args.indicators, rows, results)
            print(f"scale {rows:,} done", flush=True)
    write_report(results, (args.indicators, seconds), args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
