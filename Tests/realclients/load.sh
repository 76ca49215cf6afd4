#!/usr/bin/env bash
# Load on loopback only: SESSIONS (50) concurrent sessions each post ENTRIES (100) actuals to
# `plandb serve` on 127.0.0.1; every entry must be recorded once. Then the same again on a fresh
# copy of the database with ATTACKERS (16) more connections posting random sign-ins (random
# names and passwords from random client addresses) while the clerks write: none may sign in, and
# the clerks' p99 must stay within P99_FACTOR (2) times that of the run without them (issue 24).
# Then the same number of actuals recorded in one process through the server's write path without
# HTTP, for the comparison. CONFIG=release builds optimised (the figures in BENCHMARKS.md);
# UPDATE=1 writes them into BENCHMARKS.md. Bounded in count and in time (DEADLINE seconds).
# Both server runs use --behind-tls-proxy, so that the attackers' X-Real-IP counts as their address.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/realclients/serve.sh
export SESSIONS="${SESSIONS:-50}" ENTRIES="${ENTRIES:-100}" DEADLINE="${DEADLINE:-300}"
attackers="${ATTACKERS:-16}"

export PLANDB_DB="$work/plan.db" PLANDB_LOAD_PASSWORD="load-test-password"
"$bin/plandb" init >/dev/null
# One account per session, spread over the departments that survey indicators.
mapfile -t depts < <("$bin/plandb" sql --format tsv "SELECT DISTINCT source_dept FROM v_indicators ORDER BY 1" | tail -n +2)
for n in $(seq 1 "$SESSIONS"); do
  printf '%s\n' "$PLANDB_LOAD_PASSWORD" | "$bin/plandb" user add "$(printf 'load%02d' "$n")" --dept "${depts[$(( (n - 1) % ${#depts[@]} ))]}" >/dev/null
done
cp "$work/plan.db" "$work/loop.db"
cp "$work/plan.db" "$work/attacked.db"

status=0
# Serves DATABASE and runs load.py against it with ATTACKERS attacking connections; its output to OUT.
load() {
  local database="$1" count="$2" out="$3"
  start_server "$out.serve.log" "$bin/plandb-serve" --db "$database" --host 127.0.0.1 --behind-tls-proxy
  PLANDB_DB="$database" ATTACKERS="$count" PLANDB_URL="$url" timeout $(( DEADLINE + 60 )) python3 Tests/realclients/load.py | tee "$out" || status=$?
  stop_server
}
echo "== $SESSIONS clerks"
load "$work/plan.db" 0 "$work/load.out"
echo "== $SESSIONS clerks and $attackers connections posting random sign-ins"
load "$work/attacked.db" "$attackers" "$work/attacked.out"

loop="$("$bin/plandb-serve" --db "$work/loop.db" --measure-recording $(( SESSIONS * ENTRIES )))"
echo "one process, no HTTP: $loop"
python3 - "$work/load.out" "$loop" "$config" "$work/attacked.out" <<'PY'
import json, re, sys, datetime, os, platform
figures = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
attacked = json.loads(open(sys.argv[4]).read().strip().splitlines()[-1])
factor_wanted = float(os.environ.get("P99_FACTOR", "2"))
factor = attacked["p99_ms"] / figures["p99_ms"]
attacks = attacked["attacks"]
print(f"clerks' p99 {figures['p99_ms']} ms alone, {attacked['p99_ms']} ms beside {attacked['attackers']} attacking connections: {factor:.2f}× (at most {factor_wanted:g}× wanted)")
print(f"the attackers' answers: {json.dumps(attacks, sort_keys=True)}")
loop_rate = float(re.search(r"([0-9.]+) per second", sys.argv[2]).group(1))
ratio = figures["requests_per_s"] / loop_rate
print(f"server {figures['requests_per_s']} req/s against {loop_rate:.0f} recordings/s in one process: {ratio:.2f} (at least 0.50 wanted)")
ok = ratio >= 0.5
# Under CI the machine may be busy with other builds: the ratio is reported, and only the
# correctness checks above decide the run.
if not ok and os.environ.get("CI") == "true":
    print("warn the server reached less than half the rate of the recording loop on a busy machine")
    ok = True
else:
    print(("ok   " if ok else "FAIL ") + "the server reaches at least half the rate of the recording loop")
attack_ok = factor <= factor_wanted
print(("ok   " if attack_ok else "FAIL ") + f"the clerks' p99 beside the attackers is within {factor_wanted:g}× of their p99 alone")
print(f"{int(ok) + int(attack_ok)} passed, {int(not ok) + int(not attack_ok)} failed")
ok = ok and attack_ok
if os.environ.get("UPDATE") == "1":
    section = f"""<!-- serve-load: written by Tests/realclients/load.sh (UPDATE=1); Benchmarks/run.sh keeps it -->
## plandb serve under load

Made by `CONFIG={sys.argv[3]} UPDATE=1 bash Tests/realclients/load.sh` on {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC, {sys.argv[3]} build,
on this 2-core machine shared with other builds (figures vary with that load). {figures['sessions']} sessions
signed in at once, each posting {figures['entries_per_session']} actuals (POST /api/v1/entries, one JSON entry per request,
keep-alive) to `plandb serve` on 127.0.0.1; then the same number of actuals recorded in one process through
the server's own write path without HTTP (`plandb-serve --measure-recording N`).

| work | requests | wall s | per second | p50 ms | p99 ms | recorded | lost | doubled |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| {figures['sessions']} sessions × {figures['entries_per_session']} entries over HTTP | {figures['requests']} | {figures['wall_s']} | {figures['requests_per_s']} | {figures['p50_ms']} | {figures['p99_ms']} | {figures['recorded']} | {figures['lost']} | {figures['doubled']} |
| the same, beside {attacked['attackers']} connections posting random sign-ins | {attacked['requests']} | {attacked['wall_s']} | {attacked['requests_per_s']} | {attacked['p50_ms']} | {attacked['p99_ms']} | {attacked['recorded']} | {attacked['lost']} | {attacked['doubled']} |
| the same recording in a loop, one process | {figures['sessions'] * figures['entries_per_session']} | | {loop_rate:.0f} | | | | | |

The server reaches {ratio:.2f} of the loop's rate (at least 0.50 is wanted). Every write is one SQLite
transaction on the one writer connection (WAL, synchronous=NORMAL as the command line sets it); the
requests wait for it in turn, so p50 and p99 grow with the number of sessions, while parsing, the
session check and reads run beside it on the other core: that is how the server can match the loop,
which does its work one step after another. Both figures move with the other builds on the machine.

Beside the clerks, {attacked['attackers']} connections (a process of their own) posted sign-ins with random names and
passwords, each from a random client address (`X-Real-IP`; both runs with `--behind-tls-proxy`), so
that neither the lock of a name nor the limit of an address stopped them: {sum(attacks.values())} attempts, answered
{", ".join(f"{count} × {code}" for code, count in sorted(attacks.items()))}; none signed in. The clerks' p99 went from {figures['p99_ms']} ms to
{attacked['p99_ms']} ms ({factor:.2f}×; at most {factor_wanted:g}× is wanted). The password checks run two at a time on
threads of their own at a lower priority (nice 10) than the threads that serve requests, with
eight more waiting; past that a sign-in waits a second and is answered 503, so a script trying
again at once costs a request a second; the counts of failed sign-ins reach the file in batches,
after the answers. Before, the checks ran on Dispatch's global queue, whose threads on Linux are
those that serve requests too, and a single clerk's write beside 16 such connections took 515 ms
instead of 5 ms.
<!-- /serve-load -->
"""
    # In place, so that what follows it (kept by Benchmarks/run.sh, which keeps everything from
    # this section on) stays after it.
    text = open("BENCHMARKS.md").read()
    if re.search(r"<!-- serve-load.*?<!-- /serve-load -->\n", text, flags=re.S):
        text = re.sub(r"<!-- serve-load.*?<!-- /serve-load -->\n", lambda _: section, text, count=1, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    open("BENCHMARKS.md", "w").write(text)
sys.exit(0 if ok else 1)
PY
exit "$status"
