#!/usr/bin/env python3
"""Builds api/Reference/Data/esco_beroepen_kwalificaties.csv: the ESCO occupations that name an MBO qualification,
with their Dutch labels, so the qualification typeahead finds a qualification by an occupation word that is not in
its name ("magazijnmedewerker" finds Logistiek medewerker, "kinderdagverblijf" Pedagogisch medewerker kinderopvang).

Usage: ./scripts/build-esco-qualification-links.py [--shared ../shared/data]

An ESCO occupation is linked to a qualification when one of its labels (preferred or alternative) is the
qualification's name, compared as words: lower case, diacritics folded, punctuation dropped, and on both sides
without the words that only mark a level or a variant of the same trade (MODIFIERS: "allround", "eerste",
"zelfstandig werkend", ...) and without a part in parentheses ("(groen)"). So "Allround Kapper" is linked to the
occupation "kapper", and "Logistiek medewerker" to every occupation that has "logistiek medewerker" as a label.
Only exact matches count: a word-overlap rule linked "Technicus data" to "technicus-geoloog".

One row per name of a current qualification (crebo 25000-27999): every crebo (current or expired) with that name, so the API needs no name matching of
its own; the preferred labels of the linked occupations (to trace a row back to ESCO); and the words of all their
labels that are not in the name, folded to lower-case ASCII. Rows are sorted, so the same sources give the same file.
"""
import argparse
import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SBB = ROOT / "api" / "Reference" / "Data" / "sbb_crebo_kwalificaties.csv"
OUT = ROOT / "api" / "Reference" / "Data" / "esco_beroepen_kwalificaties.csv"

# Words that say which level or variant of a trade, not which trade: "Allround timmerman" is a "timmerman".
MODIFIERS = {"allround", "eerste", "1e", "zelfstandig", "werkend", "gespecialiseerd", "aankomend", "junior",
             "vakbekwaam", "2", "3", "4"}


# Dutch stop words (Lucene's list, the ones that occur in labels): "medewerker in de bakkerij" adds "bakkerij".
STOPWORDS = {"de", "en", "van", "het", "een", "in", "op", "aan", "met", "voor", "bij", "tot", "uit", "over", "of",
             "der", "den", "te", "naar", "om", "door", "als"}


def words(text):
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", folded)


def keys(text):
    """The forms a name is compared in: all its words, and without modifiers and parentheses."""
    plain = " ".join(words(text))
    stripped = " ".join(w for w in words(re.sub(r"\(.*?\)", " ", text)) if w not in MODIFIERS)
    return {k for k in (plain, stripped) if k}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="/work/shared/data", help="folder with esco_occupations_nl.csv")
    args = parser.parse_args()

    # The same rows the API keeps (ReferenceDataReader): level 1-4, BOL or BBL, an SBB sector 01-09.
    crebos_by_name = defaultdict(set)
    first_name = {}
    with open(SBB, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            paths = {p.strip() for p in row["leerweg"].split(",")}
            if row["niveau"] not in ("1", "2", "3", "4") or not paths & {"BOL", "BBL"}:
                continue
            if row["sectorkamer_code"].strip() not in {f"0{i}" for i in range(1, 10)}:
                continue
            name = " ".join(words(row["naam"]))
            crebos_by_name[name].add(int(row["code"]))
            first_name.setdefault(name, row["naam"].strip())

    names_by_key = defaultdict(set)
    for name in crebos_by_name:
        for key in keys(first_name[name]):
            names_by_key[key].add(name)

    links = set()
    occupations = {}
    with open(Path(args.shared) / "esco_occupations_nl.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            labels = [row["preferredLabel"].strip()] + [l.strip() for l in row["altLabels"].split("\n") if l.strip()]
            uri = row["conceptUri"].strip()
            occupations[uri] = labels
            for label in labels:
                for key in keys(label):
                    for name in names_by_key.get(key, ()):
                        links.add((name, uri))

    occupations_by_name = defaultdict(set)
    for name, uri in links:
        occupations_by_name[name].add(uri)
    rows = []
    for name, uris in sorted(occupations_by_name.items()):
        # Only names that a current qualification has: an occupation word is typed to find what to register a
        # student or an offer on today, and the old names would triple the file.
        if not any(25000 <= c <= 27999 for c in crebos_by_name[name]):
            continue
        # The typeahead matches words, so ship the words: those of all the labels, minus the name's own and the
        # stop words, which no one types to find a trade.
        label_words = {w for uri in uris for label in occupations[uri] for w in words(label)}
        extra = sorted(w for w in label_words - set(words(first_name[name])) - STOPWORDS if len(w) > 1 and not w.isdigit())
        if extra:
            preferred = sorted(occupations[uri][0] for uri in uris)
            rows.append([" ".join(str(c) for c in sorted(crebos_by_name[name])), first_name[name], "|".join(preferred), " ".join(extra)])

    with open(OUT, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["crebos", "kwalificatie", "esco_beroepen", "woorden"])
        out.writerows(rows)
    print(f"{len(links)} links of {len(occupations_by_name)} qualification names to {len({u for _, u in links})} occupations; "
          f"{len(rows)} rows -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")

if __name__ == "__main__":
    main()
