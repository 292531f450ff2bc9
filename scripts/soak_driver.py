#!/usr/bin/env python3
"""The soak's load: a fixed rate of mixed reads and writes with the demo keys, from a pool of threads.

Reads: a student's matches, an offer's candidates, offer search, shortfalls. Writes: students created, replaced
(If-Match) and erased by the driver itself. Any answer other than 2xx, or a failed connection, is an error.
Prints a line per 30 s and a summary; exits 1 on any error. Used by scripts/soak.sh.
"""
import argparse
import json
import os
import random
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

parser = argparse.ArgumentParser()
parser.add_argument("--url", required=True)
parser.add_argument("--keys", required=True)
parser.add_argument("--admin-key", required=True)
parser.add_argument("--seconds", type=int, required=True)
parser.add_argument("--rate", type=float, default=40)
parser.add_argument("--rss-pid", type=int)
parser.add_argument("--stop-file", help="stop early once this file exists (the erasure measurement ends the load so)")
args = parser.parse_args()
keys = json.load(open(args.keys))


def call(method, path, key, body=None, headers=None):
    """Returns (status, headers, parsed body or None); status 0 for a connection error."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(args.url + path, data=data, method=method)
    request.add_header("Authorization", f"Bearer {key}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
            return response.status, response.headers, json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        error.read()
        return error.code, error.headers, None
    except OSError as error:
        print(f"connection error on {method} {path}: {error}", file=sys.stderr)
        return 0, {}, None


school, company, coordinator = keys["school"], keys["company"], keys["coordinator"]
seed_students = [s["id"] for s in call("GET", "/v1/students?limit=200&status=seeking", school)[2]["items"]]
company_id = call("GET", "/v1/companies", company)[2]["items"][0]["id"]
own_offers = [o["id"] for o in call("GET", f"/v1/offers?companyId={company_id}&status=open&limit=200", company)[2]["items"]]
template = call("GET", f"/v1/students/{seed_students[0]}", school)[2]
student_fields = ["crebo", "level", "learningPath", "pc4", "maxDistanceKm", "availableFrom", "availableUntil", "hoursPerWeek",
                  "preferredSectors", "freeText", "languages"]
words = ["magazijn", "heftruck", "zorg", "klanten", "techniek", "lassen", "planning", "administratie", "koken", "haven"]

lock = threading.Lock()
own_students = []  # (id, etag) of students the driver created and nobody is working on
stats = {}  # operation -> [count, errors, latencies]
run = random.randint(0, 1 << 30)
counter = [0]


def student_body(external_ref):
    body = {field: template[field] for field in student_fields}
    body["externalRef"] = external_ref
    body["freeText"] = " ".join(random.choice(words) for _ in range(random.randint(3, 15)))
    return body


def take_own():
    with lock:
        return own_students.pop(random.randrange(len(own_students))) if own_students else None


def operation():
    roll = random.random()
    if roll < 0.30:
        return "matches", lambda: call("GET", f"/v1/students/{random.choice(seed_students)}/matches?limit=10", school)
    if roll < 0.45 and own_offers:
        return "candidates", lambda: call("GET", f"/v1/offers/{random.choice(own_offers)}/candidates?limit=10", company)
    if roll < 0.60:
        return "search", lambda: call("POST", "/v1/search/offers", school,
                                      {"text": " ".join(random.sample(words, 2)), "nearPc4": 3011, "radiusKm": 25, "limit": 10})
    if roll < 0.70:
        return "shortfalls", lambda: call("GET", "/v1/shortfalls?limit=20", coordinator)
    if roll < 0.85:
        def create():
            with lock:
                counter[0] += 1
                external_ref = f"SOAK-{run}-{counter[0]}"
            status, headers, body = call("POST", "/v1/students", school, student_body(external_ref))
            if status == 201:
                with lock:
                    own_students.append((body["id"], headers["ETag"], external_ref))
            return status, headers, body
        return "create", create
    mine = take_own()
    if mine is None:
        return "matches", lambda: call("GET", f"/v1/students/{random.choice(seed_students)}/matches?limit=10", school)
    student_id, etag, external_ref = mine
    if roll < 0.95:
        def replace():
            status, headers, body = call("PUT", f"/v1/students/{student_id}", school, student_body(external_ref), {"If-Match": etag})
            if status == 200:
                with lock:
                    own_students.append((student_id, headers["ETag"], external_ref))
            return status, headers, body
        return "replace", replace
    return "erase", lambda: call("DELETE", f"/v1/students/{student_id}", school)


def timed(name, action):
    started = time.monotonic()
    status = action()[0]
    elapsed = time.monotonic() - started
    with lock:
        entry = stats.setdefault(name, [0, 0, []])
        entry[0] += 1
        entry[2].append(elapsed)
        if not 200 <= status < 300:
            entry[1] += 1
            print(f"error: {name} answered {status}", file=sys.stderr)


def rss_mib():
    if not args.rss_pid:
        return None
    with open(f"/proc/{args.rss_pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024


start = time.monotonic()
next_report = start + 30
interval = 1.0 / args.rate
with ThreadPoolExecutor(max_workers=32) as pool:
    tick = start
    while tick < start + args.seconds and not (args.stop_file and os.path.exists(args.stop_file)):
        name, action = operation()
        pool.submit(timed, name, action)
        tick += interval
        now = time.monotonic()
        if now >= next_report:
            with lock:
                done = sum(s[0] for s in stats.values())
                errors = sum(s[1] for s in stats.values())
            rss = rss_mib()
            print(f"{int(now - start):5d} s  {done} requests  {errors} errors" + (f"  RSS {rss} MiB" if rss else ""), flush=True)
            next_report += 30
        if tick > now:
            time.sleep(tick - now)

total = sum(s[0] for s in stats.values())
errors = sum(s[1] for s in stats.values())
seconds = min(args.seconds, round(time.monotonic() - start))
print(f"{total} requests in {seconds} s ({total / seconds:.1f}/s), {errors} errors")
for name, (count, failed, latencies) in sorted(stats.items()):
    latencies.sort()
    p50 = latencies[len(latencies) // 2] * 1000
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    print(f"  {name:<11} {count:7d} requests  {failed} errors  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms")
sys.exit(1 if errors else 0)
