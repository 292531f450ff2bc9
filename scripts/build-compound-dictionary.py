#!/usr/bin/env python3
"""Builds matching/Analysis/Data/compound-parts.txt, the dictionary the compound splitter tiles words with.

Usage: ./scripts/build-compound-dictionary.py [--shared ../shared/data]

A word is a compound part when it is a real word and real compounds are made of it:
- the candidates are the lower-case, letters-only words of at least MIN_PART letters (diacritics folded) of the
  OpenTaal word list (proper names, which start with a capital, are left out), of the MBO qualification names
  (api/Reference/Data/sbb_crebo_kwalificaties.csv) and of the ESCO occupation labels (esco_occupations_nl.csv);
- a candidate is kept when at least MIN_COMPOUNDS words of those sources consist of it and another candidate,
  joined directly or by a Dutch linking sound (-s-, -e-, -en-, -er-): "kassa" is kept for kassabon,
  kassamedewerker, ...; a word that never takes part in a compound is not needed to split one;
- stop words, and words that are really prefixes or suffixes of derivations rather than words of a compound
  (EXCLUDED below, with the reason), are left out so that "medewerker" or "verzorgende" are not cut up.
The splitter itself (DutchCompoundWordFilter) only splits a word it can tile completely with these parts.
"""
import argparse
import collections
import csv
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "matching" / "Analysis" / "Data" / "compound-parts.txt"
MIN_PART = 4
MIN_COMPOUNDS = 2
LINKS = ("", "s", "e", "en", "er")

# Lucene's (and Snowball's) Dutch stop words: never a part.
STOPWORDS = set("""de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan
zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want
nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja
eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere""".split())

# Real words that, at the edge of a longer word, are nearly always a prefix or a suffix of a derivation.
EXCLUDED = {
    "mede": "prefix: medewerker, medeleerling",
    "ende": "present participle: verzorgende, studerende",
    "ster": "female suffix: serveerster, kapster (the synonym list pairs those with their male forms)",
    "laar": "suffix: metselaar, wandelaar",
    "aard": "suffix: lafaard, grijsaard",
    "ling": "suffix: leerling, stagiairling",
    "heid": "suffix: veiligheid, gezondheid",
    "erij": "suffix: bakkerij, drukkerij",
    "isch": "suffix: logistisch, technisch",
    "tjes": "diminutive plural",
    "etje": "diminutive",
    "lijk": "suffix: persoonlijk, gevaarlijk",
    "schap": "suffix: gereedschap, vakmanschap",
    "baar": "suffix: beschikbaar, bereikbaar",
    "loog": "suffix: technoloog, radioloog",
    "graaf": "suffix: fotograaf",
    "isme": "suffix: toerisme",
    "ment": "suffix: document, evenement",
    "ring": "the -ering of nominalisations: digitalisering, engineering",
    "eren": "plural and verb ending: kinderen, goederen, modelleren",
    "rijen": "plural of -rij: batterijen, schilderijen",
}


def fold(word):
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def words_of(text):
    return [fold(w) for w in re.findall(r"[^\W\d_]+", text.lower())]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    shared = Path(parser.parse_args().shared)

    vocabulary = set()
    opentaal = set()
    for line in (shared / "opentaal" / "wordlist_nl.txt").read_text(encoding="utf-8").splitlines():
        if line and line == line.lower() and re.fullmatch(r"[^\W\d_]+", line):
            opentaal.add(fold(line))
    vocabulary |= opentaal
    with open(ROOT / "api" / "Reference" / "Data" / "sbb_crebo_kwalificaties.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            vocabulary.update(words_of(row["naam"]))
    with open(shared / "esco_occupations_nl.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for label in [row["preferredLabel"], *row["altLabels"].splitlines()]:
                vocabulary.update(words_of(label))

    candidates = {w for w in vocabulary if len(w) >= MIN_PART and w.isascii()}
    # "veiligheids" in "veiligheids- en gezondheidskundige" is "veiligheid" with its linking -s-, not a word of its own.
    candidates -= {w for w in candidates - opentaal if w.endswith("s") and w[:-1] in candidates}
    uses = collections.Counter()
    for word in vocabulary:
        for i in range(MIN_PART, len(word) - MIN_PART + 1):
            modifier = word[:i]
            if modifier not in candidates:
                continue
            for link in LINKS:
                head = word[i + len(link):]
                if word.startswith(link, i) and len(head) >= MIN_PART and head in candidates:
                    uses[modifier] += 1
                    uses[head] += 1

    parts = sorted(w for w in candidates if uses[w] >= MIN_COMPOUNDS and w not in STOPWORDS and w not in EXCLUDED)
    OUT.write_text("# Compound parts for DutchCompoundWordFilter and the compounds found with each, made by "
                   + "scripts/build-compound-dictionary.py; see README.md.\n"
                   + "\n".join(f"{w}\t{uses[w]}" for w in parts) + "\n", encoding="utf-8")
    print(f"{len(vocabulary)} words read, {len(parts)} parts written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
