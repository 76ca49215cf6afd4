#!/usr/bin/env bash
# The JSON API checked against its own /openapi.json by schemathesis (PyPI), on 127.0.0.1 only
# (issue 24): a fresh database with one account of 企画政策課 (the department of the document's
# example bodies, which lead schemathesis to answers of 200 too), signed in first so that the
# cookie and the CSRF token go with every request; then schemathesis sends what the document
# allows and what it does not. Every answer must be no 5xx, of a status the document lists for
# the operation, with the documented content type, headers and a body that matches the
# documented schema. Signing out is run last, on its own, as it ends the session the rest uses.
# Installs schemathesis 4 into a virtual environment of its own (a cache folder) when it is not
# there. EXAMPLES (examples per operation and phase, default 50) bounds each run, and MAX_TIME
# (seconds per run, default 120) stops it regardless.
set -euo pipefail
cd "$(dirname "$0")/../.."

if command -v schemathesis >/dev/null 2>&1 && schemathesis --version | grep -q 'version 4\.'; then
  st=schemathesis
else
  venv="${XDG_CACHE_HOME:-$HOME/.cache}/plandb/schemathesis-venv"
  [ -x "$venv/bin/schemathesis" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q 'schemathesis>=4,<5'; }
  st="$venv/bin/schemathesis"
fi

source Tests/realclients/serve.sh
export PLANDB_DB="$work/plan.db"
"$bin/plandb" init >/dev/null
printf 'kikaku-pass-2024\n' | "$bin/plandb" user add sato --dept 企画政策課 >/dev/null

start_server "$work/serve.log" "$bin/plandb" serve --host 127.0.0.1

signin="$(curl -sf -D "$work/headers" -H 'Content-Type: application/json' -d '{"user": "sato", "password": "kikaku-pass-2024"}' "$url/api/v1/session")"
cookie="$(grep -i '^set-cookie:' "$work/headers" | sed -E 's/^[^:]*: *([^;]*).*/\1/' | tr -d '\r')"
csrf="$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["csrf_token"])' "$signin")"

checks=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance
run() {
  timeout "${MAX_TIME:-120}" "$st" run "$url/openapi.json" --checks "$checks" --max-examples "${EXAMPLES:-50}" \
    --phases examples,coverage,fuzzing --workers 2 --request-timeout 20 --seed 24 --no-color \
    -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" "$@"
}
status=0
started=$SECONDS
run --exclude-method DELETE || status=$?
run --include-method DELETE || status=$?
echo "schemathesis: $(( SECONDS - started )) s"
if grep -q 'unexpected failure' "$work/serve.log"; then
  echo "FAIL the server logged an unexpected failure:"; grep -A3 'unexpected failure' "$work/serve.log" | head -20
  status=1
fi
exit "$status"
