#!/usr/bin/env python3
"""Faults and bad input, the slow part (the quick part is in `swift test`). Run from the
repository root with `Benchmarks/faults.sh`; prints one line per check and ends with
`N passed, N failed`. Every loop is bounded in count and time.

1. SIGKILL in the middle of `entry import`, `seed import` and `snapshot create` leaves the file
   exactly as before (same dump) or, when the kill came after the commit, fully changed.
2. A full disk (a file-size limit, RLIMIT_FSIZE) and a corrupted or truncated file give a clear
   `error:` and no damage.
3. Eight processes record 100 entries each while another runs ad hoc queries and a third takes
   backups: every entry and its history are there, and every backup passes integrity_check.
4. Data loss (issue #10): `backup` onto a folder, a missing folder, a file that is not a
   database or a URI-shaped name, and `--out` onto the database under any spelling, destroy
   nothing; refused databases keep every byte; reads work on read-only media; a FIFO or a device
   as --db is refused at once.
5. Fuzzing (seeded, bounded): mutated entry files and seed files never crash or hang plandb, and
   each either imports completely or changes nothing; random byte flips of a filled-in entry
   workbook end in a clean refusal (the file byte for byte unchanged) or the right import.
5. Bounds: 2,000,000 rows print in every streaming format with flat memory (max RSS under
   100 MB), and a query stuck inside one SQLite function stops at its --timeout.
6. Tampering with the sqlite3 shell (±Inf in a frozen row, dropped triggers and views, a deleted
   year lock, a renamed plan, a changed frozen header): `check` names each one.
"""
import hashlib
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "Benchmarks", "generate.py")
PLANDB = sys.argv[1]
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok      {name}")
    else:
        failed += 1
        print(f"FAILED  {name} {detail}")


def run(args, timeout=120, **kwargs):
    return subprocess.run([PLANDB] + args, capture_output=True, text=True, timeout=timeout, **kwargs)


def sql(db, query):
    return subprocess.run(["sqlite3", db, query], capture_output=True, text=True, check=True).stdout.strip()


def dump(db):
    """A digest of everything the file holds (schema and rows)."""
    text = subprocess.run(["sqlite3", db, ".dump"], capture_output=True, check=True).stdout
    return hashlib.sha256(text).hexdigest()


def counts(db):
    return sql(db, "SELECT (SELECT count(*) FROM indicator_actuals), (SELECT count(*) FROM indicators), "
                   "(SELECT count(*) FROM snapshots), (SELECT count(*) FROM snapshot_indicators), (SELECT group_concat(title) FROM policies)")


def integrity(db):
    return sql(db, "PRAGMA integrity_check")


def copy(src, dst):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(dst + suffix):
            os.remove(dst + suffix)
    shutil.copyfile(src, dst)
    return dst


def killed_midway(work, base, name, args, delays):
    """Runs the command on a fresh copy, kills it with SIGKILL after each delay, and checks
    the file is as before or as after."""
    done = copy(base, os.path.join(work, "done.db"))
    result = run(["--db", done] + args)
    assert result.returncode == 0, result.stderr
    after = counts(done)
    before_dump, before = dump(base), counts(base)
    for delay in delays:
        db = copy(base, os.path.join(work, "victim.db"))
        process = subprocess.Popen([PLANDB, "--db", db] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        state = counts(db)
        whole = integrity(db) == "ok"
        same = dump(db) == before_dump
        check(f"SIGKILL after {delay:.2f} s in {name}: integrity ok and {'unchanged' if same else 'fully applied' if state == after else 'HALF-WRITTEN'}",
              whole and (same or state == after), f"counts {state} (before {before}, after {after})")


def faults(work):
    subprocess.run([sys.executable, GEN, "seeds", os.path.join(work, "seeds"), "--indicators", "20000"], check=True)
    subprocess.run([sys.executable, GEN, "entry", os.path.join(work, "entry.csv"), "--indicators", "20000"], check=True)
    base = os.path.join(work, "base.db")
    run(["--db", base, "init", "--seeds", os.path.join(work, "seeds")])
    subprocess.run(["sqlite3", base, "PRAGMA wal_checkpoint(TRUNCATE);"], check=True, capture_output=True)

    killed_midway(work, base, "entry import of 200,000 rows",
                  ["entry", "import", os.path.join(work, "entry.csv"), "--as", "統計課"], [0.15, 0.4, 0.8, 1.2])
    edited = os.path.join(work, "seeds-edited")
    shutil.copytree(os.path.join(work, "seeds"), edited)
    for name in os.listdir(os.path.join(edited, "policies")):
        path = os.path.join(edited, "policies", name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("title: 施策", "title: 改訂施策"))
    killed_midway(work, base, "seed import of 20,000 indicators", ["seed", "import", edited], [0.3, 1.0, 2.0])
    with_actuals = copy(base, os.path.join(work, "with-actuals.db"))
    run(["--db", with_actuals, "entry", "import", os.path.join(work, "entry.csv"), "--as", "統計課"])
    subprocess.run(["sqlite3", with_actuals, "PRAGMA wal_checkpoint(TRUNCATE);"], check=True, capture_output=True)
    killed_midway(work, with_actuals, "snapshot create", ["snapshot", "create", "--year", "2024", "--as", "総務課", "--allow-incomplete"], [0.1, 0.3])

    # A full disk: the file may not grow past its current size.
    db = copy(base, os.path.join(work, "full.db"))
    before = dump(db)
    size = os.path.getsize(db)

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    result = subprocess.run([PLANDB, "--db", db, "entry", "import", os.path.join(work, "entry.csv"), "--as", "統計課"],
                            capture_output=True, text=True, preexec_fn=limit, timeout=120)
    check("disk full during entry import: clear error, exit 1", result.returncode == 1 and result.stderr.startswith("error: "), result.stderr[:200])
    check("disk full during entry import: database unchanged", dump(db) == before and integrity(db) == "ok")

    # A read-only file: root ignores permission bits, so the file is made immutable (chattr +i).
    ro = copy(base, os.path.join(work, "readonly.db"))
    if subprocess.run(["chattr", "+i", ro], capture_output=True).returncode == 0:
        before = dump(ro)
        result = run(["--db", ro, "record", "indicator", "1-1-I1", "--year", "2023", "--value", "1", "--as", "統計課", "--confirm"])
        subprocess.run(["chattr", "-i", ro], capture_output=True)
        check("read-only file: clear error, exit 1", result.returncode == 1 and result.stderr.startswith("error: the database file cannot be written"), result.stderr[:200])
        check("read-only file: unchanged", dump(ro) == before and integrity(ro) == "ok")
    else:
        print("skip    read-only file: chattr +i is not available here")

    # Corrupted and truncated files.
    bad = copy(base, os.path.join(work, "corrupt.db"))
    with open(bad, "r+b") as f:
        f.seek(os.path.getsize(bad) // 2)
        f.write(os.urandom(8192))
    result = run(["--db", bad, "check"])
    check("corrupted file: check reports it and exits 1", result.returncode == 1 and "problem" in result.stdout + result.stderr, result.stderr[:200])
    result = run(["--db", bad, "show", "1-1"])
    check("corrupted file: show fails cleanly (no crash)", result.returncode in (0, 1) and (result.returncode == 0 or result.stderr.startswith("error: ")), result.stderr[:200])
    truncated = os.path.join(work, "truncated.db")
    with open(base, "rb") as f, open(truncated, "wb") as g:
        g.write(f.read(3000))
    result = run(["--db", truncated, "show"])
    check("truncated file: a clear error", result.returncode == 1 and result.stderr.startswith("error: "), result.stderr[:200])

def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def data_loss(work):
    home = os.path.join(work, "data-loss")
    os.makedirs(os.path.join(home, "victim", "sub"))
    with open(os.path.join(home, "victim", "report.docx"), "w") as f:
        f.write("x\n")

    def here(args, timeout=60):
        return run(args, timeout=timeout, cwd=home)
    here(["init"])
    live = sha(os.path.join(home, "plan.db"))

    result = here(["backup", "victim"])
    inside = sorted(os.listdir(os.path.join(home, "victim")))
    check("backup onto a folder: a dated copy inside, nothing lost",
          result.returncode == 0 and len(inside) == 3 and inside[0].startswith("plan-backup-") and "report.docx" in inside
          and open(os.path.join(home, "victim", "report.docx")).read() == "x\n", f"{result.stderr[:200]} {inside}")
    result = here(["backup", "v2/"])
    check("backup onto a missing folder v2/: clear error, nothing created or deleted",
          result.returncode == 1 and result.stderr.startswith("error: no folder at v2/") and "NSCocoaErrorDomain" not in result.stderr
          and not os.path.exists(os.path.join(home, "v2")), result.stderr[:200])
    result = here(["backup", "victim/report.docx", "--replace"])
    check("backup onto a file that is not a database: refused, file kept",
          result.returncode == 1 and open(os.path.join(home, "victim", "report.docx")).read() == "x\n", result.stderr[:200])

    os.symlink("plan.db", os.path.join(home, "link.db"))
    os.link(os.path.join(home, "plan.db"), os.path.join(home, "hard.db"))
    spellings = ["plan.db", "./plan.db", "../data-loss/plan.db", "link.db", "hard.db", "plan.db-wal", "plan.db-shm"]
    outcomes = []
    for spelling in spellings:
        for args in (["entry", "template", "--year", "2024", "--as", "総務課", "--out", spelling],
                     ["backup", spelling, "--replace"]):
            outcomes.append(here(args).returncode == 1)
    check(f"--out and backup onto the database under {len(spellings)} spellings: all refused, the database unchanged",
          all(outcomes) and sha(os.path.join(home, "plan.db")) == live and here(["check"]).returncode == 0)

    for name in ["file:plan.db", "file:plan.db?a="]:
        result = here(["backup", name])
        check(f"backup '{name}': a file of that name, the database unchanged, no stray partial file",
              result.returncode == 0 and os.path.isfile(os.path.join(home, name)) and sha(os.path.join(home, "plan.db")) == live
              and not [n for n in os.listdir(home) if ".partial-" in n], result.stderr[:200])

    foreign = os.path.join(home, "foreign.db")
    sql(foreign, "CREATE TABLE t(x);")
    newer = os.path.join(home, "newer.db")
    here(["backup", newer])
    sql(newer, "INSERT INTO schema_migrations VALUES (99, 'future', 'x', '2030-01-01');")
    for path, what in [(foreign, "another program's database"), (newer, "a newer plandb's database")]:
        before = sha(path)
        results = [run(["--db", path] + args) for args in (["init"], ["migrate", "up"], ["show"], ["check"])]
        check(f"{what}: refused by init and migrate up, not a byte changed",
              results[0].returncode == 1 and results[1].returncode == 1 and sha(path) == before,
              results[0].stderr[:200])

    media = os.path.join(work, "media")
    os.makedirs(media)
    copy(os.path.join(home, "plan.db"), os.path.join(media, "plan.db"))
    sql(os.path.join(media, "plan.db"), "PRAGMA journal_mode=WAL;")
    if subprocess.run(["chattr", "+i", media], capture_output=True).returncode == 0:
        commands = [["show"], ["status", "--year", "2023"], ["check"], ["sql", "SELECT count(*) FROM policies"], ["history"],
                    ["snapshot", "list"], ["dept", "list"], ["entry", "template", "--year", "2023", "--as", "総務課"]]
        failures = [" ".join(c) for c in commands if run(["--db", os.path.join(media, "plan.db")] + c).returncode != 0]
        listed = os.listdir(media)
        subprocess.run(["chattr", "-i", media], capture_output=True)
        check("a WAL database in a read-only folder: every read-only command works", not failures, ", ".join(failures))
        check("a WAL database in a read-only folder: no file created beside it", listed == ["plan.db"], str(listed))
    else:
        print("skip    read-only folder: chattr +i is not available here")

    fifo = os.path.join(home, "pipe.db")
    os.mkfifo(fifo)
    for path in [fifo, "/dev/null", os.path.join(home, "victim")]:
        try:
            results = [run(["--db", path] + args, timeout=10) for args in (["init"], ["show"])]
            ok = all(r.returncode == 1 and r.stderr.startswith(f"error: {path} is ") for r in results)
            detail = results[0].stderr[:200]
        except subprocess.TimeoutExpired:
            ok, detail = False, "hung"
        check(f"--db {os.path.basename(path)}: refused at once", ok, detail)
    check("--db /dev/null: no /dev/null-journal left behind", not os.path.exists("/dev/null-journal"))


def concurrency(work):
    db = os.path.join(work, "busy.db")
    run(["--db", db, "init"])
    indicators = [("6-6-I1", "総務課"), ("6-6-I2", "総務課"), ("6-6-I3", "総務課"), ("6-7-I1", "税務課"),
                  ("6-7-I3", "財政課"), ("6-7-I4", "財政課"), ("6-5-I1", "秘書広報課"), ("6-1-I1", "市民協働課")]
    errors = []
    stop = threading.Event()

    def writer(code, dept):
        for n in range(100):
            year = 2023 + n % 5
            result = run(["--db", db, "record", "indicator", code, "--year", str(year), "--value", f"{1000 + n}", "--as", dept, "--confirm"])
            if result.returncode != 0:
                errors.append(f"{code} {n}: {result.stderr.strip()}")

    def reader():
        while not stop.is_set():
            result = run(["--db", db, "query", "run", "achievement", "-p", "year", "2024", "--format", "csv"])
            if result.returncode != 0:
                errors.append(f"query: {result.stderr.strip()}")

    backups = []

    def backer():
        n = 0
        while not stop.is_set():
            target = os.path.join(work, f"backup-{n}.db")
            result = run(["--db", db, "backup", target])
            if result.returncode != 0:
                errors.append(f"backup: {result.stderr.strip()}")
            else:
                backups.append(target)
            n += 1
            time.sleep(0.2)

    threads = [threading.Thread(target=writer, args=pair) for pair in indicators]
    side = [threading.Thread(target=reader), threading.Thread(target=backer)]
    started = time.time()
    for t in threads + side:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    for t in side:
        t.join()
    check(f"8 writers × 100 records with a reader and backups ({time.time() - started:.1f} s): no command failed", not errors, "; ".join(errors[:3]))
    check("every entry is there", sql(db, "SELECT count(*) FROM indicator_actuals") == "800")
    check("every entry is in the history", sql(db, "SELECT count(*) FROM v_history") == "800")
    check(f"{len(backups)} backups taken during the writes all pass integrity_check", backups and all(integrity(b) == "ok" for b in backups))


def tampering(work):
    """Changes made behind plandb's back with the sqlite3 shell: `check` names each one, and the
    published SHA-256 can be recomputed without plandb by the recipe in README.md."""
    base = os.path.join(work, "frozen.db")
    run(["--db", base, "init"])
    run(["--db", base, "record", "indicator", "6-7-I1", "--year", "2023", "--value", "95.10", "--as", "税務課"])
    run(["--db", base, "snapshot", "create", "--year", "2023", "--as", "総務課", "--allow-incomplete"])
    subprocess.run(["sqlite3", base, "PRAGMA wal_checkpoint(TRUNCATE);"], check=True, capture_output=True)
    published = sql(base, "SELECT sha256 FROM snapshots")
    result = run(["--db", base, "check"])
    check("tampering: a freshly frozen year passes check", result.returncode == 0, result.stderr[:200])
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        recipe = f.read().split("```python\n", 1)[1].split("```", 1)[0]
    namespace = {}
    exec(recipe, namespace)
    check("tampering: the README's recipe recomputes the published SHA-256 without plandb",
          namespace["snapshot_sha256"](base, 2023, 1) == published)

    def tampered(name, statements):
        db = copy(base, os.path.join(work, f"tampered-{name}.db"))
        subprocess.run(["sqlite3", db, statements], check=True, capture_output=True)
        return db, run(["--db", db, "check", "--format", "tsv"])

    db, result = tampered("infinity", "DROP TRIGGER snapshot_indicators_immutable_update; "
                                      "UPDATE snapshot_indicators SET progress_pct = 9e999 WHERE indicator_code = '6-7-I2';")
    check("tampering: +Inf where NULL was frozen is a changed hash and an infinite number",
          result.returncode == 1 and "version 1: content changed since it was frozen" in result.stdout
          and "6-7-I2 holds an infinite number" in result.stdout, result.stdout[-400:])
    insert = subprocess.run(["sqlite3", copy(base, os.path.join(work, "insert-inf.db")),
                             "INSERT INTO snapshot_indicators SELECT snapshot_id, 99, 'X', policy_code, name, unit, source_dept, is_kpi, "
                             "direction, baseline_text, -9e999, baseline_year, targets, target_text, target_value, target_basis, value_text, "
                             "value, achieved, progress_pct FROM snapshot_indicators LIMIT 1;"], capture_output=True, text=True)
    check("tampering: a snapshot row refuses -Inf", insert.returncode != 0 and "a snapshot holds finite numbers only" in insert.stderr, insert.stderr)

    triggers = sql(base, "SELECT group_concat(name, ' ') FROM sqlite_schema WHERE type = 'trigger'").split()
    db, result = tampered("schema", "".join(f"DROP TRIGGER {name}; " for name in triggers)
                          + "DROP VIEW v_history; UPDATE indicator_actuals SET value_text = '99.99', value = 99.99;")
    history = run(["--db", db, "history"])
    named = all(f"schema\tproblem\ttrigger {name}: missing" in result.stdout for name in triggers)
    check(f"tampering: {len(triggers)} dropped triggers and v_history are each named by check",
          result.returncode == 1 and named and "schema\tproblem\tview v_history: missing" in result.stdout, result.stdout[-400:])
    check("tampering: history fails without v_history, and check (above) says why", history.returncode == 1, history.stderr[:200])

    db, result = tampered("year-locks", "DELETE FROM year_locks;")
    record = run(["--db", db, "record", "indicator", "6-7-I1", "--year", "2023", "--value", "1", "--as", "税務課"])
    check("tampering: deleting year_locks leaves the frozen year locked", record.returncode == 1 and "is locked" in record.stderr, record.stderr[:200])
    check("tampering: check names the missing year lock",
          result.returncode == 1 and "year locks\tproblem\t2023（令和5）年度: frozen by snapshot version 1 and never reopened" in result.stdout, result.stdout[-400:])

    before = run(["--db", base, "snapshot", "export", "2023", "--format", "html"]).stdout
    db, result = tampered("plan-name", "UPDATE plans SET name = '改ざん計画', municipality = '改ざん市';")
    after = run(["--db", db, "snapshot", "export", "2023", "--format", "html"]).stdout
    check("tampering: renaming the plan leaves the frozen report as it was", before and after == before and "改ざん" not in after)
    db, result = tampered("header", "DROP TRIGGER snapshot_headers_immutable_update; UPDATE snapshot_headers SET plan_name = '改ざん計画';")
    check("tampering: a changed frozen header is a changed hash",
          result.returncode == 1 and "version 1: content changed since it was frozen" in result.stdout, result.stdout[-400:])


def mutate(text, rng):
    chars = list(text)
    for _ in range(rng.randint(1, 6)):
        kind = rng.random()
        position = rng.randrange(len(chars) + 1)
        if kind < 0.3 and chars:
            del chars[min(position, len(chars) - 1)]
        elif kind < 0.6:
            chars.insert(position, rng.choice([",", "\"", "\r", "\n", "－", "９", "=", "'", "%", " ", "\x00", "千円", "👍", "ｶ", "-", ".", "\\"]))
        elif chars:
            chars[min(position, len(chars) - 1)] = rng.choice("0123456789,.\"\n")
    return "".join(chars)


def fuzz_loop(name, db, command, write_case, cases, seconds, on_success=None):
    """Runs up to `cases` mutated inputs (within `seconds`): plandb must never crash or hang,
    and a failed run must leave the file as it was. `on_success(result, before_count)` checks
    a run that worked and returns a problem or None."""
    crashes, half, ran = [], [], 0
    deadline = time.time() + seconds
    for n in range(cases):
        if time.time() > deadline:
            break
        ran += 1
        write_case()
        before, before_count = dump(db), int(sql(db, "SELECT count(*) FROM indicator_actuals"))
        try:
            result = run(["--db", db] + command, timeout=20)
        except subprocess.TimeoutExpired:
            crashes.append(f"case {n}: hang")
            continue
        if result.returncode not in (0, 1) or (result.returncode == 1 and not result.stderr.startswith("error: ")):
            crashes.append(f"case {n}: exit {result.returncode} {result.stderr[:120]}")
        elif result.returncode == 1 and dump(db) != before:
            half.append(f"case {n}: failed but changed the file")
        elif result.returncode == 0 and on_success:
            problem = on_success(result, before_count)
            if problem:
                half.append(f"case {n}: {problem}")
    check(f"fuzzed {name}, {ran} cases: no crash or hang", not crashes, "; ".join(crashes[:3]))
    check(f"fuzzed {name}, {ran} cases: complete or unchanged", not half, "; ".join(half[:3]))


def fuzz(work, seconds=60, cases=300):
    rng = random.Random(20261129)

    # Entry files: a filled-in sheet, mutated, or random bytes.
    db = os.path.join(work, "fuzz.db")
    run(["--db", db, "init"])
    lines = run(["--db", db, "entry", "template", "--year", "2023", "--as", "総務課"]).stdout.splitlines()  # text mode: CRLF is LF
    for i in range(1, 4):
        cells = lines[i].split(",")
        cells[7] = str(500 + i)
        lines[i] = ",".join(cells)
    filled = "\r\n".join(lines)
    sheet = os.path.join(work, "fuzz.csv")

    def write_sheet():
        data = mutate(filled, rng).encode(rng.choice(["utf-8", "utf-8-sig"]), "surrogatepass") if rng.random() < 0.8 else os.urandom(rng.randint(0, 400))
        with open(sheet, "wb") as f:
            f.write(data)

    def imported_completely(result, before_count):
        changed = int(result.stdout.rsplit(": ", 1)[1].split(" changed")[0]) if " changed" in result.stdout else -1
        written = int(sql(db, "SELECT count(*) FROM indicator_actuals")) - before_count
        return None if written == changed else f"said {changed} changed, {written} written"

    fuzz_loop("entry import", db, ["entry", "import", sheet, "--as", "総務課", "--confirm"], write_sheet, cases, seconds, imported_completely)

    # Seed files: one policy file of a small synthetic plan, mutated; restored after a success.
    seeds = os.path.join(work, "fuzz-seeds")
    subprocess.run([sys.executable, GEN, "seeds", seeds, "--indicators", "50"], check=True)
    policy = os.path.join(seeds, "policies", "1-1.yaml")
    with open(policy, encoding="utf-8") as f:
        original = f.read()
    sdb = os.path.join(work, "fuzz-seeds.db")
    run(["--db", sdb, "init", "--seeds", seeds])

    def write_policy():
        with open(policy, "w", encoding="utf-8") as f:
            f.write(mutate(original, rng))

    def restore(result, before_count):
        with open(policy, "w", encoding="utf-8") as f:
            f.write(original)
        run(["--db", sdb, "seed", "import", seeds])
        return None

    fuzz_loop("seed import", sdb, ["seed", "import", seeds], write_policy, cases, seconds, restore)


def peak_memory_kb(args):
    """Runs plandb ARGS with its output thrown away; returns (exit code, max RSS in kB, stderr)."""
    # wait4 gives this one child's own peak. RUSAGE_CHILDREN would not: it is the maximum over
    # every child ever waited for, and faults.sh execs this script from the shell that waited for
    # `swift build` (hundreds of MB), so that figure survives the exec.
    child = subprocess.Popen([PLANDB] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.stderr.close()
    return os.waitstatus_to_exitcode(status), usage.ru_maxrss, err.decode()


def bounds(work):
    db = os.path.join(work, "bounds.db")
    run(["--db", db, "init"])
    rows = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT {}) SELECT x, printf('value %d', x) AS v FROM c"
    for fmt in ["table", "markdown", "csv", "json"]:
        code, peak, err = peak_memory_kb(["--db", db, "sql", "--timeout", "600", "--format", fmt, rows.format(2_000_000)])
        check(f"2,000,000 rows as {fmt}: max RSS {peak // 1024} MB stays under 100 MB", code == 0 and peak < 100 * 1024, err[:200])
    started = time.time()
    code, peak, err = peak_memory_kb(["--db", db, "sql", "--timeout", "1", "SELECT printf('%.*c', 2e9, 'a')"])
    check(f"printf of 2e9 characters with --timeout 1: stopped after {time.time() - started:.1f} s, max RSS {peak // 1024} MB",
          code == 1 and err.startswith("error: the query ran longer than 1 s") and time.time() - started < 5, err[:200])


def file_hash(db):
    """SHA-256 of the database file's bytes (and of its WAL, should one be left beside it)."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        if os.path.exists(db + suffix):
            with open(db + suffix, "rb") as f:
                digest.update(f.read())
    return digest.hexdigest()


def workbook_fuzz(work, seconds=90, cases=1000):
    """Random byte flips of a real, filled-in entry workbook (issue 23), run against the release
    binary: every run is a clean refusal (exit 1, "error: …" on standard error, the database
    file byte for byte as before) or a correct import (exit 0, and the year's actuals exactly
    those of the untouched workbook), never a crash (a signal: FoundationXML traps on invalid
    UTF-8 in a name), a hang (20 s) or a silent change. Each case starts from the same copy of
    the empty database. Bounded by `cases` and `seconds`; prints the counts and the time."""
    rng = random.Random(20261204)
    source = os.path.join(work, "fuzz-workbook-source.db")
    run(["--db", source, "init"])
    # 総務課's actuals for 2023, recorded in a scratch database so that its workbook is filled in.
    codes = sql(source, "SELECT indicator_code FROM v_indicators WHERE source_dept = '総務課' ORDER BY indicator_code").split()
    values = {code: f"{1234 + 111 * n}.5{n}" for n, code in enumerate(codes)}
    for code, value in values.items():
        recorded = run(["--db", source, "record", "indicator", code, "--year", "2023", "--value", value, "--as", "総務課", "--confirm"])
        check(f"workbook fuzz: recorded {code} for the filled-in workbook", recorded.returncode == 0, recorded.stderr[:200])
    clean = os.path.join(work, "clean.xlsx")
    run(["--db", source, "entry", "template", "--year", "2023", "--as", "総務課", "--out", clean])
    with open(clean, "rb") as f:
        original = f.read()
    empty = os.path.join(work, "fuzz-workbook-empty.db")
    run(["--db", empty, "init"])
    expected = sorted(values.items())

    def actuals(db):
        rows = sql(db, "SELECT indicator_code || '=' || value_text FROM v_indicator_results WHERE fiscal_year = 2023 ORDER BY indicator_code")
        return sorted(tuple(row.split("=", 1)) for row in rows.splitlines())

    db = os.path.join(work, "fuzz-workbook.db")
    book = os.path.join(work, "fuzz.xlsx")
    untouched = run(["--db", copy(empty, db), "entry", "import", clean, "--as", "総務課", "--confirm"])
    check(f"workbook fuzz: the untouched workbook imports its {len(expected)} actuals",
          untouched.returncode == 0 and actuals(db) == expected and len(expected) > 0, untouched.stderr[:200] + str(actuals(db)))

    counts = {"refused": 0, "imported": 0, "crashed": 0, "hung": 0, "changed on refusal": 0, "wrong import": 0}
    problems = []
    started = time.time()
    ran = 0
    for n in range(cases):
        if time.time() - started > seconds:
            break
        ran += 1
        data = bytearray(original)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        with open(book, "wb") as f:
            f.write(bytes(data))
        copy(empty, db)
        before = file_hash(db)
        try:
            result = run(["--db", db, "entry", "import", book, "--as", "総務課", "--confirm"], timeout=20)
        except subprocess.TimeoutExpired:
            counts["hung"] += 1
            problems.append(f"case {n}: hang")
            continue
        if result.returncode < 0 or result.returncode not in (0, 1):
            counts["crashed"] += 1
            problems.append(f"case {n}: exit {result.returncode} {result.stderr[:120]}")
        elif result.returncode == 1:
            if not result.stderr.startswith("error: "):
                counts["crashed"] += 1
                problems.append(f"case {n}: exit 1 without an error message: {result.stderr[:120]}")
            elif file_hash(db) != before:
                counts["changed on refusal"] += 1
                problems.append(f"case {n}: refused but the file changed: {result.stderr[:120]}")
            else:
                counts["refused"] += 1
        elif actuals(db) != expected:
            counts["wrong import"] += 1
            problems.append(f"case {n}: imported {actuals(db)}")
        else:
            counts["imported"] += 1
    elapsed = time.time() - started
    summary = ", ".join(f"{count} {name}" for name, count in counts.items())
    print(f"        entry workbook byte flips: {ran} cases in {elapsed:.1f} s: {summary}")
    check(f"fuzzed entry workbook byte flips, {ran} cases: no crash or hang", counts["crashed"] + counts["hung"] == 0, "; ".join(problems[:3]))
    check(f"fuzzed entry workbook byte flips, {ran} cases: a clean refusal with the file unchanged, or the right import",
          counts["changed on refusal"] + counts["wrong import"] == 0, "; ".join(problems[:3]))


def option(name, default):
    """The number after `name` on the command line, or `default`."""
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv[:-1] else default


def main():
    if "--only-workbook-fuzz" in sys.argv:
        with tempfile.TemporaryDirectory(prefix="plandb-faults-") as work:
            workbook_fuzz(work, seconds=option("--seconds", 90), cases=option("--cases", 1000))
        print(f"{passed} passed, {failed} failed")
        sys.exit(1 if failed else 0)
    with tempfile.TemporaryDirectory(prefix="plandb-faults-") as work:
        bounds(work)
        faults(work)
        data_loss(work)
        concurrency(work)
        tampering(work)
        fuzz(work)
        workbook_fuzz(work)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
