#!/usr/bin/env bash
# Builds the Debian package plandb_<version>_<arch>.deb from a release build with the static
# Swift runtime: plandb and plandb-serve in /usr/bin, the systemd units, the nightly backup,
# /etc/default/plandb, the man pages and Debian's copyright and changelog.
#
#   bash Packaging/build-deb.sh              build (swift build -c release …), then package
#   bash Packaging/build-deb.sh --no-build   package the release binaries already in .build/
#
# The .deb goes to Packaging/out/ (git-ignored); its path is the last line printed.
# Needs Swift (for the build), dpkg-dev (dpkg-shlibdeps) and help2man; installs the last two.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
pkg=$root/Packaging

build=1
for arg in "$@"; do
    case $arg in
        --no-build) build=0 ;;
        *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
    esac
done

need=()
command -v dpkg-shlibdeps >/dev/null 2>&1 || need+=(dpkg-dev)
command -v help2man >/dev/null 2>&1 || need+=(help2man)
command -v strip >/dev/null 2>&1 || need+=(binutils)
if [ ${#need[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

version_upstream=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/PlanCore/Support/Version.swift)
debian_version=$(sed -n '1s/^plandb (\(.*\)) .*/\1/p' "$pkg/debian/changelog")
if [ "${debian_version%-*}" != "$version_upstream" ]; then
    echo "error: Packaging/debian/changelog is at $debian_version but plandb --version is $version_upstream:" >&2
    echo "       add a changelog entry for $version_upstream-1 first." >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
maintainer=$(sed -n 's/^ -- \(.*>\)  .*/\1/p' "$pkg/debian/changelog" | head -1)
# Reproducible: every file's time and the archive's are the changelog's date.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date -d "$(sed -n 's/^ -- .*>  \(.*\)$/\1/p' "$pkg/debian/changelog" | head -1)" +%s)}

if [ $build = 1 ]; then
    # One `swift build` per product: building both at once builds nothing twice, but a
    # product-less build would also build the tests' helpers.
    for product in plandb plandb-serve; do
        echo "== swift build -c release --static-swift-stdlib -Xlinker -z -Xlinker now --product $product"
        # -z now: the whole GOT read-only after start-up (full RELRO), as Debian builds servers.
        swift build -c release --static-swift-stdlib -Xlinker -z -Xlinker now --product "$product"
    done
fi
bin=$(swift build -c release --show-bin-path 2>/dev/null || echo "$root/.build/release")
for program in plandb plandb-serve; do
    [ -x "$bin/$program" ] || { echo "error: $bin/$program is missing: run without --no-build" >&2; exit 1; }
done

work=$pkg/out/work
tree=$work/plandb
rm -rf "$work"
mkdir -p "$tree/DEBIAN" "$tree/usr/bin" "$tree/usr/lib/plandb" "$tree/lib/systemd/system" \
    "$tree/etc/default" "$tree/usr/share/doc/plandb" "$tree/usr/share/man/man1"

# The programs, without their debug information (Debian ships that in -dbgsym packages).
for program in plandb plandb-serve; do
    install -m 0755 "$bin/$program" "$tree/usr/bin/$program"
    strip --strip-unneeded --remove-section=.comment --remove-section=.note "$tree/usr/bin/$program"
done
install -m 0755 "$pkg/plandb-backup" "$tree/usr/lib/plandb/plandb-backup"
install -m 0644 "$pkg"/systemd/plandb.service "$pkg"/systemd/plandb-backup.service "$pkg"/systemd/plandb-backup.timer \
    "$tree/lib/systemd/system/"
install -m 0644 "$pkg/default.plandb" "$tree/etc/default/plandb"
install -m 0644 "$pkg/debian/copyright" "$tree/usr/share/doc/plandb/copyright"
# The lintian tags left, each with its reason.
install -D -m 0644 "$pkg/debian/lintian-overrides" "$tree/usr/share/lintian/overrides/plandb"
gzip -9n < "$pkg/debian/changelog" > "$tree/usr/share/doc/plandb/changelog.Debian.gz"
chmod 0644 "$tree/usr/share/doc/plandb/changelog.Debian.gz"

# Man pages from the programs' own --help (in English), with every subcommand's help for plandb.
bash "$pkg/make-manpages.sh" "$tree/usr/bin" "$work/man" "$version_upstream"
for page in plandb.1 plandb-serve.1; do
    gzip -9n < "$work/man/$page" > "$tree/usr/share/man/man1/$page.gz"
    chmod 0644 "$tree/usr/share/man/man1/$page.gz"
done

# Depends: what the binaries link (dpkg-shlibdeps), and adduser for the system user.
mkdir -p "$work/shlibs/debian"
: > "$work/shlibs/debian/control"
shlibs=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$tree/usr/bin/plandb" "$tree/usr/bin/plandb-serve" 2>"$work/shlibdeps.err" \
    | sed -n 's/^shlibs:Depends=//p') || { cat "$work/shlibdeps.err" >&2; exit 1; }
depends="adduser, $shlibs"

install -m 0755 "$pkg/debian/postinst" "$pkg/debian/prerm" "$pkg/debian/postrm" "$tree/DEBIAN/"
install -m 0644 "$pkg/debian/conffiles" "$tree/DEBIAN/conffiles"
size=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
sed -e "s|@VERSION@|$debian_version|" -e "s|@ARCH@|$arch|" -e "s|@MAINTAINER@|$maintainer|" \
    -e "s|@SIZE@|$size|" -e "s|@DEPENDS@|$depends|" "$pkg/debian/control.in" > "$tree/DEBIAN/control"
(cd "$tree" && find . -path ./DEBIAN -prune -o -type f -print | sed 's|^\./||' | LC_ALL=C sort | xargs md5sum) > "$tree/DEBIAN/md5sums"
chmod 0644 "$tree/DEBIAN/md5sums"

find "$tree" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
deb=$pkg/out/plandb_${debian_version}_${arch}.deb
# gzip: xz would save a third of the size but takes 4 minutes on the 2-core build machine.
dpkg-deb --root-owner-group -Zgzip --build "$tree" "$deb" >/dev/null
echo "Depends: $depends"
echo "$deb"
