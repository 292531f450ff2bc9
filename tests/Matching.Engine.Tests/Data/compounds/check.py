#!/usr/bin/env python3
"""Checks compound-splits.tsv and not-compounds.tsv against the OpenTaal word list.

Usage:
    python3 check.py [--shared /work/shared/data] [--dictionary <compound-parts.txt>]

compound-splits.tsv (compound<TAB>part part [part]) must hold:
  * lower-case ASCII words; every compound and every part a word of the OpenTaal list (lower-cased);
  * 2 or 3 parts, each of at least 4 letters, no compound twice;
  * the parts spell the compound, with at most a linking -s-, -e-, -en- or -er- between two parts;
  * a linking -s- is dropped, and the part plus s is not itself a word (the -s- would be ambiguous);
  * a linking -e-, -en-, -er- is dropped only when the part plus the link is not a word
    ("boekenkast" must be "boeken kast", since "boeken" is a word).
not-compounds.tsv (word<TAB>why) must hold lower-case ASCII words of the list, none of them in the
compound file. For information the script says how many of those words can be tiled by list words
of 4+ letters (the harder cases for a splitter).

With a dictionary (by default the engine's matching/Analysis/Data/compound-parts.txt, when found) it
also runs the splitting rule of DutchCompoundWordFilter (fewest parts that tile the word, parts of 4+
letters from the dictionary, links -s-, -e-, -en-, -er-, the longest first part first) and reports
the compounds it splits differently and the non-compounds it splits. That report is information
only; the exit code is 1 only when the data files break the rules above.
"""

import argparse
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LINKS = ["", "s", "e", "en", "er"]
MIN_PART = 4


def read_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append((number, line.split("\t")))
    return rows


def load_opentaal(shared):
    words = set()
    with open(os.path.join(shared, "opentaal", "wordlist_nl.txt"), encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if word:
                words.add(word.lower())
    return words


def links_between(compound, parts):
    """The links that make the parts spell the compound, or None when they cannot."""
    def walk(position, index):
        part = parts[index]
        if not compound.startswith(part, position):
            return None
        position += len(part)
        if index == len(parts) - 1:
            return [] if position == len(compound) else None
        for link in LINKS:
            if compound.startswith(link, position):
                rest = walk(position + len(link), index + 1)
                if rest is not None:
                    return [link] + rest
        return None

    return walk(0, 0)


def tilings(word, words, max_parts=3):
    """Splits of the word into 2..max_parts list words of 4+ letters, with links between them."""
    found = []

    def walk(start, parts):
        if start == len(word):
            if len(parts) >= 2:
                found.append(list(parts))
            return
        if len(parts) >= max_parts:
            return
        for end in range(start + MIN_PART, len(word) + 1):
            if start == 0 and end == len(word):
                continue
            part = word[start:end]
            if part not in words:
                continue
            for link in LINKS:
                following = end + len(link)
                if word.startswith(link, end) and (link == "" or following < len(word)):
                    walk(following, parts + [part])

    walk(0, [])
    return found


def filter_split(word, dictionary):
    """DutchCompoundWordFilter's rule: the fewest dictionary parts that tile the word, longest first."""
    length = len(word)
    if length < 2 * MIN_PART:
        return []
    none = sys.maxsize
    count = [none] * (length + 1)
    part_end = [0] * (length + 1)
    following = [0] * (length + 1)
    count[length] = 0
    for start in range(length - 1, -1, -1):
        longest = length - 1 if start == 0 else length
        for end in range(longest, start + MIN_PART - 1, -1):
            if word[start:end] not in dictionary:
                continue
            for link in LINKS:
                after = end + len(link)
                linked = link == "" or (after < length and word[end:after] == link)
                if linked and after <= length and count[after] != none and count[after] + 1 < count[start]:
                    count[start], part_end[start], following[start] = count[after] + 1, end, after
    if count[0] == none or count[0] < 2:
        return []
    parts, start = [], 0
    while start < length:
        parts.append(word[start:part_end[start]])
        start = following[start]
    return parts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default="/work/shared/data", help="the folder with opentaal/wordlist_nl.txt")
    parser.add_argument("--dictionary", default=os.path.normpath(os.path.join(
        HERE, "..", "..", "..", "..", "matching", "Analysis", "Data", "compound-parts.txt")),
        help="a compound-parts file to run the splitting rule with (skipped when missing)")
    args = parser.parse_args()

    words = load_opentaal(args.shared)
    problems = []
    compounds = {}
    section = None
    sections = {}
    link_counts = {}
    part_counts = {}

    path = os.path.join(HERE, "compound-splits.tsv")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines or lines[0] != "# compound\tparts":
        problems.append("compound-splits.tsv: the first line is not '# compound<TAB>parts'")
    for number, line in enumerate(lines, 1):
        heading = re.match(r"# == (.*?)(:.*)? ==$", line)
        if heading:
            section = heading.group(1)
            continue
        if not line or line.startswith("#"):
            continue
        where = f"compound-splits.tsv:{number}"
        fields = line.split("\t")
        if len(fields) != 2:
            problems.append(f"{where}: not two tab-separated fields")
            continue
        compound, parts_text = fields
        parts = parts_text.split(" ")
        if compound in compounds:
            problems.append(f"{where}: '{compound}' is already on line {compounds[compound]}")
        compounds[compound] = number
        sections[section] = sections.get(section, 0) + 1
        part_counts[len(parts)] = part_counts.get(len(parts), 0) + 1
        for word in [compound] + parts:
            if not re.fullmatch(r"[a-z]+", word):
                problems.append(f"{where}: '{word}' is not lower-case ASCII letters")
            if word not in words:
                problems.append(f"{where}: '{word}' is not in the OpenTaal list")
        if not 2 <= len(parts) <= 3:
            problems.append(f"{where}: {len(parts)} parts")
        for part in parts:
            if len(part) < MIN_PART:
                problems.append(f"{where}: part '{part}' is shorter than {MIN_PART} letters")
        links = links_between(compound, parts)
        if links is None:
            problems.append(f"{where}: the parts {parts} do not spell '{compound}' with links {LINKS[1:]}")
            continue
        for part, link in zip(parts, links):
            link_counts[link] = link_counts.get(link, 0) + 1
            if link == "s" and part + "s" in words:
                problems.append(f"{where}: '{part}s' is a word too, so the -s- of '{compound}' is ambiguous")
            if link in ("e", "en", "er") and part + link in words:
                problems.append(f"{where}: '{part}{link}' is a word, so it should be the part (not '{part}' + -{link}-)")

    not_path = os.path.join(HERE, "not-compounds.tsv")
    simplex = {}
    with open(not_path, encoding="utf-8") as f:
        first = f.readline().rstrip("\n")
    if first != "# word\twhy":
        problems.append("not-compounds.tsv: the first line is not '# word<TAB>why'")
    for number, fields in read_rows(not_path):
        where = f"not-compounds.tsv:{number}"
        word = fields[0]
        if len(fields) != 2 or not fields[1]:
            problems.append(f"{where}: not 'word<TAB>why'")
        if not re.fullmatch(r"[a-z]+", word):
            problems.append(f"{where}: '{word}' is not lower-case ASCII letters")
        if word not in words:
            problems.append(f"{where}: '{word}' is not in the OpenTaal list")
        if word in simplex:
            problems.append(f"{where}: '{word}' is already on line {simplex[word]}")
        if word in compounds:
            problems.append(f"{where}: '{word}' is in compound-splits.tsv too")
        simplex[word] = number
    tileable = [w for w in simplex if tilings(w, words)]

    print(f"OpenTaal: {len(words)} lower-cased words from {args.shared}")
    print(f"compound-splits.tsv: {len(compounds)} compounds")
    for name, count in sections.items():
        print(f"  {count:4d}  {name}")
    print("  parts: " + ", ".join(f"{count} with {n}" for n, count in sorted(part_counts.items())))
    print("  links: " + ", ".join(f"{count} {('-' + link + '-') if link else 'none'}" for link, count in sorted(link_counts.items())))
    print(f"not-compounds.tsv: {len(simplex)} words, {len(tileable)} of them can be tiled by list words of {MIN_PART}+ letters")

    if os.path.exists(args.dictionary):
        with open(args.dictionary, encoding="utf-8") as f:
            dictionary = {line.strip() for line in f if line.strip() and not line.startswith("#")}
        wrong = []
        for compound in compounds:
            expected = [p for p in lines[compounds[compound] - 1].split("\t")[1].split(" ")]
            got = filter_split(compound, dictionary)
            if got != expected:
                wrong.append(f"{compound}: expected {' '.join(expected)}, got {' '.join(got) if got else '(not split)'}")
        split_simplex = [f"{w}: {' '.join(filter_split(w, dictionary))}" for w in simplex if filter_split(w, dictionary)]
        missing = sorted({p for c in compounds for p in lines[compounds[c] - 1].split("\t")[1].split(" ")} - dictionary)
        print()
        print(f"splitting rule with {args.dictionary} ({len(dictionary)} parts), information only:")
        print(f"  compounds split as expected: {len(compounds) - len(wrong)} of {len(compounds)}")
        for item in wrong:
            print(f"    {item}")
        print(f"  expected parts not in the dictionary: {len(missing)}" + (f": {' '.join(missing)}" if missing else ""))
        print(f"  non-compounds split: {len(split_simplex)} of {len(simplex)}")
        for item in split_simplex:
            print(f"    {item}")

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
