#!/usr/bin/env python3
"""Clients for scripts/bench-serve.sh that a load generator like wrk cannot be: hundreds of connections that
trickle their requests, and a soak of mixed good and hostile uploads, previews and rankings from several
clients at once. Never part of the tests; it prints what it measured.

  bench-serve-clients.py slow  BASE_URL PID [connections] [seconds]
  bench-serve-clients.py soak  BASE_URL PID [clients] [seconds] [samples-folder]
"""
import io
import json
import os
import random
import socket
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
import zipfile
import zlib


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def threads(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("Threads:"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def request(base, method, path, body=None, headers=None, timeout=60):
    headers = dict(headers or {})
    if method in ("POST", "DELETE"):
        headers["X-Requested-With"] = "coopchart"
    req = urllib.request.Request(base + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, ConnectionError, socket.timeout) as error:
        return 0, str(error).encode()


def multipart(files, fields=()):
    boundary = uuid.uuid4().hex
    body = io.BytesIO()
    for name, value in fields:
        body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode())
    for name, data in files:
        body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
                   "Content-Type: application/octet-stream\r\n\r\n".encode())
        body.write(data)
        body.write(b"\r\n")
    body.write(f"--{boundary}--\r\n".encode())
    return body.getvalue(), {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def percentiles(values):
    if not values:
        return "no samples"
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]
    return f"p50 {pick(0.5) * 1000:.1f} ms, p99 {pick(0.99) * 1000:.1f} ms, max {ordered[-1] * 1000:.1f} ms ({len(ordered)} requests)"


# --- Slow clients -------------------------------------------------------------------------------------

def slow(base, pid, count=300, seconds=30):
    host, port = base.split("//")[1].split(":")
    port = int(port.rstrip("/"))
    opened, closed_early = [], 0
    print(f"slow clients: {count} connections from 127.0.0.2–127.0.0.9, each sending its request line a byte every 5 s")
    for index in range(count):
        connection = socket.socket()
        connection.bind((f"127.0.0.{2 + index % 8}", 0))
        try:
            connection.connect(("127.0.0.1", port))
            connection.send(b"G")
            opened.append(connection)
        except OSError:
            closed_early += 1
    stop = time.monotonic() + seconds
    latencies, failures = [], 0
    sent_bytes = [0]

    def trickle():
        text = b"ET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        position = 0
        while time.monotonic() < stop:
            time.sleep(5)
            for connection in list(opened):
                try:
                    connection.send(text[position % len(text):position % len(text) + 1])
                    sent_bytes[0] += 1
                except OSError:
                    pass
            position += 1

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    peak_rss, peak_threads = rss_mb(pid), threads(pid)
    while time.monotonic() < stop:
        started = time.monotonic()
        status, _ = request(base, "GET", "/", timeout=10)
        elapsed = time.monotonic() - started
        if status == 200:
            latencies.append(elapsed)
        else:
            failures += 1
        peak_rss, peak_threads = max(peak_rss, rss_mb(pid)), max(peak_threads, threads(pid))
        time.sleep(0.1)
    alive = 0
    for connection in opened:
        connection.setblocking(False)
        try:
            alive += 0 if connection.recv(1) == b"" else 1
        except BlockingIOError:
            alive += 1
        except OSError:
            pass
        connection.close()
    print(f"slow clients: a normal client at 127.0.0.1 meanwhile: {percentiles(latencies)}, {failures} failed; "
          f"{count - alive} of {count} trickling connections closed by the server, {alive} still open at the end; "
          f"server peak {peak_rss:.1f} MB, {peak_threads} threads")


# --- Soak ---------------------------------------------------------------------------------------------

SCHEME = None


def hostile_files(rng, samples):
    """Files a server must refuse, each with its 4xx: random bytes, a truncated workbook, a zip bomb, a CSV with a
    bad value on every row, a document-type declaration in a sheet, a scheme sent as data."""
    good = open(os.path.join(samples, "dbsh-2017.csv"), "rb").read()
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b"0" * 60_000_000 + b"</a>")
    sheet = ("<?xml version=\"1.0\"?><worksheet><sheetData>" + "".join(f"<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c></row>" for r in range(1, 500)) + "</sheetData></worksheet>").encode()
    deflated = zlib.compressobj(6, zlib.DEFLATED, -15)
    raw = deflated.compress(sheet) + deflated.flush()
    truncated = io.BytesIO()
    with zipfile.ZipFile(truncated, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", raw[: len(raw) // 2])
    # Every entry marked deflated (the sheet holds half a deflate stream; the other entry is not deflate at all).
    data = bytearray(truncated.getvalue())
    for signature, method_at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        position = 0
        while True:
            at = data.find(signature, position)
            if at < 0:
                break
            data[at + method_at:at + method_at + 2] = b"\x08\x00"
            position = at + 4
    bad_rows = "province,year,indicator,value\n" + "".join(f"Hà Nam,{2000 + i % 20},new_htx,{i}x\n" for i in range(40_000))
    doctype = io.BytesIO()
    with zipfile.ZipFile(doctype, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><workbook/>")
    scheme = open(os.path.join(samples, "scheme-dbsh-2017.yaml"), "rb").read()
    return [
        ("random.csv", bytes(rng.getrandbits(8) for _ in range(20_000))),
        ("bomb.xlsx", bomb.getvalue()),
        ("hong.xlsx", bytes(data)),
        ("moi-dong-sai.csv", bad_rows.encode()),
        ("doctype.xlsx", doctype.getvalue()),
        ("scheme.csv", scheme),
        ("half.csv", good[: len(good) // 2] + b"\x00\x01"),
    ]


def soak(base, pid, clients=6, seconds=300, samples="samples"):
    global SCHEME
    SCHEME = open(os.path.join(samples, "scheme-dbsh-2017.yaml"), "rb").read()
    good = [(name, open(os.path.join(samples, name), "rb").read())
            for name in ("dbsh-2017.csv", "dbsh-2017-illustrative.csv", "dbsh-2015-2019-illustrative.csv")]
    national = [("national-2024-illustrative.csv", open(os.path.join(samples, "national-2024-illustrative.csv"), "rb").read())]
    hostile = hostile_files(random.Random(7), samples)
    # Warm up: an upload, a chart, a ranking, then deleted; the start is measured after it.
    body, headers = multipart(good)
    status, answer = request(base, "POST", "/api/datasets", body, headers)
    warm = json.loads(answer)["id"]
    request(base, "GET", f"/api/datasets/{warm}/charts/bar.svg?indicator=new_htx&year=2017")
    request(base, "POST", f"/api/datasets/{warm}/rank?format=json", SCHEME, {"Content-Type": "application/yaml"})
    request(base, "DELETE", f"/api/datasets/{warm}")
    time.sleep(2)
    start_rss, start_threads, start_cpu = rss_mb(pid), threads(pid), cpu_seconds(pid)
    print(f"soak: {clients} clients for {seconds} s; server at the start: {start_rss:.1f} MB, {start_threads} threads")
    counts = {"upload": 0, "hostile": 0, "preview": 0, "png": 0, "rank": 0, "delete": 0}
    problems, hostile_answers, peaks = [], {}, {"rss": start_rss, "threads": start_threads}
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(number):
        rng = random.Random(number)
        kept = []
        while time.monotonic() < stop:
            choice = rng.random()
            # Each client keeps a few datasets, as a person does (the server holds 64 at most: past that a
            # further upload is a 503, "try later", which is not what this measures).
            if len(kept) > 4:
                dataset, _ = kept.pop(0)
                request(base, "DELETE", f"/api/datasets/{dataset}")
                with lock:
                    counts["delete"] += 1
                continue
            if choice < 0.15 or not kept:
                files = good if rng.random() < 0.7 else national
                body, headers = multipart(files)
                status, answer = request(base, "POST", "/api/datasets", body, headers)
                with lock:
                    counts["upload"] += 1
                if status == 201:
                    kept.append((json.loads(answer)["id"], files is national))
                elif status != 503:
                    with lock:
                        problems.append(f"good upload answered {status}: {answer[:200]!r}")
            elif choice < 0.30:
                name, data = rng.choice(hostile)
                body, headers = multipart([(name, data)], [("year", "2023")])
                status, answer = request(base, "POST", "/api/datasets", body, headers)
                with lock:
                    counts["hostile"] += 1
                    hostile_answers.setdefault(name, set()).add(status)
                    if not 400 <= status < 500:
                        problems.append(f"hostile {name} answered {status}")
            elif choice < 0.75:
                dataset, is_national = rng.choice(kept)
                year = 2024 if is_national else rng.choice([2015, 2016, 2017, 2018, 2019])
                kind = rng.choice(["bar", "column", "tilemap", "donut"])
                width = rng.choice(["", "&width=%dpt" % rng.randint(600, 1400)])
                fmt = "png" if rng.random() < 0.2 else "svg"
                status, answer = request(base, "GET", f"/api/datasets/{dataset}/charts/{kind}.{fmt}?indicator=htx&year={year}{width}")
                with lock:
                    counts["png" if fmt == "png" else "preview"] += 1
                    if status >= 500 or status == 0:
                        problems.append(f"chart answered {status}: {answer[:200]!r}")
            elif choice < 0.90:
                dataset, is_national = rng.choice(kept)
                status, answer = request(base, "POST", f"/api/datasets/{dataset}/rank?format=json&year=2017", SCHEME,
                                         {"Content-Type": "application/yaml"})
                with lock:
                    counts["rank"] += 1
                    if status >= 500 or status == 0:
                        problems.append(f"rank answered {status}: {answer[:200]!r}")
            else:
                dataset, _ = kept.pop(rng.randrange(len(kept)))
                status, _ = request(base, "DELETE", f"/api/datasets/{dataset}")
                with lock:
                    counts["delete"] += 1
            with lock:
                peaks["rss"] = max(peaks["rss"], rss_mb(pid))
                peaks["threads"] = max(peaks["threads"], threads(pid))
        for dataset, _ in kept:
            request(base, "DELETE", f"/api/datasets/{dataset}")

    workers = [threading.Thread(target=client, args=(number,)) for number in range(clients)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    busy_cpu = cpu_seconds(pid) - start_cpu
    time.sleep(5)
    idle_cpu_start = cpu_seconds(pid)
    time.sleep(10)
    idle_cpu = cpu_seconds(pid) - idle_cpu_start
    end_rss, end_threads = rss_mb(pid), threads(pid)
    total = sum(counts.values())
    print(f"soak: {total} requests ({', '.join(f'{k} {v}' for k, v in counts.items())}), {busy_cpu:.0f} s of server CPU")
    print("soak: hostile uploads, each answered: " + "; ".join(f"{name} {sorted(statuses)}" for name, statuses in sorted(hostile_answers.items())))
    print(f"soak: server memory start {start_rss:.1f} MB, peak {peaks['rss']:.1f} MB, end (every dataset deleted) {end_rss:.1f} MB "
          f"({end_rss - start_rss:+.1f} MB); threads start {start_threads}, peak {peaks['threads']}, end {end_threads}; "
          f"CPU while idle afterwards {idle_cpu:.2f} s in 10 s")
    print(f"soak: {len(problems)} problems" + ("" if not problems else ": " + "; ".join(problems[:10])))


if __name__ == "__main__":
    mode, base, pid = sys.argv[1], sys.argv[2].rstrip("/"), int(sys.argv[3])
    if mode == "slow":
        slow(base, pid, *(int(a) for a in sys.argv[4:6]))
    elif mode == "soak":
        args = sys.argv[4:]
        soak(base, pid, int(args[0]) if args else 6, int(args[1]) if len(args) > 1 else 300, args[2] if len(args) > 2 else "samples")
    else:
        sys.exit(__doc__)
