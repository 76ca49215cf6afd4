#!/usr/bin/env bash
# The package's proof (issue 28): build the .deb, lint it, install it into a clean Debian 12
# root made with debootstrap, and inside it with chroot, as the service user plandb: plandb init,
# plandb-serve answering /healthz on loopback with the unit's own command line, plandb backup and
# plandb check, the nightly backup script keeping 30 copies and failing loudly, then
# systemd-analyze verify on the units, and the package removed and purged cleanly.
#
#   bash Packaging/test-package.sh              as CI runs it (builds the release binaries)
#   PLANDB_PACKAGE_NO_BUILD=1 bash Packaging/…  package the release binaries already built
#   PLANDB_PACKAGE_KEEP_ROOT=1 bash Packaging/… leave the chroot in Packaging/.cache/root to look at
#
# Needs root (debootstrap, chroot, mount). The debootstrapped root is cached as a tarball in
# Packaging/.cache/ (git-ignored), so a second run skips the download; CI starts without it.
# Ends with "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
cache=$repo/Packaging/.cache
root=$cache/root
log=$cache/test.log
started=$(date +%s)
passed=0 failed=0
mkdir -p "$cache"
: > "$log"

ok() { echo "ok   $1"; passed=$((passed + 1)); }
bad() { echo "FAIL $1"; failed=$((failed + 1)); }
# check NAME COMMAND…: runs the command, its output into the log (and its tail on screen if it fails).
check() {
    local name=$1; shift
    local out; out=$(mktemp)
    if "$@" >"$out" 2>&1; then ok "$name"; else bad "$name"; tail -n 20 "$out" | sed 's/^/     | /'; fi
    { echo "== $name"; cat "$out"; } >>"$log"; rm -f "$out"
}
elapsed() { echo "$(( $(date +%s) - started )) s"; }
finish() {
    echo "package test took $(elapsed) (log: ${log#$repo/})"
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

if [ "$(id -u)" != 0 ]; then
    echo "error: the package test needs root (debootstrap, chroot, mount)" >&2
    bad "running as root"; finish
fi

# --- tools, installed when missing (CI machines start fresh) ---------------------------------
need=()
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
command -v lintian >/dev/null 2>&1 || need+=(lintian)
command -v dpkg-shlibdeps >/dev/null 2>&1 || need+=(dpkg-dev)
command -v help2man >/dev/null 2>&1 || need+=(help2man)
command -v man >/dev/null 2>&1 || need+=(man-db)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v systemd-analyze >/dev/null 2>&1 || need+=(systemd)
dpkg -s debian-archive-keyring >/dev/null 2>&1 || need+=(debian-archive-keyring)
if [ ${#need[@]} -gt 0 ]; then
    echo "== apt-get install ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

# --- the package ----------------------------------------------------------------------------
echo "== building the package ($(elapsed))"
build_args=()
[ -n "${PLANDB_PACKAGE_NO_BUILD:-}" ] && build_args+=(--no-build)
if ! bash Packaging/build-deb.sh "${build_args[@]}" > "$cache/build.log" 2>&1; then
    tail -n 30 "$cache/build.log"
    bad "build-deb.sh builds the package"; finish
fi
deb=$(tail -n 1 "$cache/build.log")
ok "build-deb.sh builds $(basename "$deb") ($(du -h "$deb" | cut -f1)) in $(elapsed)"
dpkg-deb --info "$deb" | sed -n 's/^ \(Depends:.*\)/     \1/p'
tree=$repo/Packaging/out/work/plandb

# The static Swift runtime: the programs need nothing from Swift, only Debian's base libraries,
# SQLite and libxlsxwriter, zlib (the workbook's zip) and libxml2 (Foundation's XMLParser, which
# reads the workbook: FoundationXML links Debian's libxml2 even in a static build).
needed_ok() {
    local allowed='^(libc\.so\.6|libm\.so\.6|libstdc\+\+\.so\.6|libgcc_s\.so\.1|libz\.so\.1|libsqlite3\.so\.0|libxlsxwriter\.so\.4|libxml2\.so\.2|ld-linux-x86-64\.so\.2|libpthread\.so\.0|libdl\.so\.2|librt\.so\.1|libutil\.so\.1)$'
    local program lib status=0
    for program in plandb plandb-serve; do
        for lib in $(readelf -d "$tree/usr/bin/$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
            echo "$program needs $lib"
            [[ $lib =~ $allowed ]] || { echo "  not allowed: $lib"; status=1; }
        done
    done
    return $status
}
check "the programs link no Swift library: only libc, libstdc++, zlib, libxml2, SQLite and libxlsxwriter" needed_ok

lint() {
    lintian --fail-on error,warning --display-info "$deb"
}
check "lintian: no error or warning (each remaining tag is overridden with its reason)" lint
grep -E '^[EWIXP]: ' "$log" | grep -v '^I: plandb: .*-override' | sed 's/^/     /' || true

manpage() {
    local page out
    for page in plandb plandb-serve; do
        # man -l as a person reads it, with groff's warnings: there must be none.
        out=$(MANWIDTH=90 LC_ALL=C.UTF-8 man --warnings -l "$tree/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
        [ -z "$out" ] || { echo "$page.1: $out"; return 1; }
        MANWIDTH=90 LC_ALL=C.UTF-8 man -l "$tree/usr/share/man/man1/$page.1.gz" 2>/dev/null | col -b > "$cache/$page.1.txt"
    done
    grep -q 'plandb backup' "$cache/plandb.1.txt" && grep -q -- '--behind-tls-proxy' "$cache/plandb-serve.1.txt"
}
check "the man pages render with man -l without warnings and list the commands" manpage

# --- a clean Debian 12 root -----------------------------------------------------------------
cleanup() {
    if [ -n "${boot_pid:-}" ]; then kill "$boot_pid" 2>/dev/null; wait "$boot_pid" 2>/dev/null; boot_pid=; fi
    if [ -n "${serve_pid:-}" ]; then kill -- "-$serve_pid" 2>/dev/null; serve_pid=; fi
    for m in "$root/proc" "$root/dev"; do
        mountpoint -q "$m" 2>/dev/null && umount -l "$m"
    done
    [ -z "${PLANDB_PACKAGE_KEEP_ROOT:-}" ] || return 0
    remove_root
}
remove_root() {
    # Never remove the root while anything is still mounted in it (the host's /dev is bound there).
    if grep -q " $root/" /proc/mounts; then
        echo "error: $root still has mounts; not removing it" >&2; return 1
    fi
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT

mirror=$(sed -n 's|^URIs: *\(http[^ ]*/debian\)/*$|\1|p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
[ -n "$mirror" ] || mirror=$(sed -n 's|^deb \(\[[^]]*\] \)\{0,1\}\(http[^ ]*/debian\)/* .*|\2|p' /etc/apt/sources.list 2>/dev/null | head -n 1)
mirror=${mirror:-http://deb.debian.org/debian}
tarball=$cache/bookworm-minbase.tar
cleanup
remove_root || { bad "a fresh root (the old one is still mounted)"; finish; }
if [ -f "$tarball" ]; then
    echo "== unpacking the cached Debian 12 root ($(elapsed))"
    mkdir -p "$root" && tar -C "$root" --numeric-owner -xpf "$tarball"
    ok "a clean Debian 12 root from the cached debootstrap ($(elapsed))"
else
    echo "== debootstrap --variant=minbase bookworm from $mirror ($(elapsed))"
    if debootstrap --variant=minbase bookworm "$root" "$mirror" > "$cache/debootstrap.log" 2>&1; then
        tar -C "$root" --numeric-owner -cpf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
        ok "a clean Debian 12 root made with debootstrap ($(elapsed))"
    else
        tail -n 20 "$cache/debootstrap.log"
        bad "debootstrap a Debian 12 root"; finish
    fi
fi
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# A real Debian 12 server also has its updates and security suites.
cat > "$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
as_plandb() { in_root runuser -u plandb -- "$@"; }

check "no Swift toolchain in the root" in_root sh -c '! command -v swift && ! ls /usr/lib/swift 2>/dev/null'
cp "$deb" "$root/tmp/"
install_systemd() {
    # A server has systemd (debootstrap's minbase does not): its units, for systemd-analyze.
    in_root apt-get update -q && { in_root dpkg -s systemd >/dev/null 2>&1 || in_root apt-get install -y -q --no-install-recommends systemd; }
}
check "Debian's systemd in the root, as on a server ($(elapsed))" install_systemd
install_deb() {
    in_root apt-get install -y -q "/tmp/$(basename "$deb")"
}
check "apt-get install ./$(basename "$deb") with its dependencies from Debian ($(elapsed))" install_deb
check "it brought libsqlite3-0 and libxlsxwriter4" in_root dpkg -s libsqlite3-0 libxlsxwriter4
check "plandb --version runs without Swift" in_root plandb --version
check "the system user plandb, home /var/lib/plandb, no login shell" \
    in_root sh -c 'getent passwd plandb | grep -E "^plandb:x:[0-9]+:[0-9]+:[^:]*:/var/lib/plandb:/usr/sbin/nologin$"'
check "/var/lib/plandb and /var/backups/plandb belong to plandb, mode 750" \
    in_root sh -c 'test "$(stat -c "%U:%G %a" /var/lib/plandb /var/backups/plandb | sort -u)" = "plandb:plandb 750"'
check "plandb.service and plandb-backup.timer are enabled" \
    test -L "$root/etc/systemd/system/multi-user.target.wants/plandb.service" -a -L "$root/etc/systemd/system/timers.target.wants/plandb-backup.timer"

check "plandb init as the user plandb" as_plandb plandb --db /var/lib/plandb/plan.db init
check "plandb check on the new database" as_plandb plandb --db /var/lib/plandb/plan.db check

# plandb-serve with the unit's own ExecStart line and /etc/default/plandb, as systemd would run it.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >> "$root/etc/default/plandb" <<EOF
PLANDB_PORT=$port
PLANDB_SERVE_OPTIONS="--behind-tls-proxy"
EOF
serve() {
    # The unit's Environment= defaults, then /etc/default/plandb, then systemd's ${VAR} / $VAR
    # expansion (the shell's), then every ExecStartPre= and the ExecStart= line, as plandb.
    local unit=$root/lib/systemd/system/plandb.service env_defaults commands
    env_defaults=$(sed -n 's/^Environment=//p' "$unit")
    commands=$(sed -n 's/^ExecStartPre=\(.*\)/\1 \&\&/p; s/^ExecStart=\(.*\)/exec \1/p' "$unit" | tr '\n' ' ')
    echo "as plandb: $commands" >> "$log"
    setsid chroot "$root" runuser -u plandb -- sh -c "export $env_defaults; set -a; . /etc/default/plandb; set +a; $commands" \
        > "$cache/serve.log" 2>&1 &
    serve_pid=$!
}
serve
healthz() {
    local i
    for i in $(seq 1 100); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = 200 ] && return 0
        kill -0 "$serve_pid" 2>/dev/null || { cat "$cache/serve.log"; return 1; }
        sleep 0.2
    done
    cat "$cache/serve.log"; return 1
}
check "plandb-serve (ExecStartPre and ExecStart of plandb.service, as plandb) answers 200 on 127.0.0.1:$port/healthz" healthz
check "it listens on loopback only" sh -c "ss -ltnH 'sport = :$port' | awk '{print \$4}' | grep -qx '127.0.0.1:$port'"
check "a page from it with --behind-tls-proxy" sh -c "curl -sf -o /dev/null http://127.0.0.1:$port/ || curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$port/ | grep -q '^[23]'"

check "plandb backup into /var/backups/plandb while the server runs" \
    as_plandb plandb --db /var/lib/plandb/plan.db backup /var/backups/plandb/
first_copy=$(cd "$root/var/backups/plandb" && ls plan-backup-*.db 2>/dev/null | head -n 1)
check "the copy has the dated name and belongs to plandb" \
    in_root sh -c "echo '$first_copy' | grep -Eq '^plan-backup-[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{6}\.db$' && test \"\$(stat -c %U /var/backups/plandb/$first_copy)\" = plandb"
check "plandb check --db COPY passes" as_plandb plandb --db "/var/backups/plandb/$first_copy" check

# The nightly script: 32 older copies, the one made above and a new one leave the newest 30.
make_old() {
    local d
    for d in $(seq -w 1 32); do
        as_plandb cp "/var/backups/plandb/$first_copy" "/var/backups/plandb/plan-backup-2020-01-${d}T023000.db" || return 1
    done
}
check "32 older copies made for the test" make_old
run_backup() { as_plandb sh -c "set -a; . /etc/default/plandb; set +a; exec /usr/lib/plandb/plandb-backup"; }
check "plandb-backup (the timer's script) as plandb" run_backup
grep -A3 '^== plandb-backup (the timer' "$log" | tail -n 3 | sed 's/^/     | /'
kept() {
    local n oldest
    n=$(ls "$root/var/backups/plandb"/plan-backup-*.db | wc -l)
    oldest=$(ls "$root/var/backups/plandb"/plan-backup-*.db | sort | head -n 1)
    echo "$n copies, oldest $(basename "$oldest")"
    [ "$n" = 30 ] && [ "$(basename "$oldest")" = plan-backup-2020-01-05T023000.db ] \
        && [ -z "$(ls "$root/var/backups/plandb" | grep -v '^plan-backup-.*\.db$')" ]
}
check "30 copies kept: the four oldest of 34 removed, today's kept, nothing else left" kept

damaged() {
    # A database with one damaged page: the copy fails plandb check, so the script must exit
    # non-zero with FAILED (the unit then fails) and keep the copy aside as .failed, uncounted.
    as_plandb sh -c 'cp /var/lib/plandb/plan.db /var/lib/plandb/bad.db && dd if=/dev/urandom of=/var/lib/plandb/bad.db bs=4096 seek=60 count=1 conv=notrunc 2>/dev/null'
    local out status
    out=$(as_plandb env PLANDB_DB=/var/lib/plandb/bad.db PLANDB_BACKUP_DIR=/var/backups/plandb /usr/lib/plandb/plandb-backup 2>&1); status=$?
    echo "$out" | tail -n 5
    [ $status -ne 0 ] && echo "$out" | grep -q 'plandb-backup: FAILED: the copy did not pass plandb check' \
        && ls "$root"/var/backups/plandb/bad-backup-*.db.failed && ! ls "$root"/var/backups/plandb/bad-backup-*.db 2>/dev/null
}
check "a damaged database: plandb-backup fails with FAILED, the copy kept aside as .failed" damaged
missing() {
    local out status
    # plan.db in another folder, where it is not: /var/backups/plandb holds copies of a plan.db.
    out=$(as_plandb env PLANDB_DB=/var/lib/plandb/gone/plan.db PLANDB_BACKUP_DIR=/var/backups/plandb /usr/lib/plandb/plandb-backup 2>&1); status=$?
    echo "$out"
    [ $status -ne 0 ] && echo "$out" | grep -q 'is missing'
}
check "a database that is gone while its backups exist makes it fail" missing

restore() {
    # The README's restore: stop, copy a checked backup over the database, start.
    kill -- "-$serve_pid"; wait "$serve_pid" 2>/dev/null; serve_pid=
    local newest; newest=$(cd "$root/var/backups/plandb" && ls plan-backup-*.db | sort | tail -n 1)
    as_plandb sh -c "rm -f /var/lib/plandb/plan.db-wal /var/lib/plandb/plan.db-shm && cp /var/backups/plandb/$newest /var/lib/plandb/plan.db" || return 1
    as_plandb plandb --db /var/lib/plandb/plan.db check >/dev/null || return 1
    serve; healthz
}
check "restoring the newest backup as the README says, and the server starts on it" restore
[ -n "${serve_pid:-}" ] && { kill -- "-$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null; serve_pid=; }

verify() {
    # systemd-analyze on the host, looking into the root for the units and the programs they name:
    # it must exit 0 and say nothing.
    local out status
    out=$(SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --root="$root" --man=no \
        /lib/systemd/system/plandb.service /lib/systemd/system/plandb-backup.service /lib/systemd/system/plandb-backup.timer 2>&1)
    status=$?
    echo "$out"
    [ $status -eq 0 ] && [ -z "$out" ]
}
check "systemd-analyze verify: plandb.service, plandb-backup.service, plandb-backup.timer" verify
security() {
    local unit
    for unit in plandb.service plandb-backup.service; do
        systemd-analyze security --offline=true --root="$root" "/lib/systemd/system/$unit" 2>/dev/null | tail -n 1
    done
}
check "systemd-analyze security (offline) scores the units" security
grep -A2 '^== systemd-analyze security' "$log" | tail -n 2 | sed 's/^/     | /'

check "apt-get remove plandb" in_root apt-get remove -y -q plandb
check "after remove: programs and units gone, /etc/default/plandb, the database and its backups kept" \
    in_root sh -c '! test -e /usr/bin/plandb && ! test -e /usr/bin/plandb-serve && ! test -e /lib/systemd/system/plandb.service && test -f /etc/default/plandb && test -f /var/lib/plandb/plan.db && ls /var/backups/plandb/plan-backup-*.db >/dev/null'
check "apt-get purge plandb" in_root apt-get purge -y -q plandb
check "after purge: dpkg forgets it, /etc/default/plandb and the enable links are gone, the data kept" \
    in_root sh -c '! dpkg -s plandb 2>/dev/null | grep -q "^Status: install" && ! test -e /etc/default/plandb && ! test -e /etc/systemd/system/timers.target.wants/plandb-backup.timer && ! test -e /etc/systemd/system/multi-user.target.wants/plandb.service && test -f /var/lib/plandb/plan.db && ! ls /var/lib/dpkg/info/plandb.* 2>/dev/null'
check "installing again after purge reuses the user and the database" \
    sh -c "chroot '$root' apt-get install -y -q /tmp/$(basename "$deb") >/dev/null && chroot '$root' runuser -u plandb -- plandb --db /var/lib/plandb/plan.db check >/dev/null"

# --- the same root booted with systemd as PID 1 (systemd-nspawn): the units for real ------------
# The chroot above cannot run systemd; systemd-nspawn can, sharing the host's network, so the
# service, its hardening, the timer, the journal and a failed backup are seen as on a server.
for m in "$root/proc" "$root/dev"; do mountpoint -q "$m" && umount -l "$m"; done
if ! command -v systemd-nspawn >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq systemd-container >/dev/null
fi
echo "pkgtest" > "$root/etc/hostname"
sed -i '/^PLANDB_PORT=/d; /^PLANDB_SERVE_OPTIONS=/d' "$root/etc/default/plandb"
echo "PLANDB_PORT=$port" >> "$root/etc/default/plandb"
setsid systemd-nspawn -D "$root" --quiet --register=no --keep-unit --console=passive /lib/systemd/systemd \
    > "$cache/boot.log" 2>&1 &
boot_pid=$!
in_boot() { nsenter -t "$init_pid" -a env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
booted() {
    local i state
    for i in $(seq 1 100); do
        init_pid=$(pgrep -P "$boot_pid" | head -n 1)
        if [ -n "$init_pid" ]; then
            state=$(in_boot systemctl is-system-running 2>/dev/null)
            case $state in running|degraded) echo "systemd: $state"; return 0 ;; esac
        fi
        kill -0 "$boot_pid" 2>/dev/null || { cat "$cache/boot.log"; return 1; }
        sleep 0.2
    done
    echo "systemd: ${state:-not started}"; return 1
}
if ! booted > "$cache/booted.txt" 2>&1; then
    cat "$cache/booted.txt"; bad "the root boots with systemd-nspawn"; finish
fi
ok "the root boots with systemd as PID 1 ($(cat "$cache/booted.txt"), $(elapsed))"
check "plandb.service and plandb-backup.timer are enabled" in_boot systemctl is-enabled plandb.service plandb-backup.timer
check "systemctl start plandb" in_boot systemctl start plandb.service
check "plandb.service is active, its process runs as plandb" \
    in_boot sh -c 'systemctl is-active plandb.service && test "$(stat -c %U /proc/"$(systemctl show -p MainPID --value plandb.service)")" = plandb'
healthz_boot() {
    local i
    for i in $(seq 1 100); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = 200 ] && return 0
        sleep 0.2
    done
    in_boot journalctl -u plandb.service --no-pager | tail -n 20; return 1
}
check "the hardened service answers 200 on 127.0.0.1:$port/healthz" healthz_boot
check "systemctl start plandb-backup.service: a checked copy, in the journal" \
    in_boot sh -c 'systemctl start plandb-backup.service && journalctl -u plandb-backup.service --no-pager | grep "passed plandb check"'
check "plandb-backup.timer is waiting for the night" in_boot sh -c 'systemctl list-timers --no-pager plandb-backup.timer | grep plandb-backup.timer'
failing_backup() {
    # The unit fails, and the journal says why, when the copy does not pass plandb check.
    # A drop-in in the container's own /run (a tmpfs the host does not see).
    in_boot sh -c 'mkdir -p /run/systemd/system/plandb-backup.service.d && printf "[Service]\nEnvironment=PLANDB_DB=/var/lib/plandb/bad.db\n" > /run/systemd/system/plandb-backup.service.d/test.conf' || return 1
    in_boot systemctl daemon-reload
    in_boot systemctl start plandb-backup.service && return 1
    in_boot systemctl is-failed plandb-backup.service || return 1
    in_boot journalctl -u plandb-backup.service --no-pager | grep 'FAILED' || return 1
    in_boot rm -rf /run/systemd/system/plandb-backup.service.d
    in_boot systemctl daemon-reload && in_boot systemctl reset-failed plandb-backup.service
}
check "a backup that fails: the unit is failed and the journal says FAILED" failing_backup
grep -A12 '^== a backup that fails' "$log" | grep 'plandb-backup: FAILED' | tail -n 1 | sed 's/^/     | /'
upgrade() {
    # dpkg -i over the installed package takes the upgrade path: a checked backup, then a restart.
    local before after out
    before=$(in_boot systemctl show -p MainPID --value plandb.service)
    # (the booted system has its own empty /tmp: the package goes to /var/tmp)
    cp "$deb" "$root/var/tmp/" || return 1
    out=$(in_boot dpkg -i "/var/tmp/$(basename "$deb")" 2>&1) || { echo "$out"; return 1; }
    echo "$out" | grep 'before the service restarts' || { echo "$out"; return 1; }
    in_boot systemctl is-active plandb.service || return 1
    after=$(in_boot systemctl show -p MainPID --value plandb.service)
    echo "server pid $before -> $after"
    [ "$before" != "$after" ] && healthz_boot
}
check "installing over itself (the upgrade path): a checked backup, the service restarted" upgrade
check "apt-get purge plandb with systemd running stops the service" \
    sh -c "nsenter -t \$(pgrep -P $boot_pid | head -n 1) -a env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive apt-get purge -y -q plandb && ! curl -s -o /dev/null http://127.0.0.1:$port/healthz"

finish
