#!/usr/bin/env python3
"""Writes N synthetic N-Triples statements shaped like Khesht's data: typed entities with Persian and English labels,
dates, integers, links between entities, and some blank nodes. Deterministic for a given N and seed.

usage: generate-triples.py COUNT OUTPUT.nt [SEED]
"""
import random
import sys

count = int(sys.argv[1])
output = sys.argv[2]
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)

KHR = "https://w3id.org/khesht/id/"
SCHEMA = "https://schema.org/"
KH = "https://w3id.org/khesht/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
CLASSES = [SCHEMA + "Person", SCHEMA + "Organization", SCHEMA + "Event", KH + "Award", KH + "AwardConferral"]
LINKS = [SCHEMA + "location", SCHEMA + "organizer", KH + "recipient", KH + "award", SCHEMA + "memberOf"]
WORDS_FA = ["جشنواره", "فیلم", "فجر", "جایزه", "سیمرغ", "بلورین", "کنفرانس", "ملی", "تاب‌آوری", "شهری", "دانشگاه"]
WORDS_EN = ["Festival", "Film", "Award", "Crystal", "Conference", "National", "Resilience", "Urban", "University"]

entities = max(1, count // 6)
written = 0
with open(output, "w", encoding="utf-8") as out:
    entity = 0
    while written < count:
        subject = f"<{KHR}e{entity}>"
        lines = [
            f"{subject} {RDF_TYPE} <{rng.choice(CLASSES)}> .",
            f'{subject} {LABEL} "{" ".join(rng.sample(WORDS_FA, 3))} {entity}"@fa .',
            f'{subject} <{SCHEMA}name> "{" ".join(rng.sample(WORDS_EN, 2))} {entity}"@en .',
            f'{subject} <{SCHEMA}startDate> "{rng.randint(1990, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"'
            f"^^<http://www.w3.org/2001/XMLSchema#date> .",
            f"{subject} <{rng.choice(LINKS)}> <{KHR}e{rng.randrange(entities)}> .",
            f'_:n{entity} <{KH}editionNumber> "{rng.randint(1, 60)}"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        ]
        for line in lines[: count - written]:
            out.write(line + "\n")
            written += 1
        entity += 1
