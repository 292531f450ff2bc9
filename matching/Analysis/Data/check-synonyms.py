#!/usr/bin/env python3
"""Checks synonyms-nl.txt (Solr synonyms format) against the reference word sources.

Usage:
    python3 check-synonyms.py [--shared /work/shared/data] [--file synonyms-nl.txt]

Parses the file as Lucene's SolrSynonymParser does (a line is a comment only when '#' is its
first character; 'a => b, c' is one-way, 'a, b, c' equivalent) and checks:
  * form: every term lower case ASCII letters and digits, words separated by single spaces;
  * stopwords: no word of a term is a Dutch stop word (the query side drops them among synonyms);
  * comments: every rule has a comment line directly above it or above its run of rules;
  * sources: every word is in the OpenTaal list (lower-cased, diacritics folded), in an SBB
    qualification name or in an ESCO occupation label (preferred or alternative). Words in none
    of them are printed; each must be named in the comment above its rule (a documented
    abbreviation), or the check fails;
  * classes: a term is the input of one rule only, no rule repeats a term, a rule has 2+ terms.
Prints the words not found in the sources, the problems, and counts per group
('# == Group ...' headings). Exits 1 when there is a problem, else 0.
"""

import argparse
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# The Snowball Dutch stop words: Lucene's DutchAnalyzer.DefaultStopSet, which DutchStopWords.cs uses.
# A .cs file that spells the words out as string literals is read instead when present.
FALLBACK_STOPWORDS = """de en van ik te dat die in een hij het niet zijn is was op aan met als voor
had er maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar
haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al
waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch
wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere""".split()


def fold(text):
    """Lower-cases and strips diacritics (e.g. 'é' -> 'e'), as DiacriticFolder does for letters."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words_of(text):
    """Splits as the project's Tokenizer does: maximal runs of letters and digits."""
    return re.findall(r"[^\W_]+", fold(text))


def load_stopwords():
    for name in ("DutchStopWords.cs", "DutchStopwords.cs"):
        path = os.path.join(HERE, "..", name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                found = re.findall(r'"([a-z]+)"', f.read())
            if len(found) > 50:
                return set(found), path
    return set(FALLBACK_STOPWORDS), "built-in list"


def load_sources(shared):
    opentaal = set()
    with open(os.path.join(shared, "opentaal", "wordlist_nl.txt"), encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if word:
                opentaal.add(fold(word))
    qualifications = set()
    with open(os.path.join(shared, "sbb_crebo_kwalificaties.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            qualifications.update(words_of(row["naam"]))
    esco = set()
    with open(os.path.join(shared, "esco_occupations_nl.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for label in [row["preferredLabel"]] + row["altLabels"].split("\n"):
                esco.update(words_of(label))
    return opentaal, qualifications, esco


def split_terms(side):
    return [t.strip() for t in side.split(",") if t.strip()]


def parse(path):
    """Returns rules as dicts: line, inputs, outputs, comments (the comment block above), group."""
    rules = []
    group = "(before any group)"
    block = []  # comment lines directly above the current line
    run_comments = None  # comments of the run of rules the current line continues
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("#"):
                text = line[1:].strip()
                heading = re.match(r"==\s*(.*?)\s*==$", text)
                if heading:
                    group = heading.group(1)
                block.append(text)
                run_comments = None
                continue
            if line.strip() == "":
                block = []
                run_comments = None
                continue
            if block:
                run_comments = block
                block = []
            if "=>" in line:
                sides = line.split("=>")
                inputs = split_terms(sides[0])
                outputs = split_terms(sides[1]) if len(sides) == 2 else []
                explicit = True
                bad = len(sides) != 2
            else:
                inputs = split_terms(line)
                outputs = inputs
                explicit = False
                bad = False
            rules.append(dict(line=number, text=line, inputs=inputs, outputs=outputs,
                              explicit=explicit, bad=bad, comments=run_comments or [],
                              group=group))
    return rules


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default="/work/shared/data", help="the reference data folder")
    parser.add_argument("--file", default=os.path.join(HERE, "synonyms-nl.txt"), help="the synonyms file")
    args = parser.parse_args()

    stopwords, stopword_source = load_stopwords()
    opentaal, qualifications, esco = load_sources(args.shared)
    rules = parse(args.file)

    problems = []
    not_found = []  # (word, rule line, documented)
    input_lines = {}
    groups = {}
    for rule in rules:
        where = f"line {rule['line']}"
        groups.setdefault(rule["group"], [0, 0])
        groups[rule["group"]][0 if not rule["explicit"] else 1] += 1
        if rule["bad"]:
            problems.append(f"{where}: more than one '=>'")
        if not rule["comments"]:
            problems.append(f"{where}: no comment above the rule: {rule['text']}")
        terms = rule["inputs"] + ([t for t in rule["outputs"] if t not in rule["inputs"]] if rule["explicit"] else [])
        if len(set(terms)) < 2:
            problems.append(f"{where}: fewer than two distinct terms: {rule['text']}")
        if len(rule["inputs"]) != len(set(rule["inputs"])) or len(rule["outputs"]) != len(set(rule["outputs"])):
            problems.append(f"{where}: a term is repeated: {rule['text']}")
        comment_words = set(words_of(" ".join(rule["comments"])))
        for term in terms:
            if not re.fullmatch(r"[a-z0-9]+( [a-z0-9]+)*", term):
                problems.append(f"{where}: term not lower-case ASCII words with single spaces: '{term}'")
            for word in term.split(" "):
                if word in stopwords:
                    problems.append(f"{where}: stopword '{word}' in term '{term}'")
                if word in opentaal or word in qualifications or word in esco:
                    continue
                documented = word in comment_words
                not_found.append((word, rule["line"], documented))
                if not documented:
                    problems.append(f"{where}: '{word}' is in no source and not named in the rule's comment")
        for term in rule["inputs"]:
            input_lines.setdefault(term, []).append(rule["line"])
    for term, lines in input_lines.items():
        if len(lines) > 1:
            problems.append(f"term '{term}' is the input of more than one rule: lines {lines}")

    print(f"file: {args.file}")
    print(f"sources: OpenTaal {len(opentaal)} words, SBB qualification names {len(qualifications)} words, "
          f"ESCO labels {len(esco)} words; stopwords from {stopword_source} ({len(stopwords)})")
    print()
    print("words in none of the sources:")
    seen = set()
    for word, line, documented in not_found:
        if word in seen:
            continue
        seen.add(word)
        print(f"  {word:20s} line {line:4d}  {'documented in the comment' if documented else 'NOT DOCUMENTED'}")
    if not seen:
        print("  (none)")
    print()
    print("rules per group (equivalent / one-way):")
    total = 0
    for group, (equivalent, explicit) in groups.items():
        total += equivalent + explicit
        print(f"  {equivalent + explicit:4d}  ({equivalent} / {explicit})  {group}")
    print(f"  {total:4d}  total, {len(input_lines)} distinct input terms")
    print()
    if problems:
        print(f"{len(problems)} problem(s):")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
