#!/usr/bin/env bash
# Writes plandb.1 and plandb-serve.1 from the programs' own --help (English), with help2man.
# plandb's page also gets every subcommand's help (plandb init --help, plandb migrate up --help …),
# and both get the FILES and ENVIRONMENT a package installation has.
#
#   bash Packaging/make-manpages.sh BINDIR OUTDIR VERSION
set -euo pipefail
bin=$(cd "$1" && pwd) out=$2 version=$3
mkdir -p "$out"
export PLANDB_LANG=en LC_ALL=C.UTF-8 COLUMNS=100
unset PLANDB_DB

# roff-safe text: a leading dot or quote would be a request, a backslash an escape.
roff() { sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"; }

# The subcommands a help text lists under SUBCOMMANDS: (two spaces, then the name).
subcommands() {
    awk '/^SUBCOMMANDS:/ {on=1; next} on && /^[^ ]/ {on=0} on && /^  [a-z]/ {print $1}' | grep -vx 'help' || true
}

commands_section() {
    local path=("$@")
    local help
    help=$("$bin/plandb" "${path[@]}" --help 2>&1)
    if [ ${#path[@]} -gt 0 ]; then
        local subs
        subs=$(printf '%s\n' "$help" | subcommands)
        if [ -z "$subs" ]; then
            printf '.SS "plandb %s"\n.nf\n' "${path[*]}"
            # Without the OVERVIEW: label and the --version and --help every command has.
            printf '%s\n' "$help" | sed -e 's/^OVERVIEW: //' -e '/^  --version  /d' -e '/^  -h, --help  /d' | roff
            printf '.fi\n'
        fi
    fi
    local sub
    for sub in $(printf '%s\n' "$help" | subcommands); do
        commands_section "${path[@]}" "$sub"
    done
}

include=$out/plandb.h2m
{
    cat <<'EOF'
[NAME]
plandb \- a municipality's comprehensive plan and its yearly evaluation, in one SQLite file

[COMMANDS]
Every command, with its own help (\fBplandb help\fR \fIcommand\fR prints the same).
Wherever a command takes a code it also takes a unique part of the item's name.
EOF
    commands_section
    cat <<'EOF'

[ENVIRONMENT]
.TP
.B PLANDB_DB
The database when \fB\-\-db\fR is not given (otherwise \fI./plan.db\fR).
.TP
.B PLANDB_LANG
\fBja\fR or \fBen\fR: the language of messages. Without it the locale decides
(LC_ALL, LC_MESSAGES, LANG): a Japanese locale gives Japanese.

[FILES]
.TP
.I /var/lib/plandb/plan.db
The database of the installed service (owned by the user \fBplandb\fR).
Run commands on it as that user:
\fBsudo \-u plandb plandb \-\-db /var/lib/plandb/plan.db status \-\-year 2024\fR.
.TP
.I /var/backups/plandb/plan\-backup\-YYYY\-MM\-DDTHHMMSS.db
The nightly backups of \fBplandb\-backup.timer\fR, each checked with \fBplandb check\fR;
the newest 30 are kept.
.TP
.I /etc/default/plandb
The server's address, port and options, and the backups' folder and count.
.TP
.I /lib/systemd/system/plandb.service
The web server, \fBplandb\-serve\fR, as the user \fBplandb\fR.
.TP
.I /lib/systemd/system/plandb\-backup.timer
The nightly backup, which runs \fI/usr/lib/plandb/plandb\-backup\fR.

[SEE ALSO]
.BR plandb\-serve (1),
.BR sqlite3 (1),
.BR systemctl (1),
.BR journalctl (1).
The README of plandb describes the yearly cycle, the SQL views and the installation.
EOF
} > "$include"

# help2man reads "Usage:" as the synopsis; argument-parser prints "USAGE:" and "OVERVIEW:".
mkdir -p "$out/wrap"
for program in plandb plandb-serve; do
    # An option whose name fills its column is followed by one space: help2man needs two.
    printf '#!/bin/sh\n"%s" "$@" | sed -e "s/^OVERVIEW: //" -e "s/^USAGE: /Usage: /" -e "s/^\\(  --[a-z-]* <[^>]*>\\) \\([A-Z]\\)/\\1  \\2/"\n' "$bin/$program" > "$out/wrap/$program"
    chmod +x "$out/wrap/$program"
done

help2man --locale=C.UTF-8 --no-info --no-discard-stderr --section=1 --source="plandb $version" --manual="plandb" \
    --version-string="$version" --include="$include" --output="$out/plandb.1" "$out/wrap/plandb"

cat > "$out/plandb-serve.h2m" <<'EOF'
[NAME]
plandb-serve \- serve a plandb database to browsers and programs

/runs this/
The installed service \fBplandb.service\fR runs it
as the user \fBplandb\fR on \fI/var/lib/plandb/plan.db\fR, with the address, port and
options of \fI/etc/default/plandb\fR. \fBGET /healthz\fR answers 200 while it runs.

[FILES]
.TP
.I /etc/default/plandb
PLANDB_HOST, PLANDB_PORT and PLANDB_SERVE_OPTIONS (for example \fB\-\-behind\-tls\-proxy\fR).

[SEE ALSO]
.BR plandb (1),
.BR systemctl (1).
EOF
help2man --locale=C.UTF-8 --no-info --no-discard-stderr --section=1 --source="plandb $version" --manual="plandb" \
    --version-string="$version" --include="$out/plandb-serve.h2m" --output="$out/plandb-serve.1" "$out/wrap/plandb-serve"
