#!/usr/bin/env python3
"""Replays the judged relevance set (relevance/judgments.json) against a running service and prints how good the
top 5 is, per query (--verbose) and in total.

Usage: ./scripts/relevance.py [--base-url URL] [--keys FILE] [--set FILE] [--verbose] [--json OUT]
       (defaults: http://127.0.0.1:$PORT as run.sh (8080), .data/demo-keys.json, relevance/judgments.json)

What it does:
- A search is POST /v1/search/offers with the judged body (school key), limited to the top 5.
- A student is created through the school key (POST /v1/students, externalRef REL-<id>); when a student with that
  reference exists already it is replaced (PUT with its ETag), so running the command twice changes nothing. Its
  availability may be relative ("today+30" is 30 days from today). Then GET /v1/students/{id}/matches?limit=5.
- Every offer is graded by the query's rules, not by id, so the set survives regenerated demo data: the rules are
  tried in order and the first one whose conditions all hold gives the grade (2 = exactly what was asked,
  1 = related or acceptable, 0 = otherwise); an offer no rule matches is 0. Conditions look at the offer's crebos,
  its company's sector, its title, text (title, description and requirements), company name, learning path and
  level; "not..." conditions must not match. Regular expressions are Python's, case-insensitive.

The pool of a query is what the engine could have returned: for a search, the same body without its text, paged
through completely (limit 100; the service stops at offset + limit = 10,000, so a larger pool is cut there and the
output says so); for a student, all of its matches, paged through. R is the number of offers in the pool with
grade >= 1.

Metrics, each averaged over the queries whose pool holds a relevant offer (R > 0); the others are listed apart:
- P@5: the share of the top 5 with grade >= 1. When R < 5, it is divided by R instead of 5, so that a query with
  only two relevant offers in its pool scores 1.0 when both are in its top 5.
- nDCG@5: DCG = sum over ranks i = 1..5 of (2^grade - 1) / log2(i + 1), divided by the DCG of the ideal top 5, the
  five best grades in the pool.
- zero-result share: the share of queries that returned nothing although their pool holds a relevant offer.
Per search it also prints the didYouMean, corrections and unknownWords fields of the answer when they are there and
not empty (the service does not send them yet; their absence is fine).

The command exits 0 when it could run the set, whatever the figures; 1 when the service or its files are unusable.
"""
import argparse
import datetime
import json
import math
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = 100  # the largest page the service gives
MAX_WINDOW = 10_000  # offset + limit may not pass this
TOP = 5
SUGGESTION_FIELDS = ("didYouMean", "corrections", "unknownWords", "suggestions")


class ApiError(Exception):
    pass


class Api:
    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")

    def call(self, key, method, path, body=None, headers=None):
        """Returns (status, response headers, parsed JSON or None); raises ApiError on a transport failure. A 429
        (each key may send 50 requests a second by default) is retried after the Retry-After the service names."""
        for _ in range(60):
            status, response_headers, payload = self._send(key, method, path, body, headers)
            if status != 429:
                break
            time.sleep(float(response_headers.get("Retry-After") or 1))
        return status, response_headers, payload

    def _send(self, key, method, path, body, headers):
        request = urllib.request.Request(self.base_url + path, method=method, headers={"Authorization": f"Bearer {key}"})
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        if body is not None:
            request.data = json.dumps(body).encode()
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                raw = response.read()
                return response.status, response.headers, json.loads(raw) if raw else None
        except urllib.error.HTTPError as error:
            raw = error.read()
            try:
                payload = json.loads(raw) if raw else None
            except ValueError:
                payload = raw.decode(errors="replace")
            return error.code, error.headers, payload
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            raise ApiError(f"{method} {path}: {error}") from error

    def ok(self, key, method, path, body=None, headers=None):
        status, response_headers, payload = self.call(key, method, path, body, headers)
        if status >= 300:
            raise ApiError(f"{method} {path} answered {status}: {json.dumps(payload)[:400]}")
        return response_headers, payload


class Offers:
    """Every open offer with what the rules look at, including its company's sector (which a match does not carry)."""

    def __init__(self, api, keys):
        self.api = api
        self.keys = keys
        self.by_id = {}
        self.sector_of_company = {}
        self.sector_of_offer = {}

    def load(self):
        offset = 0
        while True:
            _, page = self.api.ok(self.keys["school"], "GET", f"/v1/offers?status=open&limit={PAGE}&offset={offset}")
            for offer in page["items"]:
                self.by_id[offer["id"]] = offer
            offset += PAGE
            if offset >= page["total"] or offset + PAGE > MAX_WINDOW:
                break
        self._load_sectors()

    def _load_sectors(self):
        # Companies carry the sector; only an admin key lists them all. Without one, ask the search per sector.
        admin = self.keys.get("admin")
        if admin:
            offset = 0
            while True:
                status, _, page = self.api.call(admin, "GET", f"/v1/companies?limit={PAGE}&offset={offset}")
                if status != 200:
                    break
                for company in page["items"]:
                    self.sector_of_company[company["id"]] = company["sectorCode"]
                offset += PAGE
                if offset >= page["total"] or offset + PAGE > MAX_WINDOW:
                    return
        _, sectors = self.api.ok(self.keys["school"], "GET", "/v1/sectors")
        for sector in sectors:
            for hit in search_all(self.api, self.keys["school"], {"sector": sector["code"]})[0]:
                self.sector_of_offer[hit["offer"]["id"]] = sector["code"]

    def get(self, summary):
        offer = self.by_id.get(summary["id"])
        if offer is None:  # opened after the start of the run, or past the first 10,000
            _, offer = self.api.ok(self.keys["school"], "GET", f"/v1/offers/{summary['id']}")
            self.by_id[offer["id"]] = offer
        return offer

    def sector(self, offer):
        return self.sector_of_company.get(offer["companyId"]) or self.sector_of_offer.get(offer["id"])


def search_all(api, key, body):
    """Pages through a search; returns (hits, total, cut) where cut says the 10,000 window ended it early."""
    hits, offset, total = [], 0, 0
    while True:
        _, page = api.ok(key, "POST", "/v1/search/offers", dict(body, limit=PAGE, offset=offset))
        hits.extend(page["items"])
        total = page["total"]
        offset += PAGE
        if offset >= total:
            return hits, total, False
        if offset + PAGE > MAX_WINDOW:
            return hits, total, True


def matches_all(api, key, student_id):
    items, offset = [], 0
    while True:
        _, page = api.ok(key, "GET", f"/v1/students/{student_id}/matches?limit={PAGE}&offset={offset}")
        items.extend(page["items"])
        offset += PAGE
        if offset >= page["total"]:
            return items, page["total"], False
        if offset + PAGE > MAX_WINDOW:
            return items, page["total"], True


class Judge:
    """Grades offers by a query's rules: the first rule whose conditions all hold gives the grade."""

    def __init__(self, groups, offers):
        self.groups = groups
        self.offers = offers

    def crebos(self, names):
        result = set()
        for name in names:
            if isinstance(name, int):
                result.add(name)
            elif name in self.groups:
                result.update(self.groups[name]["crebos"])
            else:
                raise ValueError(f"unknown crebo group '{name}'")
        return result

    def holds(self, when, offer):
        text = f"{offer['title']}\n{offer['description']}\n{offer['requirements']}"
        fields = {"title": offer["title"], "text": text, "company": offer["companyName"]}
        for condition, value in when.items():
            if condition == "crebos":
                if not self.crebos(value) & set(offer["crebos"]):
                    return False
            elif condition == "notCrebos":
                if self.crebos(value) & set(offer["crebos"]):
                    return False
            elif condition == "sector":
                if self.offers.sector(offer) not in ([value] if isinstance(value, str) else value):
                    return False
            elif condition == "learningPath":
                if offer["learningPath"] != value:
                    return False
            elif condition == "level":
                if not offer["levelMin"] <= value <= offer["levelMax"]:
                    return False
            elif condition in fields:
                if not re.search(value, fields[condition], re.IGNORECASE):
                    return False
            elif condition.startswith("not") and condition[3:].lower() in fields:
                if re.search(value, fields[condition[3:].lower()], re.IGNORECASE):
                    return False
            else:
                raise ValueError(f"unknown condition '{condition}'")
        return True

    def grade(self, rules, summary):
        offer = self.offers.get(summary)
        for rule in rules:
            if self.holds(rule["when"], offer):
                return rule["grade"], rule["reason"]
        return 0, "no rule matches"


def dcg(grades):
    return sum((2 ** grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades[:TOP]))


def relative_date(value, today):
    """'today+30' or 'today' becomes an ISO date; anything else is passed through."""
    if value is None:
        return None
    found = re.fullmatch(r"today(?:([+-])(\d+))?", value)
    if not found:
        return value
    days = int(found.group(2) or 0) * (-1 if found.group(1) == "-" else 1)
    return (today + datetime.timedelta(days=days)).isoformat()


def ensure_student(api, key, query, today):
    """Creates the query's student, or replaces the one a previous run left, and returns its id."""
    profile = dict(query["student"])
    profile["externalRef"] = f"REL-{query['id']}"
    profile["status"] = "seeking"
    for field in ("availableFrom", "availableUntil"):
        if field in profile:
            profile[field] = relative_date(profile[field], today)
    reference = urllib.parse.quote(profile["externalRef"])
    _, found = api.ok(key, "GET", f"/v1/students?externalRef={reference}&limit=1")
    if found["items"]:
        student_id = found["items"][0]["id"]
        headers, _ = api.ok(key, "GET", f"/v1/students/{student_id}")
        api.ok(key, "PUT", f"/v1/students/{student_id}", profile, {"If-Match": headers["ETag"]})
        return student_id
    status, _, created = api.call(key, "POST", "/v1/students", profile)
    if status == 409:  # created by a run in parallel: look it up once more
        return ensure_student(api, key, query, today)
    if status != 201:
        raise ApiError(f"POST /v1/students for {profile['externalRef']} answered {status}: {json.dumps(created)[:400]}")
    return created["id"]


def run_query(api, keys, judge, query, today, pools):
    result = {"id": query["id"], "kind": query["kind"], "sector": query["sector"], "failure": query["failure"]}
    if query["kind"] == "search":
        body = dict(query["body"])
        result["text"] = body.get("text", "")
        _, answer = api.ok(keys["school"], "POST", "/v1/search/offers", dict(body, limit=TOP, offset=0))
        top, total = answer["items"], answer["total"]
        result["suggestions"] = {field: answer[field] for field in SUGGESTION_FIELDS if answer.get(field)}
        pool_body = {name: value for name, value in body.items() if name not in ("text", "sort", "limit", "offset")}
        pool_key = json.dumps(pool_body, sort_keys=True)  # many searches share a pool: fetch each once
        if pool_key not in pools:
            pools[pool_key] = search_all(api, keys["school"], pool_body)
        pool, pool_total, cut = pools[pool_key]
    else:
        result["text"] = query["student"].get("freeText", "")
        student_id = ensure_student(api, keys["school"], query, today)
        _, answer = api.ok(keys["school"], "GET", f"/v1/students/{student_id}/matches?limit={TOP}")
        top, total = answer["items"], answer["total"]
        pool, pool_total, cut = matches_all(api, keys["school"], student_id)
    graded_top = []
    for item in top:
        grade, reason = judge.grade(query["rules"], item["offer"])
        graded_top.append({"grade": grade, "reason": reason, "title": item["offer"]["title"],
                           "company": item["offer"]["companyName"], "distanceKm": item.get("distanceKm")})
    pool_grades = sorted((judge.grade(query["rules"], item["offer"])[0] for item in pool), reverse=True)
    relevant = sum(1 for grade in pool_grades if grade >= 1)
    grades = [entry["grade"] for entry in graded_top]
    result.update(total=total, pool=pool_total, poolCut=cut, relevant=relevant,
                  exact=sum(1 for grade in pool_grades if grade == 2), top=graded_top)
    if relevant:
        ideal = dcg(pool_grades)
        result["precision"] = sum(1 for grade in grades if grade >= 1) / min(TOP, relevant)
        result["ndcg"] = dcg(grades) / ideal if ideal else 0.0
        result["zero"] = total == 0
    return result


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def summary(results):
    judged = [r for r in results if r["relevant"]]
    return {
        "queries": len(results),
        "judged": len(judged),
        "precisionAt5": mean(r["precision"] for r in judged),
        "ndcgAt5": mean(r["ndcg"] for r in judged),
        "zeroResultShare": mean(1.0 if r["zero"] else 0.0 for r in judged),
    }


def print_query(result):
    kind = "search " if result["kind"] == "search" else "student"
    print(f"\n{result['id']}  {kind}  {result['sector']} / {result['failure']}: \"{result['text'][:110]}\"")
    pool = f"{result['pool']}{' (cut at 10,000)' if result['poolCut'] else ''}"
    if result["relevant"]:
        print(f"  {result['total']} results; pool {pool}, {result['relevant']} relevant ({result['exact']} exact);"
              f" P@5 {result['precision']:.2f}, nDCG@5 {result['ndcg']:.2f}{'  ZERO RESULTS' if result['zero'] else ''}")
    else:
        print(f"  {result['total']} results; pool {pool}, no relevant offer in the pool: not scored")
    for field, value in result.get("suggestions", {}).items():
        print(f"  {field}: {json.dumps(value, ensure_ascii=False)}")
    for rank, entry in enumerate(result["top"], 1):
        distance = f"{entry['distanceKm']:>5} km  " if entry["distanceKm"] is not None else ""
        print(f"  {rank}. [{entry['grade']}] {distance}{entry['title'][:70]} ({entry['company'][:40]})  <- {entry['reason'][:70]}")


def print_table(title, groups):
    print(f"\n{title}")
    print(f"  {'':<22} {'queries':>7} {'judged':>6} {'P@5':>6} {'nDCG@5':>7} {'zero':>6}")
    for name, results in groups:
        s = summary(results)
        print(f"  {name:<22} {s['queries']:>7} {s['judged']:>6} {s['precisionAt5']:>6.3f} {s['ndcgAt5']:>7.3f} {s['zeroResultShare']:>6.3f}")


def main():
    parser = argparse.ArgumentParser(description="Replays the judged relevance set against a running service.")
    parser.add_argument("--base-url", default=f"http://127.0.0.1:{os.environ.get('PORT', '8080')}")
    parser.add_argument("--keys", default=str(ROOT / ".data" / "demo-keys.json"))
    parser.add_argument("--set", default=str(ROOT / "relevance" / "judgments.json"))
    parser.add_argument("--verbose", action="store_true", help="print every query with its graded top 5")
    parser.add_argument("--json", metavar="OUT", help="also write every query's result and the totals to this file")
    args = parser.parse_args()

    try:
        keys = json.loads(Path(args.keys).read_text())
        judgments = json.loads(Path(args.set).read_text())
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    api = Api(args.base_url)
    today = datetime.date.today()
    try:
        offers = Offers(api, keys)
        offers.load()
        judge = Judge(judgments["groups"], offers)
        results, pools = [], {}
        for query in judgments["queries"]:
            result = run_query(api, keys, judge, query, today, pools)
            results.append(result)
            if args.verbose:
                print_query(result)
    except ApiError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    searches = [r for r in results if r["kind"] == "search"]
    students = [r for r in results if r["kind"] == "student"]
    print(f"\nRelevance set {Path(args.set).name}: {len(searches)} searches, {len(students)} students,"
          f" against {args.base_url} on {today.isoformat()} ({len(offers.by_id)} open offers)")
    print_table("Totals (averaged over the judged queries: those whose pool holds an offer of grade >= 1)",
                [("searches", searches), ("students", students), ("all", results)])
    by_failure, by_sector = defaultdict(list), defaultdict(list)
    for result in results:
        by_failure[result["failure"]].append(result)
        by_sector[result["sector"]].append(result)
    print_table("By failure class", sorted(by_failure.items()))
    print_table("By sector", sorted(by_sector.items()))
    unjudged = [r["id"] for r in results if not r["relevant"]]
    if unjudged:
        print(f"\nNot scored, no relevant offer in the pool ({len(unjudged)}): {', '.join(unjudged)}")
    zero = [r["id"] for r in results if r.get("zero")]
    if zero:
        print(f"Zero results although the pool holds a relevant offer ({len(zero)}): {', '.join(zero)}")
    suggested = [r["id"] for r in searches if r.get("suggestions")]
    print(f"Searches whose answer carried a didYouMean/corrections field: {len(suggested)}"
          + (f" ({', '.join(suggested)})" if suggested else ""))
    if args.json:
        Path(args.json).write_text(json.dumps({
            "baseUrl": args.base_url, "date": today.isoformat(),
            "totals": {"searches": summary(searches), "students": summary(students), "all": summary(results)},
            "queries": results,
        }, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
