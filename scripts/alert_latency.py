#!/usr/bin/env python3
"""Posts offers that fit one seeking student each, of a school of its own, and times each until the school's webhook
has the alert for it (scripts/alert-latency.sh runs it against two nodes on the generated dataset; see
docs/alert-latency.md). Standard library only."""
import argparse
import hashlib
import hmac
import http.server
import json
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import date, datetime, timedelta

SECRET = "alert-latency-secret-0123456789"

# One seeking student per school, at random, and an accredited company within 10 km (and the student's own range) whose
# accreditation covers the student's crebo and path through the offer's period. The offer is made to be the student's
# best match (at its home PC4, its qualification's name as the title, its own wishes as the description), so that it
# alerts: at national density a merely fitting offer is often not among a student's ten best.
TARGETS_SQL = """
WITH picked AS (
    SELECT DISTINCT ON (s.school_brin) s.id, s.school_brin, s.crebo, s.level, s.learning_path, s.pc4, s.max_distance_km,
        greatest(s.available_from, current_date + 7) AS start_date, s.free_text
    FROM students s
    JOIN qualifications q ON q.crebo = s.crebo AND q.current
    WHERE s.status = 'seeking' AND length(s.free_text) BETWEEN 30 AND 1500
      AND (s.available_until IS NULL OR s.available_until >= greatest(s.available_from, current_date + 7) + 90)
    ORDER BY s.school_brin, md5(s.id::text))
SELECT p.id, p.school_brin, p.crebo, p.level, p.learning_path, p.start_date, company.id, p.pc4, q.name,
    replace(replace(p.free_text, E'\\t', ' '), E'\\n', ' ')
FROM picked p
JOIN qualifications q ON q.crebo = p.crebo
JOIN postcodes sp ON sp.code = p.pc4
CROSS JOIN LATERAL (
    SELECT c.id FROM accreditations a
    JOIN companies c ON c.id = a.company_id
    JOIN postcodes cp ON cp.code = c.pc4
    WHERE a.crebo = p.crebo AND a.learning_path = p.learning_path AND a.valid_from <= p.start_date
      AND (a.valid_until IS NULL OR a.valid_until >= p.start_date + 150)
      AND 111.2 * sqrt(power(sp.latitude - cp.latitude, 2) + power((sp.longitude - cp.longitude) * cos(radians(sp.latitude)), 2))
          < least(p.max_distance_km, 10)
    ORDER BY md5(c.id::text) LIMIT 1) company
ORDER BY md5(p.id::text)
LIMIT %d
"""


class Receiver(http.server.BaseHTTPRequestHandler):
    received = []  # (arrival time, path, delivery id, signature valid, body)
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        arrived = time.time()
        signed = self.headers["X-Matching-Timestamp"].encode() + b"." + body
        valid = hmac.compare_digest("sha256=" + hmac.new(SECRET.encode(), signed, hashlib.sha256).hexdigest(),
                                    self.headers["X-Matching-Signature"])
        with Receiver.lock:
            Receiver.received.append((arrived, self.path, self.headers["X-Matching-Delivery"], valid, json.loads(body)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def call(base, method, path, key, body=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + key, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        sys.exit(f"{method} {path}: {error.code} {error.read().decode()[:500]}")


def parse_time(text):
    return datetime.fromisoformat(text).timestamp()


def summary(values):
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"p50 {statistics.median(ordered):.2f} s, p95 {p95:.2f} s, max {ordered[-1]:.2f} s"


def wish(free_text):
    """The student's words up to the first that rules something out ("geen nachtdiensten"): an offer that repeated
    what the student does not want would be moved down for it."""
    words = free_text.split()
    cut = next((i for i, w in enumerate(words) if w.lower().strip(",.") in ("geen", "niet", "zonder", "nooit", "liever")), len(words))
    return " ".join(words[:cut]) or free_text


def diagnose(arguments, node, admin, student, offer):
    """Why an offer alerted nobody: where it stands among the student's matches, and what the detector recorded."""
    rank, total, first = None, 0, None
    for offset in range(0, 1000, 100):
        page = call(node, "GET", f"/v1/students/{student}/matches?limit=100&offset={offset}", admin)
        total = page["total"]
        first = first or (page["items"][0] if page["items"] else None)
        rank = rank or next((offset + i + 1 for i, m in enumerate(page["items"]) if m["offer"]["id"] == offer), None)
        if rank or offset + 100 >= total:
            break
    candidates = call(node, "GET", f"/v1/offers/{offer}/candidates?limit=1", admin)["total"]
    state = subprocess.run(arguments.psql.split() + ["-c", f"SELECT coalesce((SELECT alertable::text FROM offer_alert_states WHERE offer_id = '{offer}'), 'none') "
                           f"|| ' ' || (SELECT count(*) FROM offer_alerts WHERE offer_id = '{offer}') || ' ' || (SELECT last_seq FROM offer_alert_cursor) "
                           f"|| ' ' || (SELECT max(seq) FROM changes WHERE entity_id = '{offer}')"], capture_output=True, text=True).stdout.strip()
    return (f"the offer is #{rank} of the student's {total} matches (#1: {first['offer']['title']!r} {first['score']:.2f}, {first['distanceKm']} km), "
            f"with {candidates} candidates; alertable, alerts, cursor, its last change: {state}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--node-a", required=True)
    parser.add_argument("--node-b", required=True)
    parser.add_argument("--admin-key", required=True)
    parser.add_argument("--psql", required=True, help="the psql command line, connected to the service's database")
    parser.add_argument("--offers", type=int, default=40)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--all-schools", action="store_true",
                        help="subscribe every school of the dataset first, so that each offer is checked against all their students")
    arguments = parser.parse_args()
    nodes = [arguments.node_a, arguments.node_b]
    admin = arguments.admin_key

    rows = subprocess.run(arguments.psql.split() + ["-F", "\t", "-c", TARGETS_SQL % arguments.offers],
                          check=True, capture_output=True, text=True).stdout.strip().split("\n")
    targets = [row.split("\t") for row in rows if row]
    print(f"{len(targets)} students of {len(targets)} schools, each with an accredited company within 10 km")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hooks = f"http://127.0.0.1:{server.server_port}/hooks/"

    def subscribe(node, brin):
        school = call(node, "POST", "/v1/api-keys", admin, {"name": f"alerts {brin}", "role": "school", "brin": brin})["key"]
        return school, call(node, "POST", "/v1/alert-subscriptions", school, {"webhookUrl": hooks + brin, "webhookSecret": SECRET})["id"]

    subscribed = {}
    if arguments.all_schools:
        schools = subprocess.run(arguments.psql.split() + ["-c", "SELECT brin FROM schools ORDER BY brin"],
                                 check=True, capture_output=True, text=True).stdout.split()
        for k, brin in enumerate(schools):
            subscribed[brin] = subscribe(nodes[k % 2], brin)
        print(f"{len(subscribed)} schools subscribed (all students of each) before the first offer")

    measured, skipped = [], 0
    for k, (student, brin, crebo, level, path, start, company, pc4, qualification, free_text) in enumerate(targets):
        node = nodes[k % 2]
        if brin in subscribed:
            school, subscription = subscribed[brin]
            if call(node, "GET", f"/v1/alert-subscriptions/{subscription}", school)["lastNotifiedAt"] is not None:
                # An earlier offer alerted this school: its next notification waits for Alerts:BatchMinutes, by design.
                skipped += 1
                continue
        else:
            school, subscription = subscribe(node, brin)
        start_date = date.fromisoformat(start)
        offer_body = {
            "title": (("Leerbaan " if path == "BBL" else "Stage ") + qualification.lower())[:120], "description": wish(free_text),
            "pc4": int(pc4), "crebos": [int(crebo)],
            "levelMin": int(level), "levelMax": int(level), "learningPath": path, "startDate": start,
            "endDate": (start_date + timedelta(days=150)).isoformat(), "places": 2, "companyId": company,
        }
        sent = time.time()
        offer = call(node, "POST", "/v1/offers", admin, offer_body)["id"]
        answered = time.time()
        arrival = None
        while arrival is None and time.time() - sent < arguments.timeout:
            with Receiver.lock:
                arrival = next((r for r in Receiver.received if r[1] == "/hooks/" + brin
                                and any(a["offer"]["id"] == offer for a in r[4]["alerts"])), None)
            if arrival is None:
                time.sleep(0.01)
        if arrival is None:
            print(f"offer {offer} for school {brin}: no notification within {arguments.timeout:.0f} s; {diagnose(arguments, node, admin, student, offer)}")
            continue
        measured.append({"brin": brin, "student": student, "offer": offer, "subscription": subscription, "school": school,
                         "node": "AB"[k % 2], "sent": sent, "answered": answered, "arrived": arrival[0], "valid": arrival[3],
                         "delivery": arrival[2], "batch": arrival[4]["batchId"], "alerts": len(arrival[4]["alerts"]),
                         "target": next((a["rank"] for a in arrival[4]["alerts"] if a["studentId"] == student), None)})
        time.sleep(1)

    # Where the time went, from the service's own timestamps (one clock: the nodes, PostgreSQL and this script share the machine).
    found, made, delivered = [], [], []
    for m in measured:
        published = parse_time(call(nodes[0], "GET", f"/v1/offers/{m['offer']}", admin)["publishedAt"])
        alert = call(nodes[0], "GET", f"/v1/alert-subscriptions/{m['subscription']}/alerts?offerId={m['offer']}", m["school"])["items"][0]
        delivery = next(d for d in call(nodes[0], "GET", f"/v1/alert-subscriptions/{m['subscription']}/deliveries", m["school"])["items"]
                        if d["batchId"] == m["batch"])
        found.append(parse_time(alert["detectedAt"]) - published)
        made.append(parse_time(delivery["createdAt"]) - parse_time(alert["detectedAt"]))
        delivered.append(m["arrived"] - parse_time(delivery["createdAt"]))

    if not measured:
        sys.exit("No offer was alerted.")
    with Receiver.lock:
        copies = len(Receiver.received) - len({r[2] for r in Receiver.received})
    print(f"{len(measured)} offers posted, through node A and node B in turn, each fitting a student of a school "
          + ("not notified before" + (f" ({skipped} targets skipped: their school had been notified)" if skipped else "")
             if arguments.all_schools else "that subscribed just before"))
    print(f"POST /v1/offers to the school's webhook:   {summary([m['arrived'] - m['sent'] for m in measured])}")
    print(f"  POST answered (201):                      {summary([m['answered'] - m['sent'] for m in measured])}")
    print(f"  offer stored to alert found (detector):   {summary(found)}")
    print(f"  alert found to notification made:        {summary(made)}")
    print(f"  notification made to webhook (delivery):  {summary(delivered)}")
    ranks = [m["target"] for m in measured]
    print(f"the targeted student's rank: #1 for {ranks.count(1)}, #2-#10 for {sum(1 for r in ranks if r and r > 1)}, not alerted {ranks.count(None)}; "
          f"alerts per notification: mean {statistics.mean(m['alerts'] for m in measured):.1f}, max {max(m['alerts'] for m in measured)}")
    print(f"signatures valid: {sum(m['valid'] for m in measured)} of {len(measured)}; "
          f"webhook requests {len(Receiver.received)}, of which copies of one already received: {copies}")


if __name__ == "__main__":
    main()
