# Sourced by the scripts that run plandb serve on 127.0.0.1 (browser.sh, load.sh,
# schemathesis.sh): builds plandb and plandb-serve (CONFIG, debug unless told), makes the work
# folder $work, removed at exit with the server stopped, and starts and stops the server.
config="${CONFIG:-debug}"
swift build -c "$config" --product plandb >/dev/null
swift build -c "$config" --product plandb-serve >/dev/null
bin="$(swift build -c "$config" --show-bin-path)"

work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# start_server LOG COMMAND…: runs COMMAND --port P on a free port P of 127.0.0.1, its output to
# LOG, and waits until it answers /healthz; sets $port and $url.
start_server() {
  local log="$1"
  shift
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  url="http://127.0.0.1:$port"
  "$@" --port "$port" >"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do curl -sf "$url/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
}

stop_server() {
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
