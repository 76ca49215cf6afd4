#!/usr/bin/env bash
# The slow fault and fuzz checks (SIGKILL mid-write, a full disk, corrupted files, eight writers
# at once, fuzzed entry and seed files, random byte flips of an entry workbook). Builds plandb in
# release mode and runs Benchmarks/faults.py; ends with "N passed, N failed" and exits non-zero
# on any failure. `Benchmarks/faults.sh --only-workbook-fuzz [--cases N] [--seconds S]` runs the
# workbook byte flips alone (by default at most 1000 cases in 90 s) and prints how many runs were
# refused, imported, crashed or hung.
# Needs python3 and the sqlite3 shell. Takes about two to three minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in sqlite3 python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: $tool is missing (apt-get install -y sqlite3 python3)" >&2; exit 1; }
done
swift build -c release --product plandb >/dev/null
exec python3 Benchmarks/faults.py "$(swift build -c release --show-bin-path)/plandb" "$@"
