#!/usr/bin/env bash
# The load benchmark of `coopchart serve` (never part of the tests): wrk, a real load generator, against
# the release binary on a free loopback port.
#
#   1. 50 clients on the 9-province SVG preview (the room previewing the same chart): latency
#      percentiles, errors, and the server's memory after each of three rounds of 10.000+ requests;
#   2. the same 50 clients with every request a chart not drawn before (a different width each time),
#      so each one is rendered: what the rendering pool itself sustains;
#   3. 8 clients on the 1920×1080 PNG of the same chart, then 8 clients each asking for a PNG not drawn
#      before (so each is drawn: what one PNG costs when 8 people ask at once);
#   4. slow clients (scripts/bench-serve-clients.py slow): 300 connections from 127.0.0.2–9 trickling their
#      request a byte every 5 s while a normal client asks every 100 ms: its latencies, and how many of the
#      trickling connections the server closed;
#   5. the soak (… soak): 6 clients for BENCH_SOAK_SECONDS (300) mixing good uploads (the samples, the 63
#      provinces), hostile ones (random bytes, a zip bomb, a truncated workbook, a CSV with a bad value on
#      every row, a document type in a sheet, a scheme sent as data), previews, PNGs, rankings and deletes:
#      every hostile upload's answer, the server's memory and threads at the start, at the peak and once
#      every dataset is deleted, and its CPU while idle afterwards (a thread left spinning shows there).
#
#   scripts/bench-serve.sh            # about 9 minutes after the release build
#   BENCH_SECONDS=20 BENCH_SOAK_SECONDS=600 scripts/bench-serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${BENCH_SECONDS:-10}"
command -v wrk >/dev/null || { echo "bench-serve: wrk is missing; run scripts/install-deps.sh" >&2; exit 2; }
# COOPCHART_BINARY measures another build (a debug one is several times slower: say which one you measured).
binary="${COOPCHART_BINARY:-}"
if [ -z "$binary" ]; then
  # As scripts/quickstart.sh builds it (coopchart and coopchart-serve, the Swift runtime linked in).
  scripts/build-release.sh >/dev/null
  binary=.build/release/coopchart
fi
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$binary" serve --port 0 2>"$work/server.log" &
server=$!
for _ in $(seq 1 100); do
  grep -q "listening on" "$work/server.log" 2>/dev/null && break
  sleep 0.1
done
base="$(sed -n 's/.*listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)\/.*/\1/p' "$work/server.log" | head -1)"
[ -n "$base" ] || { echo "bench-serve: the server did not start" >&2; cat "$work/server.log" >&2; exit 1; }

id="$(curl -sf -H 'X-Requested-With: coopchart' -F files=@samples/dbsh-2017.csv -F files=@samples/dbsh-2017-illustrative.csv \
      "$base/api/datasets" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')"
chart="/api/datasets/$id/charts/bar"
query="indicator=new_htx&year=2017&cluster=dbsh-2017"
curl -sf -o "$work/chart.svg" "$base$chart.svg?$query"
curl -sf -o "$work/chart.png" "$base$chart.png?$query"
echo "bench-serve: $(nproc) cores; server $base (pid $server); SVG $(wc -c <"$work/chart.svg") bytes, PNG $(python3 -c "
import struct; d=open('$work/chart.png','rb').read(24); print('%dx%d' % struct.unpack('>II', d[16:24]))") px"

rss() { awk '/VmRSS/ {printf "%.1f MB", $2 / 1024}' "/proc/$server/status"; }
summary() {  # wrk's output → one line: requests, errors, p50, p90, p99
  awk '/requests in/ {requests=$1} /Non-2xx/ {non2xx=$NF} /Socket errors/ {sockets=$0}
       / 50%/ {p50=$2} / 90%/ {p90=$2} / 99%/ {p99=$2} /Requests\/sec/ {rate=$2}
       END {printf "%s requests, %s/s, non-2xx %s, %s; p50 %s, p90 %s, p99 %s\n", requests, rate, (non2xx==""?0:non2xx), (sockets==""?"no socket errors":sockets), p50, p90, p99}'
}

echo "bench-serve: memory after the first requests: $(rss)"
for round in 1 2 3; do
  line="$(wrk -t2 -c50 -d"${seconds}s" --latency "$base$chart.svg?$query" | summary)"
  echo "svg preview, 50 clients, round $round: $line; server memory $(rss)"
done

cat >"$work/every-request-new.lua" <<'EOF'
-- Each request a width not asked for before, so the preview cache cannot answer it: every one is drawn.
local counter = 0
local thread_id = 0
setup = function(thread) thread:set("offset", thread_id * 100000); thread_id = thread_id + 1 end
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "&width=" .. (600 + (counter + offset) % 13000) .. "pt")
end
EOF
line="$(wrk -t2 -c50 -d"${seconds}s" --latency -s "$work/every-request-new.lua" "$base$chart.svg?$query" | summary)"
echo "svg drawn for every request (no cache), 50 clients: $line; server memory $(rss)"

# The rounds without the cache leave renderings queued after wrk stops; let the pool drain first, so
# a round does not pay for the one before it.
drained() {
  for _ in $(seq 1 100); do
    busy="$(awk '{print $14 + $15}' "/proc/$server/stat")"; sleep 0.2
    [ "$(awk '{print $14 + $15}' "/proc/$server/stat")" -le "$((busy + 2))" ] && return
  done
}
drained
curl -sf -o /dev/null "$base$chart.png?$query"  # drawn once again: the no-cache round pushed it out
line="$(wrk -t2 -c8 -d"${seconds}s" --latency "$base$chart.png?$query" | summary)"
echo "png 1920x1080, 8 clients (the room asking for the same chart): $line; server memory $(rss)"

cat >"$work/every-png-new.lua" <<'EOF'
-- Widths a hair apart (960.000000–960.099999 pt, all 1920 px at scale 2), so every PNG is drawn.
local counter = 0
local thread_id = 0
setup = function(thread) thread:set("offset", thread_id * 100000); thread_id = thread_id + 1 end
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "&width=" .. string.format("%.6f", 960 + ((counter + offset) % 100000) / 1000000) .. "pt")
end
EOF
drained
line="$(wrk -t2 -c8 -d"${seconds}s" --latency -s "$work/every-png-new.lua" "$base$chart.png?$query" | summary)"
echo "png 1920x1080 drawn for every request (no cache), 8 clients: $line; server memory $(rss)"

drained
curl -sf -X DELETE -H 'X-Requested-With: coopchart' "$base/api/datasets/$id" >/dev/null
python3 scripts/bench-serve-clients.py slow "$base" "$server" "${BENCH_SLOW_CONNECTIONS:-300}" "${BENCH_SLOW_SECONDS:-30}"
python3 scripts/bench-serve-clients.py soak "$base" "$server" "${BENCH_SOAK_CLIENTS:-6}" "${BENCH_SOAK_SECONDS:-300}" samples

kill -TERM "$server"
wait "$server" && echo "bench-serve: the server exited cleanly on SIGTERM" || echo "bench-serve: the server exited with status $?"
