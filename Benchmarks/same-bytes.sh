#!/bin/sh
# Exports a snapshot with two builds of plandb and compares the bytes: a change made for speed
# must not change a single byte (issue 26). The unit tests compare the byte writers with the
# String code on generated values; this compares whole exports of a generated plan of any size.
#
#   Benchmarks/same-bytes.sh OLD_PLANDB NEW_PLANDB DATABASE YEAR
#
# e.g. with the database `Benchmarks/run.py` builds (a snapshot of 100,000 indicators), OLD a
# release build of main and NEW one of the branch.
set -eu
old=$1 new=$2 db=$3 year=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for format in csv json markdown html; do
    "$old" --db "$db" snapshot export "$year" --format "$format" --out "$work/old.$format" >/dev/null
    "$new" --db "$db" snapshot export "$year" --format "$format" --out "$work/new.$format" >/dev/null
    if cmp -s "$work/old.$format" "$work/new.$format"; then
        echo "same: $format ($(wc -c <"$work/new.$format") bytes)"
    else
        echo "DIFFERENT: $format: $(cmp "$work/old.$format" "$work/new.$format" 2>&1 || true)"
        status=1
    fi
done
# Standard output goes through the console's buffer instead of the file's.
if [ "$("$old" --db "$db" snapshot export "$year" --format csv | cksum)" = "$("$new" --db "$db" snapshot export "$year" --format csv | cksum)" ]; then
    echo "same: csv on standard output"
else
    echo "DIFFERENT: csv on standard output"
    status=1
fi
exit $status
