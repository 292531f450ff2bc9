#!/usr/bin/env python3
"""How long after DELETE /v1/students/{id} no node returns the student anywhere. Used by scripts/erasure-latency.sh.

  setup    creates, through node A, a leerbedrijf in Groningen (PC4 9711, far from the Rijnmond demo and from the load)
           with one offer, and N students of the demo school that are candidates for it, each proposed for it; waits
           until both nodes list all N as candidates; writes what it made to --state.
  measure  erases the students one by one, through node A and node B in turn, and after each DELETE polls both nodes
           until the student is gone from all three places it showed: the offer's candidates (the page, by the
           candidate's pseudonym, and the total, which the node's index counts), its placement and its export.

Standard library only. Prints the figures; exits 1 when a student is still shown after --timeout seconds.
"""
import argparse
import datetime
import hashlib
import json
import random
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

parser = argparse.ArgumentParser()
parser.add_argument("mode", choices=["setup", "measure"])
parser.add_argument("--node-a", required=True)
parser.add_argument("--node-b", required=True)
parser.add_argument("--keys", required=True)
parser.add_argument("--admin-key", required=True)
parser.add_argument("--state", required=True)
parser.add_argument("--students", type=int, default=100)
parser.add_argument("--timeout", type=float, default=10)
args = parser.parse_args()
if not 1 <= args.students <= 100:
    sys.exit("--students must be 1-100: all of them must fit on one page of candidates")
school = json.load(open(args.keys))["school"]
nodes = {"A": args.node_a, "B": args.node_b}
CREBO, PC4 = 25774, 9711  # Logistiek medewerker (BOL); Groningen


def call(method, url, key, body=None):
    """Returns (status, parsed body or None)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Authorization", f"Bearer {key}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
            return response.status, json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        error.read()
        return error.code, None


def created(method, path, key, body):
    status, answer = call(method, args.node_a + path, key, body)
    if status != 201:
        sys.exit(f"{method} {path} answered {status}")
    return answer["id"]


def candidates(node, offer):
    status, page = call("GET", f"{nodes[node]}/v1/offers/{offer}/candidates?limit=100", args.admin_key)
    if status != 200:
        sys.exit(f"candidates on node {node} answered {status}")
    return page["total"], {item["candidateRef"] for item in page["items"]}


# CandidateMatcher's pseudonym: stable per offer and student.
def pseudonym(offer, student):
    return hashlib.sha256((offer.replace("-", "") + student.replace("-", "")).encode("ascii")).hexdigest()[:16]


def setup():
    start = datetime.date.today() + datetime.timedelta(days=14)
    kvk = f"9{random.randrange(10 ** 7):07d}"
    sector = call("GET", f"{args.node_a}/v1/qualifications/{CREBO}", args.admin_key)[1]["sectorCode"]
    company = created("POST", "/v1/companies", args.admin_key,
                      {"kvk": kvk, "name": f"Erasure Bench {kvk} B.V.", "sectorCode": sector, "pc4": PC4})
    created("POST", f"/v1/companies/{company}/accreditations", args.admin_key,
            {"crebo": CREBO, "learningPath": "BOL", "validFrom": "2000-01-01"})
    offer = created("POST", "/v1/offers", args.admin_key, {
        "companyId": company, "title": "Stagiair logistiek medewerker magazijn", "crebos": [CREBO],
        "description": "Orders picken, voorraad tellen en de heftruck rijden in ons magazijn in Groningen.",
        "levelMin": 2, "levelMax": 2, "learningPath": "BOL", "pc4": PC4, "places": 2,
        "startDate": start.isoformat(), "endDate": (start + datetime.timedelta(days=180)).isoformat()})
    run = random.randrange(1 << 30)
    students = []
    for i in range(args.students):
        student = created("POST", "/v1/students", school, {
            "externalRef": f"ERASE-{run}-{i}", "crebo": CREBO, "level": 2, "learningPath": "BOL", "pc4": PC4,
            "maxDistanceKm": 10, "availableFrom": start.isoformat(),
            "availableUntil": (start + datetime.timedelta(days=150)).isoformat(), "hoursPerWeek": 32,
            "freeText": "ik zoek een stage in een magazijn, heb mijn heftruckcertificaat"})
        placement = created("POST", "/v1/placements", school, {"studentId": student, "offerId": offer})
        students.append({"id": student, "placement": placement})
    deadline = time.monotonic() + 60
    while any(candidates(node, offer)[0] != args.students for node in nodes):
        if time.monotonic() > deadline:
            sys.exit("the students did not all show as candidates on both nodes within 60 s")
        time.sleep(0.1)
    json.dump({"offer": offer, "students": students}, open(args.state, "w"))
    print(f"offer {offer} in PC4 {PC4} with {args.students} candidates, each proposed, on both nodes")


def gone(check):
    """One check on one node: True when the student no longer shows there."""
    node, kind, offer, student, expected_total = check
    if kind == "candidates":
        total, refs = candidates(node, offer["id"])
        return total == expected_total and pseudonym(offer["id"], student["id"]) not in refs
    if kind == "placement":
        return call("GET", f"{nodes[node]}/v1/placements/{student['placement']}", args.admin_key)[0] == 404
    return call("GET", f"{nodes[node]}/v1/students/{student['id']}/export", school)[0] == 404


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def measure():
    state = json.load(open(args.state))
    offer = {"id": state["offer"]}
    remaining = len(state["students"])
    latencies, acknowledged, last = [], [], {}
    with ThreadPoolExecutor(max_workers=6) as pool:
        for i, student in enumerate(state["students"]):
            node = "AB"[i % 2]
            assert all(pseudonym(offer["id"], student["id"]) in candidates(n, offer["id"])[1] for n in nodes)
            started = time.monotonic()
            status = call("DELETE", f"{nodes[node]}/v1/students/{student['id']}", school)[0]
            acknowledged.append(time.monotonic() - started)
            if status != 204:
                sys.exit(f"DELETE through node {node} answered {status}")
            remaining -= 1
            checks = [(n, kind, offer, student, remaining) for n in nodes for kind in ("candidates", "placement", "export")]
            pending, rounds = set(range(len(checks))), 0
            while True:
                rounds += 1
                # Every check still showing the student, at once; the round's end is when they were all seen.
                polled = sorted(pending)
                pending -= {c for c, is_gone in zip(polled, pool.map(lambda c: gone(checks[c]), polled)) if is_gone}
                elapsed = time.monotonic() - started
                if not pending:
                    break
                if elapsed > args.timeout:
                    sys.exit(f"student {i} still shown after {args.timeout} s: {[checks[c][:2] for c in pending]}")
            latencies.append(elapsed)
            # The checks that still showed the student in the round before the last.
            for name in [f"{checks[c][0]} {checks[c][1]}" for c in polled] if rounds > 1 else ["none: all gone at the first poll"]:
                last[name] = last.get(name, 0) + 1
            time.sleep(random.uniform(0.1, 0.3))

    def ms(values, p):
        return f"{percentile(values, p) * 1000:.0f} ms"

    count = len(latencies)
    print(f"{count} students erased, alternately through node A and node B, under load")
    print(f"until gone on both nodes (candidates, placement, export): p50 {ms(latencies, 50)}, p95 {ms(latencies, 95)}, "
          f"max {max(latencies) * 1000:.0f} ms; {sum(1 for v in latencies if v <= 1.0)} of {count} within 1 s")
    print(f"DELETE answered (204):                                    p50 {ms(acknowledged, 50)}, p95 {ms(acknowledged, 95)}, "
          f"max {max(acknowledged) * 1000:.0f} ms")
    print("still showing the student one poll before it was gone everywhere (node and place: erasures): "
          + ", ".join(f"{name}: {n}" for name, n in sorted(last.items())))
    if max(latencies) > 1.0:
        print("goal not met: some erasures took longer than 1 s")


setup() if args.mode == "setup" else measure()
