#!/usr/bin/env bash
# The whole benchmark: builds plandb in release mode and runs Benchmarks/run.py, which writes
# BENCHMARKS.md. Needs python3, the sqlite3 shell and GNU time (Debian: apt-get install -y
# sqlite3 time). Not part of `swift test`. Pass --scales 10000,100000 for a shorter run
# (--shapes, --skip-serve and --skip-workbook: see Benchmarks/run.py --help).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in sqlite3 /usr/bin/time python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: $tool is missing (apt-get install -y sqlite3 time python3)" >&2; exit 1; }
done
# The binary the README recommends installing: the Swift runtime and Foundation linked in, which
# also starts a third faster (no dynamic symbol lookups into libFoundation at every run).
swift build -c release --static-swift-stdlib --product plandb
# The server, for the load run with 200 sessions (`plandb serve` runs this binary).
swift build -c release --static-swift-stdlib --product plandb-serve
plandb="$(swift build -c release --static-swift-stdlib --show-bin-path)/plandb"
python3 Benchmarks/run.py --plandb "$plandb" "$@"
# 事務事業 and their cost (issue #25): its own section of BENCHMARKS.md.
exec python3 Benchmarks/cost.py --plandb "$plandb"
