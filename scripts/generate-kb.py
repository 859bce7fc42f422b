#!/usr/bin/env python3
"""Writes a synthetic knowledge base as N-Quads, shaped the way `khesht ingest` shapes facts (docs/data-model.md):
one named graph per synthetic article (`khr:article/gen-N`) repeating the labels and types of what it mentions;
events (some `kh:AwardCeremony` with `kh:editionOf`/`kh:editionNumber`) with `schema:location`, `schema:startDate`
typed xsd:date, xsd:gYearMonth or xsd:gYear (or missing), `kh:jalaliDate`, `kh:speaker`; position holdings; quotes;
award conferrals; places nested with `schema:containedInPlace`; `rdfs:label` in @fa and @en.

For query benchmarks the generated data must sit around the real entities of the bundled corpus: with
`--link-to DUMP.nq` (a `khesht dump` of the ingested corpus) a small share of the generated facts point at real
entities named in examples/questions (Milad Tower, Tehran, Golden Brick, Tehran City Council, Mohsen Hashemi), so
look-ups of those names get a little busier while staying selective. Deterministic for a given count and seed.

COUNT is the number of distinct quads written (the last article may overshoot it by a few).

usage: generate-kb.py OUTPUT.nq COUNT [--link-to DUMP.nq] [--seed N]
"""
import argparse
import random
import re

KHR = "https://w3id.org/khesht/id/"
SCHEMA = "https://schema.org/"
KH = "https://w3id.org/khesht/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"

GIVEN = ["محسن", "علی", "مهدی", "زهرا", "مریم", "حسین", "رضا", "سارا", "امید", "فاطمه", "کاوه", "نرگس"]
SURNAMES = ["کریمی", "احمدی", "رحیمی", "موسوی", "صالحی", "نوروزی", "جعفری", "کاظمی", "حسینی", "رضایی"]
EN_GIVEN = ["Mohsen", "Ali", "Mahdi", "Zahra", "Maryam", "Hossein", "Reza", "Sara", "Omid", "Fatemeh", "Kaveh", "Narges"]
EN_SURNAMES = ["Karimi", "Ahmadi", "Rahimi", "Mousavi", "Salehi", "Nowruzi", "Jafari", "Kazemi", "Hosseini", "Rezaei"]
EVENT_WORDS = [("جشنواره", "Festival"), ("همایش", "Conference"), ("نمایشگاه", "Exhibition"), ("نشست", "Meeting"),
               ("آیین", "Ceremony"), ("کنگره", "Congress")]
TOPIC_WORDS = [("ملی", "National"), ("شهری", "Urban"), ("فیلم", "Film"), ("کتاب", "Book"), ("معماری", "Architecture"),
               ("تاب‌آوری", "Resilience"), ("فرهنگ", "Culture"), ("شعر", "Poetry")]
VENUE_WORDS = [("تالار", "Hall"), ("فرهنگسرای", "Cultural Center"), ("سالن", "Auditorium"), ("موزه", "Museum")]
ORG_WORDS = [("سازمان", "Organization"), ("انجمن", "Association"), ("بنیاد", "Foundation"), ("شورای", "Council")]
ROLES = ["رئیس", "دبیر", "معاون", "عضو", "مدیرعامل"]
QUOTE_WORDS = ["شهر", "فرهنگ", "آینده", "مردم", "توسعه", "معماری", "برنامه", "جایزه", "تهران", "امروز", "باید", "است"]
DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# Real entities the example questions name, by one of their labels in the corpus.
REAL_NAMES = {"venue": "برج میلاد", "city": "تهران", "award": "Golden Brick", "council": "Tehran City Council",
              "person": "محسن هاشمی"}


def iri(value):
    return f"<{value}>"


def lit(text, lang=None, datatype=None):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    if lang:
        return f'"{escaped}"@{lang}'
    if datatype:
        return f'"{escaped}"^^<{XSD}{datatype}>'
    return f'"{escaped}"'


def real_entities(path):
    """Label → subject IRI for the REAL_NAMES in a dump of the ingested corpus."""
    wanted = {name: key for key, name in REAL_NAMES.items()}
    found = {}
    pattern = re.compile(r'^<([^>]+)> <(?:' + re.escape(RDFS_LABEL) + '|' + re.escape(SKOS) + r'(?:pref|alt)Label|'
                         + re.escape(SCHEMA) + r'name)> "([^"]*)"')
    with open(path, encoding="utf-8") as dump:
        for line in dump:
            m = pattern.match(line)
            if m and m.group(2) in wanted and wanted[m.group(2)] not in found:
                found[wanted[m.group(2)]] = m.group(1)
    missing = sorted(set(REAL_NAMES) - set(found))
    if missing:
        raise SystemExit(f"{path}: no entity labelled {', '.join(REAL_NAMES[k] for k in missing)}")
    return found


class Generator:
    def __init__(self, out, rng, real, count):
        self.out, self.rng, self.real, self.count = out, rng, real, count
        self.written = 0
        self.in_article = set()
        # Pool sizes grow with the target so the graph keeps its shape at any size.
        scale = max(1, count // 40)
        self.persons = max(50, scale // 2)
        self.places = max(20, scale // 20)
        self.orgs = max(10, scale // 50)
        self.awards = max(5, scale // 200)
        self.outlets = 60

    def quad(self, s, p, o, g):
        # Counted once per graph, like the store does: an entity mentioned twice in an article is one set of quads.
        line = f"{s} <{p}> {o} {g} .\n"
        if line in self.in_article:
            return
        self.in_article.add(line)
        self.out.write(line)
        self.written += 1

    def person(self, n, g):
        s = iri(f"{KHR}person/gen-{n}")
        self.quad(s, RDF_TYPE, iri(SCHEMA + "Person"), g)
        r = random.Random(n)
        i, j = r.randrange(len(GIVEN)), r.randrange(len(SURNAMES))
        self.quad(s, RDFS_LABEL, lit(f"{GIVEN[i]} {SURNAMES[j]} {str(n).translate(DIGITS)}", "fa"), g)
        self.quad(s, RDFS_LABEL, lit(f"{EN_GIVEN[i]} {EN_SURNAMES[j]} {n}", "en"), g)
        return s

    def named(self, kind, cls, words, n, g):
        s = iri(f"{KHR}{kind}/gen-{n}")
        self.quad(s, RDF_TYPE, iri(cls), g)
        r = random.Random(f"{kind}-{n}")
        (fa, en), (tfa, ten) = r.choice(words), r.choice(TOPIC_WORDS)
        self.quad(s, RDFS_LABEL, lit(f"{fa} {tfa} {str(n).translate(DIGITS)}", "fa"), g)
        self.quad(s, RDFS_LABEL, lit(f"{ten} {en} {n}", "en"), g)
        return s

    def place(self, g):
        rng = self.rng
        if rng.random() < 0.002:
            return iri(self.real["venue"])
        n = rng.randrange(self.places)
        s = self.named("place", SCHEMA + "Place", VENUE_WORDS, n, g)
        # Places form a forest: place n lies in place n // 8; the roots lie in Tehran now and then.
        parent = n // 8
        if parent != n:
            self.quad(s, SCHEMA + "containedInPlace", iri(f"{KHR}place/gen-{parent}"), g)
        elif rng.random() < 0.05:
            self.quad(s, SCHEMA + "containedInPlace", iri(self.real["city"]), g)
        return s

    def org(self, g):
        if self.rng.random() < 0.002:
            return iri(self.real["council"])
        return self.named("org", SCHEMA + "Organization", ORG_WORDS, self.rng.randrange(self.orgs), g)

    def award(self, g):
        if self.rng.random() < 0.002:
            return iri(self.real["award"])
        n = self.rng.randrange(self.awards)
        s = self.named("award", KH + "Award", [("جایزه", "Award")], n, g)
        self.quad(s, KH + "conferredBy", iri(f"{KHR}org/gen-{n % self.orgs}"), g)
        return s

    def some_person(self, g):
        if self.rng.random() < 0.001:
            return iri(self.real["person"])
        return self.person(self.rng.randrange(self.persons), g)

    def date(self):
        rng = self.rng
        year, month, day = rng.randint(2000, 2024), rng.randint(1, 12), rng.randint(1, 28)
        kind = rng.random()
        if kind < 0.7:
            return lit(f"{year}-{month:02d}-{day:02d}", datatype="date")
        if kind < 0.8:
            return lit(f"{year}-{month:02d}", datatype="gYearMonth")
        if kind < 0.9:
            return lit(f"{year}", datatype="gYear")
        return None

    def article(self, a):
        rng = self.rng
        self.in_article = set()
        g = iri(f"{KHR}article/gen-{a}")
        art = g
        outlet = self.named("org", SCHEMA + "Organization", [("خبرگزاری", "News Agency")], 10_000_000 + a % self.outlets, g)
        self.quad(art, RDF_TYPE, iri(SCHEMA + "NewsArticle"), g)
        self.quad(art, SCHEMA + "headline", lit(f"خبر شماره {str(a).translate(DIGITS)}", "fa"), g)
        self.quad(art, SCHEMA + "publisher", outlet, g)
        self.quad(art, SCHEMA + "datePublished", lit(f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-"
                                                     f"{rng.randint(1, 28):02d}T10:00:00+03:30", datatype="dateTime"), g)
        self.quad(art, KH + "newsCode", lit(str(100000 + a)), g)
        self.quad(art, SCHEMA + "inLanguage", lit("fa"), g)
        for _ in range(rng.randint(1, 2)):
            e = a * 4 + rng.randrange(4)
            ceremony = rng.random() < 0.25
            event = self.named("event", KH + "AwardCeremony" if ceremony else SCHEMA + "Event", EVENT_WORDS, e, g)
            self.quad(art, SCHEMA + "mentions", event, g)
            venue = self.place(g)
            self.quad(event, SCHEMA + "location", venue, g)
            d = self.date()
            if d:
                self.quad(event, SCHEMA + "startDate", d, g)
                self.quad(event, KH + "jalaliDate", lit(f"{rng.randint(1379, 1403)}-{rng.randint(1, 12):02d}"), g)
            if ceremony:
                award = self.award(g)
                self.quad(event, KH + "editionOf", award, g)
                self.quad(event, KH + "editionNumber", lit(str(rng.randint(1, 30)), datatype="integer"), g)
                conferral = iri(f"{KHR}conferral/gen-{e}")
                self.quad(conferral, RDF_TYPE, iri(KH + "AwardConferral"), g)
                self.quad(conferral, KH + "recipient", self.some_person(g), g)
                self.quad(conferral, KH + "award", award, g)
                self.quad(conferral, KH + "ceremony", event, g)
                if rng.random() < 0.5:
                    work = self.named("work", SCHEMA + "CreativeWork", [("کتاب", "Book")], e, g)
                    self.quad(conferral, KH + "forWork", work, g)
            for _ in range(rng.randint(0, 2)):
                speaker = self.some_person(g)
                self.quad(event, KH + "speaker", speaker, g)
                self.quad(art, SCHEMA + "mentions", speaker, g)
        for _ in range(rng.randint(0, 2)):
            holder = self.some_person(g)
            org = self.org(g)
            role = rng.choice(ROLES)
            h = iri(f"{KHR}position/gen-{a}-{self.written}")
            self.quad(holder, KH + "holdsPosition", h, g)
            self.quad(h, RDF_TYPE, iri(KH + "PositionHolding"), g)
            self.quad(h, KH + "holder", holder, g)
            self.quad(h, SCHEMA + "roleName", lit(role, "fa"), g)
            self.quad(h, KH + "inOrganization", org, g)
        for sentence in range(rng.randint(0, 2)):
            speaker = self.some_person(g)
            q = iri(f"{KHR}quote/gen-{a}-{sentence}")
            self.quad(q, RDF_TYPE, iri(KH + "Quote"), g)
            self.quad(q, KH + "saidBy", speaker, g)
            self.quad(q, SCHEMA + "text", lit(" ".join(rng.choices(QUOTE_WORDS, k=8)), "fa"), g)
            self.quad(q, SCHEMA + "isPartOf", art, g)
            self.quad(q, KH + "sentenceIndex", lit(str(sentence + 3), datatype="integer"), g)

    def run(self):
        a = 0
        while self.written < self.count:
            self.article(a)
            a += 1
        return a


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("count", type=int)
    parser.add_argument("--link-to", help="a khesht dump of the ingested corpus, to link generated facts to its entities")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    real = real_entities(args.link_to) if args.link_to else {k: f"{KHR}gen-real/{k}" for k in REAL_NAMES}
    with open(args.output, "w", encoding="utf-8") as out:
        generator = Generator(out, random.Random(args.seed), real, args.count)
        articles = generator.run()
    print(f"{args.output}: {generator.written} quads in {articles} article graphs")


if __name__ == "__main__":
    main()
