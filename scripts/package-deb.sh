#!/usr/bin/env bash
# Builds the Debian package of coopchart into dist/:
#
#   dist/coopchart_VERSION_ARCH.deb          coopchart and `coopchart serve` as a service (below)
#   dist/coopchart-dbgsym_VERSION_ARCH.deb   their debug information, for reading crash reports with gdb
#
#   scripts/package-deb.sh              # release build (scripts/build-release.sh), then the packages
#   scripts/package-deb.sh --no-build   # the packages of the binaries already in .build/release
#
# What the package installs: /usr/bin/coopchart; /usr/libexec/coopchart/coopchart-serve (started by
# `coopchart serve`); the unit coopchart.service (hardened; `coopchart serve --config /etc/coopchart/serve.conf`
# as the system user coopchart); /etc/coopchart/serve.conf (a conffile); /var/lib/coopchart and its tmp/
# (made by the maintainer scripts, owner coopchart, mode 0750). Its dependencies are the shared libraries
# the binaries link (from dpkg-shlibdeps) and the fonts coopchart draws with. Nothing is fetched but
# Debian's dpkg-dev when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
case "${1:-}" in
  "") ;;
  --no-build) build=0 ;;
  *) echo "package-deb.sh: unknown option \"$1\"; give --no-build or nothing" >&2; exit 2 ;;
esac

# dpkg-deb and dpkg-shlibdeps (Debian's dpkg-dev); installed like the project's other Debian packages.
if ! command -v dpkg-shlibdeps >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends dpkg-dev >/dev/null
fi

[ "$build" = 0 ] || scripts/build-release.sh
bin=.build/release
for file in "$bin/coopchart" "$bin/coopchart-serve"; do
  [ -x "$file" ] || { echo "package-deb.sh: $file is missing; run scripts/build-release.sh (or leave out --no-build)" >&2; exit 1; }
done

# The first line of --version is the version (the second names the map outlines' licence).
version="$("$bin/coopchart" --version | head -n 1)"
[[ "$version" =~ ^[0-9]+(\.[0-9]+)*$ ]] || { echo "package-deb.sh: \"$version\" (the first line of coopchart --version) is not a version such as 0.1.0" >&2; exit 1; }
arch="$(dpkg --print-architecture)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/coopchart"
debug_root="$work/coopchart-dbgsym"

# --- the files --------------------------------------------------------------------------------------
install -D -m 0755 "$bin/coopchart" "$root/usr/bin/coopchart"
install -D -m 0755 "$bin/coopchart-serve" "$root/usr/libexec/coopchart/coopchart-serve"
install -D -m 0644 packaging/deb/coopchart.service "$root/lib/systemd/system/coopchart.service"
install -D -m 0644 packaging/deb/serve.conf "$root/etc/coopchart/serve.conf"
doc="$root/usr/share/doc/coopchart"
install -D -m 0644 README.md "$doc/README.md"
# The samples `coopchart demo` draws (found beside the program: /usr/bin → /usr/share/coopchart/samples).
install -d "$root/usr/share/coopchart/samples"
install -m 0644 samples/* "$root/usr/share/coopchart/samples/"
install -D -m 0644 packaging/deb/copyright "$doc/copyright"
# The province outlines drawn by `chart map` travel with their licence (Sources/CoopFigures/Embedded/map).
for notice in Sources/CoopFigures/Embedded/map/LICENSE-*; do
  [ -f "$notice" ] && install -m 0644 "$notice" "$doc/"
done
printf 'coopchart (%s) stable; urgency=medium\n\n  * Built by scripts/package-deb.sh from commit %s.\n\n -- coopchart <coopchart@localhost>  %s\n' \
  "$version" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$(date -R -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")" \
  | gzip -9n >"$doc/changelog.Debian.gz"

# The debug information, by build id, where gdb looks for it.
for program in coopchart coopchart-serve; do
  [ -f "$bin/$program.debug" ] || continue
  id="$(readelf -n "$bin/$program" | sed -n 's/.*Build ID: *\([0-9a-f]*\).*/\1/p' | head -1)"
  if [ -n "$id" ]; then
    install -D -m 0644 "$bin/$program.debug" "$debug_root/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug"
  fi
done

# --- the control files ------------------------------------------------------------------------------
# Shared libraries: dpkg-shlibdeps reads the binaries and names the Debian packages (with versions) they need.
mkdir -p "$work/shlibs/debian"
printf 'Source: coopchart\n\nPackage: coopchart\nArchitecture: any\n' >"$work/shlibs/debian/control"
shlibs="$(cd "$work/shlibs" && dpkg-shlibdeps -O "$OLDPWD/$bin/coopchart" "$OLDPWD/$bin/coopchart-serve" 2>/dev/null \
  | sed -n 's/^shlibs:Depends=//p')"
[ -n "$shlibs" ] || { echo "package-deb.sh: dpkg-shlibdeps found no shared libraries; is $bin/coopchart a Linux binary?" >&2; exit 1; }
# libxlsxwriter is loaded when a workbook is first written (Sources/CXlsxWriterLoader), so dpkg-shlibdeps does not
# see it: the package names it, at least the version it was built with.
xlsxwriter="$(dpkg-query -W -f='${Version}' libxlsxwriter4 | sed 's/-[^-]*$//; s/^[0-9]*://')"
# DejaVu Sans is the default face; Liberation Serif/Sans/Mono stand in for Times New Roman, Arial, Courier New.
depends="$shlibs, libxlsxwriter4 (>= $xlsxwriter), fonts-dejavu-core, fonts-liberation2, passwd"
installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"

mkdir -p "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<CONTROL
Package: coopchart
Version: $version
Architecture: $arch
Maintainer: coopchart <coopchart@localhost>
Installed-Size: $installed_kb
Depends: $depends
Recommends: systemd
Suggests: fonts-crosextra-carlito, fonts-crosextra-caladea
Section: science
Priority: optional
Description: charts, rankings and reports of Vietnam's cooperative economy
 coopchart reads the province figures of Vietnam's cooperative economy (CSV files and
 Excel or LibreOffice workbooks), checks them, ranks provinces for emulation reviews and
 draws conference-ready charts, reports, Word documents and workbooks in Vietnamese.
 .
 The package also runs the browser app (coopchart serve) as the service coopchart,
 configured in /etc/coopchart/serve.conf, as the system user coopchart.
CONTROL
echo /etc/coopchart/serve.conf >"$root/DEBIAN/conffiles"
install -m 0755 packaging/deb/postinst packaging/deb/prerm packaging/deb/postrm "$root/DEBIAN/"
(cd "$root" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"

mkdir -p dist
deb="dist/coopchart_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "package-deb: $deb ($(du -k "$deb" | cut -f1) KB, installs $installed_kb KB)"

if [ -d "$debug_root/usr" ]; then
  mkdir -p "$debug_root/DEBIAN"
  cat >"$debug_root/DEBIAN/control" <<CONTROL
Package: coopchart-dbgsym
Version: $version
Architecture: $arch
Maintainer: coopchart <coopchart@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$debug_root" | cut -f1)
Depends: coopchart (= $version)
Section: debug
Priority: optional
Description: debug symbols for coopchart
 The DWARF debug information of coopchart and coopchart-serve, found by gdb through the
 binaries' build ids, for reading a crash report or a core dump.
CONTROL
  debug_deb="dist/coopchart-dbgsym_${version}_${arch}.deb"
  dpkg-deb --root-owner-group -Zxz --build "$debug_root" "$debug_deb" >/dev/null
  echo "package-deb: $debug_deb ($(du -k "$debug_deb" | cut -f1) KB)"
fi
