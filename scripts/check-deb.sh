#!/usr/bin/env bash
# Installs the Debian package on this machine as an office would, uses it, and purges it, checking each step:
#
#   scripts/check-deb.sh [dist/coopchart_VERSION_ARCH.deb]   (default: the newest in dist/)
#
# 1. `dpkg -i` (the libraries and fonts it depends on must be installed: scripts/install-deps.sh does); the user
#    coopchart, /var/lib/coopchart and /etc/coopchart with their owners and modes; `systemd-analyze verify` of the
#    unit. 2. The installed `coopchart demo` writes the sample charts. 3. The service: with systemd running it is
#    started and must answer on serve.conf's port; without (a container, CI), the unit's command is run as the
#    unit runs it (user coopchart, its TMPDIR) and must answer. 4. Installed again over itself (an upgrade),
#    removed and installed again. 5. `dpkg --purge`, after which no file, folder, user or group of coopchart is
#    left (the paths under /etc /usr /lib /var/lib /opt are compared with those before the install).
# Needs root (or sudo). Fails, never skips, when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
deb="${1:-$(ls -t dist/coopchart_*.deb 2>/dev/null | grep -v dbgsym | head -1 || true)}"
[ -n "$deb" ] && [ -f "$deb" ] || { echo "check-deb: no package; run scripts/package-deb.sh first" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
work="$(mktemp -d)"
chmod 0755 "$work"
server_pid=""
installed_here=0
cleanup() {
  [ -z "$server_pid" ] || $sudo kill "$server_pid" 2>/dev/null || true
  # A check that failed half-way does not leave the package behind.
  if [ "$installed_here" = 1 ] && dpkg -s coopchart >/dev/null 2>&1; then $sudo dpkg --purge coopchart >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
step() { echo "check-deb: $*"; }
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
systemd_running() { [ -d /run/systemd/system ]; }

if dpkg -s coopchart >/dev/null 2>&1; then
  fail "coopchart is installed already; purge it first (sudo dpkg --purge coopchart) so the check starts clean"
fi
snapshot() {
  $sudo find /etc /usr /lib /var/lib /opt -xdev \
    \( -path /var/lib/dpkg -o -path /var/lib/apt -o -path /var/lib/ucf -o -path /var/lib/systemd/deb-systemd-helper-enabled \
       -o -path /var/lib/systemd/deb-systemd-helper-masked -o -path /var/lib/systemd/coredump -o -path /var/lib/systemd/timers \) -prune \
    -o -print 2>/dev/null | grep -v -E '^/etc/(passwd|group|shadow|gshadow)-$|^/etc/ld\.so\.cache$' | sort
}
snapshot >"$work/before"

# --- 1. install ----------------------------------------------------------------------------------------
step "dpkg -i $deb"
installed_here=1
$sudo dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i"; }
getent passwd coopchart >/dev/null || fail "no system user coopchart"
[ "$(getent passwd coopchart | cut -d: -f7)" = /usr/sbin/nologin ] || fail "the user coopchart can log in"
[ "$(stat -c '%U:%G %a' /var/lib/coopchart)" = "coopchart:coopchart 750" ] || fail "/var/lib/coopchart is $(stat -c '%U:%G %a' /var/lib/coopchart)"
[ "$(stat -c '%U:%G %a' /var/lib/coopchart/tmp)" = "coopchart:coopchart 750" ] || fail "/var/lib/coopchart/tmp is $(stat -c '%U:%G %a' /var/lib/coopchart/tmp)"
[ "$(stat -c '%U:%G %a' /etc/coopchart)" = "root:coopchart 750" ] || fail "/etc/coopchart is $(stat -c '%U:%G %a' /etc/coopchart)"
[ -f /etc/coopchart/serve.conf ] || fail "no /etc/coopchart/serve.conf"
unit=/lib/systemd/system/coopchart.service
[ -f "$unit" ] || fail "no $unit"
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify "$unit" || fail "systemd-analyze verify $unit"
  exposure="$(systemd-analyze security --offline=true "$unit" 2>/dev/null | sed -n 's/.*Overall exposure level for [^:]*: //p')"
  step "systemd-analyze verify: ok; exposure ${exposure:-?}"
else
  step "systemd-analyze is not on this machine: the unit is not verified"
fi

# --- 2. the installed command line -------------------------------------------------------------------
step "coopchart demo (the installed binary)"
( cd "$work" && /usr/bin/coopchart demo -o demo >"$work/demo.log" 2>&1 ) || { cat "$work/demo.log"; fail "coopchart demo"; }
charts=$(find "$work/demo" -name '*.png' | wc -l)
[ "$charts" -ge 10 ] || fail "coopchart demo wrote $charts PNG files"
/usr/bin/coopchart --version >/dev/null
/usr/bin/coopchart serve --help | grep -q -- "--config" || fail "coopchart serve --help does not come from coopchart-serve"

# --- 3. the service ----------------------------------------------------------------------------------
port="$(sed -n 's/^port *= *//p' /etc/coopchart/serve.conf | tail -1)"
answers() {
  for _ in $(seq 1 50); do
    if curl -fsS -o "$work/page.html" "http://127.0.0.1:$port/" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  return 1
}
if systemd_running; then
  step "systemd: coopchart.service is active and answers on port $port"
  systemctl is-enabled --quiet coopchart.service || fail "coopchart.service is not enabled"
  systemctl is-active --quiet coopchart.service || { systemctl status coopchart.service --no-pager || true; fail "coopchart.service is not running"; }
  answers || { journalctl -u coopchart.service --no-pager | tail -20; fail "nothing answers on port $port"; }
else
  step "no systemd here: the unit's command as the unit runs it (user coopchart, TMPDIR=/var/lib/coopchart/tmp), port $port"
  command="$(sed -n 's/^ExecStart=//p' "$unit")"
  $sudo env -i PATH=/usr/bin:/bin TMPDIR=/var/lib/coopchart/tmp setpriv --reuid=coopchart --regid=coopchart --init-groups \
    $command >"$work/serve.log" 2>&1 &
  server_pid=$!
  answers || { cat "$work/serve.log"; fail "nothing answers on port $port"; }
fi
grep -qi "coopchart" "$work/page.html" || fail "the page on port $port is not coopchart's"
step "the app answers on http://127.0.0.1:$port/"
if [ -n "$server_pid" ]; then
  $sudo kill -TERM "$server_pid"
  wait "$server_pid" || fail "the server did not exit 0 on SIGTERM ($(cat "$work/serve.log"))"
  server_pid=""
  [ -z "$(ls -A /var/lib/coopchart/tmp)" ] || fail "the server left files in /var/lib/coopchart/tmp"
fi

# --- 4. upgrade in place, remove, install again ----------------------------------------------------------
step "dpkg -i again (an upgrade), dpkg --remove, dpkg -i again"
$sudo dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i over the installed package"; }
$sudo dpkg --remove coopchart >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --remove"; }
[ ! -e /usr/bin/coopchart ] || fail "dpkg --remove left /usr/bin/coopchart"
[ -f /etc/coopchart/serve.conf ] || fail "dpkg --remove took serve.conf (a conffile stays until purge)"
$sudo dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i after --remove"; }
/usr/bin/coopchart --version >/dev/null || fail "coopchart after reinstalling"

# --- 5. purge -------------------------------------------------------------------------------------------
step "dpkg --purge coopchart"
# The password file an office makes (README) goes with the purge too.
/usr/bin/coopchart serve --hash-password <<<"check-deb password" | $sudo tee /etc/coopchart/password >/dev/null
$sudo dpkg --purge coopchart >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --purge"; }
! dpkg -s coopchart >/dev/null 2>&1 || fail "dpkg still knows coopchart"
! getent passwd coopchart >/dev/null || fail "the user coopchart is left"
! getent group coopchart >/dev/null || fail "the group coopchart is left"
snapshot >"$work/after"
if ! diff -u "$work/before" "$work/after" >"$work/left"; then
  grep '^[-+]/' "$work/left" >&2 || true
  fail "the purge did not leave the machine as it was (+ left behind, - gone)"
fi
for state in /var/lib/systemd/deb-systemd-helper-enabled /var/lib/systemd/deb-systemd-helper-masked /etc/systemd/system; do
  ! $sudo find "$state" -name '*coopchart*' 2>/dev/null | grep -q . || fail "$state still names coopchart"
done
step "ok: installed, used, upgraded, removed, reinstalled and purged; nothing of coopchart is left"
