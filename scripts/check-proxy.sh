#!/usr/bin/env bash
# `coopchart serve` behind nginx over HTTPS, on this machine's loopback, with the README's nginx site
# (packaging/nginx/coopchart.conf) and a password, driven as a browser drives it: plain HTTP sent to HTTPS,
# the login page, a login with its CSRF token, an upload, a chart, and a request for another host refused.
#
#   scripts/check-proxy.sh    # needs nginx, openssl, curl, root (nginx listens on 127.0.0.1:443 and :80),
#                             # and the release build (scripts/build-release.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in nginx openssl curl; do
  command -v "$tool" >/dev/null || { echo "check-proxy: $tool is missing (apt-get install nginx openssl curl)" >&2; exit 1; }
done
coopchart="${COOPCHART_BINARY:-$PWD/.build/release/coopchart}"
[ -x "$coopchart" ] || { echo "check-proxy: $coopchart is missing; run scripts/build-release.sh" >&2; exit 1; }
name=coopchart.office.lan
work="$(mktemp -d)"
chmod 0755 "$work"  # nginx's workers (user nobody) write request bodies under it
server_pid=""
cleanup() {
  [ ! -f "$work/nginx.pid" ] || nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
  [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "check-proxy: FAILED: $*" >&2; exit 1; }

# A certificate for the office's name, and a port for the app (8080 in the README; any free one here).
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$name" -addext "subjectAltName=DNS:$name" \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

# nginx: the README's site, its certificate paths and app port replaced, listening on loopback only.
sed -e "s|/etc/ssl/certs/$name.pem|$work/cert.pem|" -e "s|/etc/ssl/private/$name.key|$work/key.pem|" \
    -e "s|127.0.0.1:8080|127.0.0.1:$port|" -e "s|listen 443 ssl;|listen 127.0.0.1:443 ssl;|" -e "s|listen 80;|listen 127.0.0.1:80;|" \
    packaging/nginx/coopchart.conf >"$work/site.conf"
cat >"$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
    access_log $work/access.log;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    include $work/site.conf;
}
CONF
nginx -p "$work" -c "$work/nginx.conf" -t 2>/dev/null || { nginx -p "$work" -c "$work/nginx.conf" -t; fail "nginx refuses the site"; }
nginx -p "$work" -c "$work/nginx.conf" || fail "nginx did not start (is port 443 or 80 of 127.0.0.1 taken?)"

# coopchart serve as the service runs it: a configuration file with a password file and the office's name.
"$coopchart" serve --hash-password <<<"proxy check password" >"$work/password"
printf 'host = 127.0.0.1\nport = %s\npassword-file = password\nallow-host = %s\n' "$port" "$name" >"$work/serve.conf"
"$coopchart" serve --config "$work/serve.conf" 2>"$work/serve.log" &
server_pid=$!
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 0.2; done

https=(curl -sS --resolve "$name:443:127.0.0.1" --resolve "$name:80:127.0.0.1" --cacert "$work/cert.pem" -b "$work/cookies" -c "$work/cookies")
write=(-H "X-Requested-With: coopchart" -H "Origin: https://$name")

status="$("${https[@]}" -o /dev/null -w '%{http_code} %{redirect_url}' "http://$name/")"
[ "$status" = "301 https://$name/" ] || fail "plain HTTP answered \"$status\", not a redirect to https://$name/"
page="$("${https[@]}" -L "https://$name/")"
token="$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)"
[ -n "$token" ] || fail "https://$name/ did not lead to the login page"
echo "check-proxy: https://$name/ asks for the password (through nginx, TLS)"

status="$("${https[@]}" "${write[@]}" -o /dev/null -w '%{http_code}' --data-urlencode "csrf=$token" --data-urlencode "password=wrong" "https://$name/login")"
[ "$status" = 401 ] || fail "a wrong password answered $status, not 401"
sleep 1.1
"${https[@]}" -L -o /dev/null "https://$name/login"
token="$("${https[@]}" "https://$name/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)"
answer="$("${https[@]}" "${write[@]}" --data-urlencode "csrf=$token" --data-urlencode "password=proxy check password" "https://$name/login")"
[ "$(tr -d ' \n' <<<"$answer")" = '{"ok":true}' ] || fail "the right password was refused: $answer"
csrf="$("${https[@]}" "https://$name/" | sed -n 's/.*data-csrf="\([^"]*\)".*/\1/p' | head -1)"
[ -n "$csrf" ] || fail "after the login, the page carries no CSRF token"
echo "check-proxy: logged in"

created="$("${https[@]}" "${write[@]}" -H "X-CSRF-Token: $csrf" -F "files=@samples/dbsh-2017.csv" -F "files=@samples/dbsh-2017-illustrative.csv" \
  -w '\n%{http_code}' "https://$name/api/datasets")"
[ "$(tail -1 <<<"$created")" = 201 ] || fail "the upload answered $(tail -1 <<<"$created"): $(head -c 300 <<<"$created")"
id="$(sed '$d' <<<"$created" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')"
"${https[@]}" -o "$work/chart.png" -w '%{http_code} %{content_type}\n' \
  "https://$name/api/datasets/$id/charts/bar.png?indicator=new_htx&year=2017" >"$work/chart.status"
[ "$(cat "$work/chart.status")" = "200 image/png" ] || fail "the chart answered $(cat "$work/chart.status")"
"$coopchart" chart bar samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv --indicator new_htx --year 2017 -o "$work/cli.png"
cmp -s "$work/chart.png" "$work/cli.png" || fail "the chart through the proxy differs from coopchart chart's"
echo "check-proxy: uploaded two files and drew the bar chart (byte for byte the command line's)"

status="$(curl -sS -k --resolve "other.example:443:127.0.0.1" -o /dev/null -w '%{http_code}' "https://other.example/login")"
[ "$status" = 403 ] || fail "a request naming another host answered $status, not 403"
echo "check-proxy: a request for another host name is refused (403)"

# The same in a real browser, when Chromium and Selenium are here (scripts/install-deps.sh test installs them):
# the login page, the password typed, the data step, an upload and its findings, all through nginx over HTTPS.
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && python3 -c 'import selenium' 2>/dev/null; then
  SE_OFFLINE=true python3 - "$name" "$PWD/samples/dbsh-2017.csv" <<'PY' || fail "the browser could not log in and upload through the proxy"
import sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

name, sample = sys.argv[1], sys.argv[2]
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--ignore-certificate-errors",
                 f"--host-resolver-rules=MAP {name} 127.0.0.1"):
    options.add_argument(argument)
browser = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
step = "opening the page"
try:
    wait = WebDriverWait(browser, 60)
    browser.get(f"https://{name}/")
    wait.until(ready.presence_of_element_located((By.ID, "login-form")))
    step = "logging in"
    browser.find_element(By.ID, "password").send_keys("proxy check password")
    browser.find_element(By.CSS_SELECTOR, "#login-form button[type=submit]").click()
    wait.until(ready.presence_of_element_located((By.ID, "files")))
    step = "uploading"
    browser.find_element(By.ID, "files").send_keys(sample)
    browser.find_element(By.ID, "upload-button").click()
    wait.until(ready.url_contains("/data"))
    step = "reading the data step"
    names = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "table.files tbody th")]
    assert names == ["dbsh-2017.csv"], names
    print(f"check-proxy: Chromium logged in at https://{name}/ and uploaded dbsh-2017.csv ({browser.current_url.split(name)[1]})")
except Exception as error:
    print(f"check-proxy: the browser failed {step} at {browser.current_url}: {type(error).__name__}; the page says: "
          + browser.find_element(By.TAG_NAME, "body").text[:500].replace("\n", " | "), file=sys.stderr)
    for entry in browser.get_log("browser"):
        print(f"check-proxy: browser console: {entry['message'][:300]}", file=sys.stderr)
    raise SystemExit(1)
finally:
    browser.quit()
PY
else
  echo "check-proxy: no Chromium with Selenium here: the browser part is left out"
fi

kill -TERM "$server_pid"
wait "$server_pid" || fail "coopchart serve did not exit 0 on SIGTERM: $(cat "$work/serve.log")"
server_pid=""
echo "check-proxy: ok"
