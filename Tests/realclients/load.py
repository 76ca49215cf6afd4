"""Load on loopback: SESSIONS concurrent sessions each post ENTRIES actuals to plandb serve.

Run by load.sh, which starts the server (PLANDB_URL) on a fresh database with one account per
session (load01 … load50, password in PLANDB_LOAD_PASSWORD). Bounded: every request has a
timeout and the whole run stops after DEADLINE seconds. Afterwards the database must hold every
entry exactly once: none lost, none doubled. Prints the figures as JSON on the last line.

ATTACKERS=N (default 0) adds N connections, in a process of their own (so that they do not take
the clerks' interpreter lock), that post sign-ins with random names and passwords from the moment
the clerks start writing until they are done, each from a random client address (X-Real-IP: the
server runs with --behind-tls-proxy), so that each name fails once and neither the lock of a name
nor the limit of an address stops them: every attempt costs the server a password check. None
may sign in.
"""
import http.client
import json
import multiprocessing
import os
import random
import sqlite3
import sys
import threading
import time
import urllib.parse

URL = urllib.parse.urlparse(os.environ["PLANDB_URL"])
assert URL.hostname in ("127.0.0.1", "localhost", "::1"), "the load test only ever targets loopback"
SESSIONS = int(os.environ.get("SESSIONS", "50"))
ENTRIES = int(os.environ.get("ENTRIES", "100"))
DEADLINE = float(os.environ.get("DEADLINE", "300"))
PASSWORD = os.environ["PLANDB_LOAD_PASSWORD"]
DATABASE = os.environ["PLANDB_DB"]
YEAR = 2024
ATTACKERS = int(os.environ.get("ATTACKERS", "0"))
SIGN_IN_WAIT = float(os.environ.get("SIGN_IN_WAIT", "180"))

latencies = []
errors = []
lock = threading.Lock()
started_at = time.monotonic()


def request(connection, method, path, body=None, headers=None):
    connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers or {})
    response = connection.getresponse()
    return response.status, response.getheader("Set-Cookie"), response.read()


def session(number, barrier):
    user = f"load{number:02d}"
    connection = http.client.HTTPConnection(URL.hostname, URL.port, timeout=30)
    # Fifty clerks signing in at the same moment meet the server's bounded pool of password
    # checks: 503 means "try again in a few seconds", which a well-behaved client does, for as
    # long as fifty checks take (the checks run below the priority of requests, so on a machine
    # busy with other builds, a debug build's may take a few seconds each).
    signing_in = time.monotonic()
    while True:
        status, cookie, body = request(connection, "POST", "/api/v1/session", {"user": user, "password": PASSWORD},
                                       {"Content-Type": "application/json"})
        if status != 503 or time.monotonic() - signing_in > SIGN_IN_WAIT:
            break
        time.sleep(0.25 + 0.05 * (number % 7))
    if status != 200:
        with lock:
            errors.append(f"{user}: sign-in answered {status}")
        barrier.wait()
        return
    headers = {"Cookie": cookie.split(";")[0], "X-CSRF-Token": json.loads(body)["csrf_token"], "Content-Type": "application/json"}
    status, _, body = request(connection, "GET", f"/api/v1/items?year={YEAR}", headers=headers)
    indicators = [item["code"] for item in json.loads(body) if item["kind"] == "indicator"]
    barrier.wait()
    # The others may have taken longer to sign in than the server keeps an idle connection open
    # (30 s): a new connection, as a browser would open.
    connection.close()
    connection = http.client.HTTPConnection(URL.hostname, URL.port, timeout=30)
    mine = []
    for index in range(ENTRIES):
        if time.monotonic() - started_at > DEADLINE:
            with lock:
                errors.append(f"{user}: stopped at the deadline after {index} entries")
            break
        # A value of its own for every entry, so that each is recorded and can be found once.
        value = f"{number}.{index:04d}"
        # confirm: the values are made up, and some look like typos beside the plan's.
        entry = {"kind": "indicator", "code": indicators[index % len(indicators)], "year": YEAR, "value": value, "confirm": True}
        began = time.perf_counter()
        status, _, body = request(connection, "POST", "/api/v1/entries", entry, headers)
        elapsed = time.perf_counter() - began
        result = json.loads(body).get("result") if status == 200 else None
        with lock:
            latencies.append(elapsed)
            if status != 200 or result != "recorded":
                errors.append(f"{user}: entry {index} answered {status} {body[:120]!r}")
        mine.append(value)
    connection.close()


def attacker(stop, answers):
    """Random sign-ins on one connection until `stop`; counts the answers by status."""
    connection = http.client.HTTPConnection(URL.hostname, URL.port, timeout=30)
    rng = random.Random()
    while not stop.is_set():
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(3, 20)))
        password = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(8, 30)))
        address = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        try:
            status, _, _ = request(connection, "POST", "/api/v1/session", {"user": name, "password": password},
                                   {"Content-Type": "application/json", "X-Real-IP": address})
        except (OSError, http.client.HTTPException):
            status = "error"
            connection.close()
            connection = http.client.HTTPConnection(URL.hostname, URL.port, timeout=30)
        answers.put(status)
    connection.close()


def attackers(count, go, stop, totals):
    """`count` attacking connections in this process, from `go` to `stop`; their answers,
    counted, into `totals`."""
    import queue
    go.wait()
    answers = queue.Queue()
    threads = [threading.Thread(target=attacker, args=(stop, answers)) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counts = {}
    while not answers.empty():
        status = str(answers.get())
        counts[status] = counts.get(status, 0) + 1
    totals.put(counts)


if ATTACKERS:
    # Forked before any thread of the clerks runs; waits for them to have signed in.
    go, stop, totals = multiprocessing.Event(), multiprocessing.Event(), multiprocessing.Queue()
    attacking = multiprocessing.Process(target=attackers, args=(ATTACKERS, go, stop, totals))
    attacking.start()
barrier = threading.Barrier(SESSIONS + 1)
threads = [threading.Thread(target=session, args=(number, barrier)) for number in range(1, SESSIONS + 1)]
for thread in threads:
    thread.start()
barrier.wait()
if ATTACKERS:
    go.set()
began = time.perf_counter()
for thread in threads:
    thread.join(timeout=DEADLINE)
wall = time.perf_counter() - began
attacks = {}
if ATTACKERS:
    stop.set()
    attacks = totals.get(timeout=60)
    attacking.join(timeout=60)

database = sqlite3.connect(f"file:{DATABASE}?mode=ro", uri=True)
rows = database.execute("SELECT actor, value_text, count(*) FROM indicator_actuals WHERE source = 'web' GROUP BY actor, value_text").fetchall()
database.close()
recorded = sum(count for _, _, count in rows)
doubled = [row for row in rows if row[2] != 1]
expected = {(f"load{n:02d}", f"{n}.{i:04d}") for n in range(1, SESSIONS + 1) for i in range(ENTRIES)}
found = {(actor, value) for actor, value, _ in rows}
lost = expected - found

latencies.sort()
def percentile(p):
    return latencies[min(len(latencies) - 1, int(round(p / 100 * (len(latencies) - 1))))] * 1000 if latencies else float("nan")

figures = {
    "sessions": SESSIONS, "entries_per_session": ENTRIES, "requests": len(latencies), "wall_s": round(wall, 3),
    "requests_per_s": round(len(latencies) / wall, 1), "p50_ms": round(percentile(50), 2), "p99_ms": round(percentile(99), 2),
    "recorded": recorded, "lost": len(lost), "doubled": len(doubled), "errors": len(errors),
    "attackers": ATTACKERS, "attacks": attacks,
}
for error in errors[:10]:
    print("error:", error)
checks = [
    ("every request answered 200 recorded", not errors),
    ("every entry is in the database", not lost),
    ("no entry is there twice", not doubled and recorded == len(expected)),
]
if ATTACKERS:
    checks.append(("no random sign-in signed in, and none had a 5xx answer but 503 (the pool of checks full)",
                   "200" not in attacks and all(not s.startswith("5") or s == "503" for s in attacks)))
    checks.append(("the attackers' requests reached the server", sum(attacks.values()) > 0))
for name, ok in checks:
    print(("ok   " if ok else "FAIL ") + name)
print(f"{sum(ok for _, ok in checks)} passed, {sum(not ok for _, ok in checks)} failed")
print(json.dumps(figures))
sys.exit(0 if all(ok for _, ok in checks) else 1)
