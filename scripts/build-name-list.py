#!/usr/bin/env python3
"""Builds the word lists that NameMasker (api/Privacy/NameMasker.cs) tells names from other words with.

Usage: ./scripts/build-name-list.py [--shared ../shared/data]

Writes three files to api/Privacy/Data/ (embedded in the API; the folder's README gives sources and licences):
- names-nl.txt: person names (first names and surnames), one a line. The candidates are the proper names of the
  OpenTaal word list: one word, a capital and then lower-case letters only (no acronyms, digits or hyphens), at least
  two letters. Left out are:
    * place names: every place, municipality and province of the postcode and CBS files, and the words made of them
      ("Rotterdams", "Rotterdamse", "Rotterdammer", "Schiedammers", "Hagenaar");
    * street names: words that end in a street word (straat, laan, weg, plein, singel, kade, dijk, ...);
    * adjectives and nationalities: words ending in -isch(e), -aans(e), -iaans(e), and any word X of which the list
      also holds X + "e" while X ends in -s ("Turks"/"Turkse", "Engels"/"Engelse"), and that X + "e" itself, unless it also holds the
      possessive X' that names ending in -s have ("Roos'", "Klaas'");
    * compounds of such a word and a common word ("Koranschool", "Oranjeklanten");
    * forms of another candidate: X's, X' and Xs of a name X (the masker takes those off itself);
    * the project's own lists below: languages, countries and foreign places, organisations, products and software
      that students name, and capitalised English words (months, days, languages);
    * common words: a word that is also a lower-case word of the list ("Roos"/"roos", "Kok"/"kok", "Haven"/"haven")
      is kept only when the list also holds its possessive (Roos', Mark's, Bas'), which it holds for names and hardly
      ever for the capitalised forms of common words (street-name parts, plants, birds). The masker still treats such a
      name as a common word at the start of a sentence and in lower case.
- not-names-nl.txt: capitalised words and phrases that are not person names: the places, streets, adjectives and the
  project's lists above; phrases of several words ("Albert Heijn", "Capelle aan den IJssel") on one line each.
- words-nl.txt.gz: the lower-case words of the OpenTaal list (letters, hyphens and apostrophes), which the masker
  reads as common words. Gzipped without a timestamp, so a rebuild gives the same bytes.
"""
import argparse
import csv
import gzip
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "api" / "Privacy" / "Data"

STREET_WORDS = ("straat", "laan", "weg", "plein", "singel", "kade", "dijk", "gracht", "hof", "dreef", "steeg", "pad",
                "park", "plantsoen", "boulevard", "baan", "wal", "haven", "markt", "erf", "hoven", "burgwal", "straatweg")

# Given names that are also words of multi-word place names ("Anna Paulowna", "Sint Willebrord"): the place names
# stay phrases, these words stay names.
GIVEN_NAMES_IN_PLACE_NAMES = {"Ade", "Agatha", "Anna", "Hubert", "Ido", "Joost", "Maria", "Willem", "Jan", "Pieter",
                              "Maarten", "Michiel", "Philips", "Jacob", "Jansteen", "Geertruid", "Gertrude", "Kruis",
                              "Oedenrode", "Odiliënberg", "Pancras", "Nicolaasga", "Annaparochie", "Jacobiparochie"}

# Places in the Rotterdam-Rijnmond area that students name but the postcode file spells as part of a city.
DISTRICTS = """Rotterdam-Centrum Rotterdam-Noord Rotterdam-Zuid Rotterdam-West Rotterdam-Oost Delfshaven Overschie
Hillegersberg Terbregge Kralingen Feijenoord IJsselmonde Charlois Hoogvliet Pernis Heijplaat Waalhaven Botlek
Europoort Maasvlakte Rozenburg Ommoord Zevenkamp Blijdorp Crooswijk Bergpolder Liskwartier Katendrecht Afrikaanderwijk
Bloemhof Hillesluis Lombardijen Pendrecht Zuidwijk Tarwewijk Carnisse Vreewijk Beverwaard Spangen Bospolder Tussendijken
Nesselande Schiebroek Oosterflank Lombardijen Zuidplein Kop-van-Zuid Noordereiland Kralingen-Crooswijk Lijnbaan Blaak
Randstad Rijnmond Drechtsteden Voorne-Putten Westland Delfland Zeeland Randstad""".split()

PHRASES = """Kop van Zuid; Prins Alexander; Hoek van Holland; Den Haag; Den Bosch; Albert Heijn; Burger King; New York Pizza;
Erasmus MC; Dirk van den Broek; Coffee Company; Jack Wolfskin; Van Haren; Ikazia Ziekenhuis; Maasstad Ziekenhuis;
Sint Franciscus; Rotterdam The Hague Airport; Martin Luther King; Techniek College Rotterdam; Hogeschool Rotterdam;
Het Zonnehuis; De Meidoorn; Laurens Zorg; Leen Bakker; Kuehne Nagel; Keti Koti; Sri Lanka; Al Hoceima;
Sint Maarten; Saudi-Arabië; Raspberry Pi""".replace("\n", " ").split("; ")

LANGUAGES = """Nederlands Engels Turks Arabisch Pools Roemeens Bulgaars Spaans Portugees Oekraïens Somalisch Frans Duits
Russisch Chinees Koerdisch Perzisch Farsi Dari Tigrinya Urdu Hindi Servisch Kroatisch Bosnisch Berbers Tamazight
Tarifit Papiaments Sranantongo Sranan Surinaams Marokkaans Antilliaans Kaapverdisch Italiaans Grieks Hongaars Tsjechisch
Slowaaks Litouws Lets Ests Fins Zweeds Noors Deens Vlaams Fries Limburgs Brabants Rotterdams Amsterdams Hebreeuws
Amhaars Pashtu Punjabi Bengaals Tamil Vietnamees Thais Japans Koreaans Indonesisch Maleis Tagalog Swahili Yoruba Twi
Dutch English Turkish Arabic Polish Romanian Bulgarian Spanish Portuguese Ukrainian Somali French German Russian Chinese
Kurdish Persian Italian Greek Hungarian Berber""".split()

COUNTRIES_AND_FOREIGN_PLACES = """Nederland Holland België Duitsland Frankrijk Engeland Schotland Ierland Spanje Portugal
Italië Griekenland Polen Roemenië Bulgarije Hongarije Tsjechië Slowakije Litouwen Letland Estland Oekraïne Rusland
Servië Kroatië Bosnië Albanië Kosovo Macedonië Turkije Marokko Algerije Tunesië Libië Egypte Soedan Eritrea Ethiopië
Somalië Kenia Nigeria Ghana Kameroen Congo Angola Kaapverdië Suriname Curaçao Aruba Bonaire Antillen Syrië
Irak Iran Afghanistan Pakistan India Bangladesh China Japan Korea Vietnam Thailand Indonesië Filipijnen
Jemen Libanon Jordanië Israël Palestina Koerdistan Europa Afrika Azië Amerika Australië Caraïben Antwerpen Brussel
Gent Luik Brugge Parijs Londen Berlijn Keulen Düsseldorf Madrid Barcelona Lissabon Rome Warschau Boekarest Sofia
Istanbul Ankara Izmir Antalya Casablanca Rabat Tanger Nador Fez Marrakech Agadir Paramaribo Willemstad Kabul
Damascus Aleppo Bagdad Asmara Mogadishu Accra Lagos Kiev Kyiv""".split()

ORGANISATIONS_AND_PRODUCTS = """Jumbo Lidl Aldi Hema Action Kruidvat Etos Blokker Gamma Praxis Karwei Ikea Primark Zara
Rituals Douglas Coolblue Zalando Picnic Thuisbezorgd Kwalitaria Febo Vomar Spar Coop Ahoy Feyenoord Sparta Excelsior
Efteling Blijdorp Maasstad Ikazia Humanitas Aafje Laurens Zadkine Albeda Yuverta Microsoft Excel Word Windows Office
Outlook Teams Photoshop Canva Python Java Linux Cisco Instagram Snapchat Facebook Youtube Google Apple Samsung Exact
Magister Somtoday Duolingo Booking Uber Flink Tesla Philips Shell Heineken Unilever Bavaria Deliveroo Randstad Tempo
Manpower Olympia Hago Maersk Havenbedrijf Stedin Evides Eneco Sodexo Albron Schiphol Ryanair Transavia
Arriva Connexxion Qbuzz Veolia Mediamarkt Intratuin Jysk Wibra
Raspberry Arduino Discord Minecraft Fortnite Roblox Nintendo Xbox Spotify Netflix Whatsapp Tiktok Linkedin Zeeman Xenos Bristol Scapino""".split()

# Software and platforms that MBO students name (ICT, media, construction, trade).
TOOLS = """React Angular Vue Laravel Django Flask Node Python Java Javascript Typescript Kotlin Swift Php Ruby Rust Golang Docker
Kubernetes Proxmox Vmware Hyper Azure Aws Ubuntu Debian Fedora Kali Raspbian Github Gitlab Wordpress Wix Shopify Magento Woocommerce
Figma Canva Photoshop Illustrator Indesign Premiere Lightroom Blender Unity Unreal Godot Autocad Revit Sketchup Archicad Solidworks
Inventor Fusion Vectorworks Tekla Navisworks Vinted Marktplaats Etsy Ebay Amazon Exact Twinfield Snelstart Salesforce Hubspot Jira
Trello Notion Slack Zoom Outlook Powerpoint Onenote Sharepoint Onedrive Dropbox Android Iphone Ipad Macbook Chromebook Playstation
Arduino Esp""".split()

ENGLISH = """January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday I Hello Hi Hey Thanks Dear Regards English Dutch""".split()

HOLIDAYS_AND_OTHER = """Kerst Kerstmis Pasen Pinksteren Ramadan Suikerfeest Offerfeest Sinterklaas Koningsdag Bevrijdingsdag
Hemelvaart Divali Islam Moslim Moslima Christen Hindoe God Allah Jezus Bijbel Koran""".split()


def is_name_shaped(word):
    return len(word) >= 2 and word[0].isupper() and word[1:].isalpha() and word[1:] == word[1:].lower() and word.isalpha()


def place_forms(place, known):
    """A place and the words made of it that the word list holds: Rotterdams(e), Rotterdammer(s), Hagenaar."""
    forms = {place, place + "s", place + "se", place + "er", place + "ers", place + "enaar", place + "enaren",
             place + "naar", place + "naren", place + "aar", place + "aren", place + "ees", place + "ezen"}
    if len(place) >= 3 and place[-1] not in "aeiouy" and place[-2] in "aeiou" and place[-3] not in "aeiou":
        doubled = place + place[-1]
        forms |= {doubled + "er", doubled + "ers", doubled + "ertje", doubled + "ertjes"}
    return {place} | {form for form in forms if form in known}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    shared = Path(parser.parse_args().shared)

    lines = (shared / "opentaal" / "wordlist_nl.txt").read_text(encoding="utf-8").splitlines()
    all_words = set(lines)
    lower = {w for w in lines if w and w == w.lower() and re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", w)}

    places = set()
    for line in (shared / "pc4_nl_geonames_2017.tsv").read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        places |= {columns[2], columns[3], columns[5]}
    with open(shared / "cbs_gebieden_2023_gemeenten_provincie_res.csv", encoding="utf-8-sig", newline="") as f:
        for row in csv.reader(f):
            places |= {row[0], row[3]}
    places = {p.strip() for p in places if p.strip()}
    places |= set(DISTRICTS) | set(COUNTRIES_AND_FOREIGN_PLACES)

    not_names = set()
    phrases = set(PHRASES)
    for place in places:
        # Postcode-file qualifiers ("Bergen L", "Beers NB", "Bergen (NH)") are not part of the name people write.
        place = re.sub(r"\s+(\(\w+\)|[A-Z]{1,3}|gem .*|ca)$", "", place)
        parts = [p for p in re.split(r"[\s]+", place) if p]
        if len(parts) > 1:
            phrases.add(" ".join(parts))
        for part in parts:
            for token in part.split("-"):
                if token[:1].isupper() and token not in GIVEN_NAMES_IN_PLACE_NAMES:
                    not_names |= place_forms(token, all_words)
            if len(parts) == 1 or part not in GIVEN_NAMES_IN_PLACE_NAMES:
                not_names |= place_forms(part, all_words)
    for word in LANGUAGES + ORGANISATIONS_AND_PRODUCTS + TOOLS + ENGLISH + HOLIDAYS_AND_OTHER:
        not_names.add(word)

    capitalised = {w for w in lines if is_name_shaped(w)}
    names = set()
    for word in sorted(capitalised):
        if word in not_names:
            continue
        if any(word.endswith(s) and len(word) > len(s) + 2 for s in STREET_WORDS) or re.search(r"(isch|ische|aans|aanse|iaans|iaanse)$", word):
            not_names.add(word)
            continue
        if word.endswith("s") and word + "e" in all_words and word + "'" not in all_words or \
                word.endswith("se") and word[:-1] in all_words and word[:-1] + "'" not in all_words:
            not_names.add(word)
            continue
        # Compounds of a proper noun that is no name and a common word ("Koranschool", "Oranjeklanten").
        if any(word[:k] in not_names and word[k:] in lower for k in range(4, len(word) - 2)):
            not_names.add(word)
            continue
        base = re.sub(r"('s|'|s)$", "", word)
        if base != word and base in capitalised and base not in not_names:
            continue  # a form of a name: the masker takes the ending off
        if word.lower() in lower and not (word + "'s" in all_words or word + "'" in all_words or word + "s" in all_words):
            continue  # a common word: kept out unless the list has its possessive
        names.add(word)

    header_names = ("# Person names for NameMasker: built by scripts/build-name-list.py from the OpenTaal word list\n"
                    "# (BSD or CC BY 3.0, see README.md beside this file). Do not edit by hand: rebuild.\n")
    header_not = ("# Capitalised words and phrases that are not person names (places, streets, languages, organisations),\n"
                  "# built by scripts/build-name-list.py from the shared place data, the OpenTaal list and the script's lists.\n")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "names-nl.txt").write_text(header_names + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    not_name_lines = sorted({w for w in not_names if w and w[0].isupper()} | phrases)
    (OUT / "not-names-nl.txt").write_text(header_not + "\n".join(not_name_lines) + "\n", encoding="utf-8")
    with open(OUT / "words-nl.txt.gz", "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
            f.write(("\n".join(sorted(lower)) + "\n").encode("utf-8"))
    print(f"{len(names)} names, {len(not_name_lines)} not-names, {len(lower)} lower-case words")


if __name__ == "__main__":
    main()
