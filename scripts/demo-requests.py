#!/usr/bin/env python3
"""Runs the README's three example requests against ./run.sh's demo service and prints what they return.

Usage: ./scripts/demo-requests.py [base-url]   (default http://127.0.0.1:$PORT, as run.sh: 8080; reads .data/demo-keys.json)
"""
import json
import os
import sys
import urllib.request
from pathlib import Path

BASE = sys.argv[1] if len(sys.argv) > 1 else f"http://127.0.0.1:{os.environ.get('PORT', '8080')}"
KEYS = json.loads((Path(__file__).resolve().parent.parent / ".data" / "demo-keys.json").read_text())


def call(key, method, path, body=None):
    request = urllib.request.Request(BASE + path, method=method, headers={"Authorization": f"Bearer {key}"})
    if body is not None:
        request.data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def explain(node, depth=0):
    description = node["description"].split(": exp(")[0]  # the decay formula is the same on every line
    print(f"{'  ' * depth}{node['value']:.4f} = {description}")
    if not description.startswith(("weight(", "gauss")):  # a term's idf/tf parts are in the API's answer
        for child in node["details"]:
            explain(child, depth + 1)


# 1. A student's matches, explained: the demo school's first seeking student who mentions a warehouse.
students = call(KEYS["school"], "GET", "/v1/students?status=seeking&limit=200")["items"]
student = next((s for s in students if "magazijn" in s["freeText"].lower()), students[0])
print(f"GET /v1/students/{student['id']}/matches?limit=3&explain=true")
print(f"  student: crebo {student['crebo']} {student['learningPath']}, PC4 {student['pc4']}, up to {student['maxDistanceKm']} km,"
      f" from {student['availableFrom']}: \"{student['freeText'][:120]}\"")
matches = call(KEYS["school"], "GET", f"/v1/students/{student['id']}/matches?limit=3&explain=true")
print(f"  {matches['total']} eligible offers; the top 3:")
for match in matches["items"]:
    offer = match["offer"]
    print(f"  {match['score']:.3f}  {match['distanceKm']:>5} km  start {offer['startDate']}  {offer['title']} ({offer['companyName']})")
print("  explanation of the first:")
explain(matches["items"][0]["explanation"], 2)

# 2. A company's candidates for its first open offer.
company = call(KEYS["company"], "GET", "/v1/companies")["items"][0]
offer = call(KEYS["company"], "GET", f"/v1/offers?companyId={company['id']}&status=open&limit=1")["items"][0]
print(f"\nGET /v1/offers/{offer['id']}/candidates?limit=3")
print(f"  offer: {offer['title']} ({company['name']}), crebos {offer['crebos']}, {offer['learningPath']}, from {offer['startDate']}")
candidates = call(KEYS["company"], "GET", f"/v1/offers/{offer['id']}/candidates?limit=3")
print(f"  {candidates['total']} eligible candidates; the top 3:")
for candidate in candidates["items"]:
    print(f"  {candidate['score']:.3f}  {candidate['distanceKm']:>5} km  {candidate['candidateRef']}  crebo {candidate['crebo']}"
          f" level {candidate['level']} PC4 {candidate['pc4']}: \"{candidate['freeText'][:100]}\"")

# 3. A search with facets.
query = {"text": "heftruck magazijn", "nearPc4": 3011, "radiusKm": 15, "limit": 3}
print(f"\nPOST /v1/search/offers {json.dumps(query)}")
found = call(KEYS["coordinator"], "POST", "/v1/search/offers", query)
print(f"  {found['total']} offers; the top 3:")
for hit in found["items"]:
    print(f"  {hit['score']:.3f}  {hit['distanceKm']:>5} km  {hit['offer']['title']} ({hit['offer']['companyName']})")
for name, counts in found["facets"].items():
    print(f"  facet {name}: " + ", ".join(f"{value} {count}" for value, count in counts.items()))
