#!/usr/bin/env python3
"""Parse an RDF/XML file with a named parser and check that its graph is isomorphic to an N-Triples file.

    check_rdfxml.py PARSER FILE.rdf EXPECTED.nt
    check_rdfxml.py --batch JOBS.tsv      # one job a line: NAME<TAB>PARSER<TAB>FILE.rdf<TAB>EXPECTED.nt

PARSER is rapper (raptor's `rapper -i rdfxml -o ntriples`), rdflib or oxigraph (pyoxigraph); rapper-turtle,
rdflib-turtle and oxigraph-turtle read the file as Turtle instead (for the Turtle writer). Graphs are compared
with rdflib.compare.isomorphic, with rdflib's literal normalization switched off so lexical forms must match.
Prints `ok NAME` or `FAIL NAME: reason` per job. A single check exits 1 when it fails; a batch exits 0 once every
job has its line (the caller reads them). Either exits 2 when a tool is missing.
"""
import logging
import shutil
import subprocess
import sys
import warnings

try:
    import rdflib
    from rdflib.compare import graph_diff, isomorphic, to_isomorphic
except ImportError as error:
    print(f"rdflib is missing ({error}); install it with .venv/bin/pip install rdflib", file=sys.stderr)
    sys.exit(2)

rdflib.NORMALIZE_LITERALS = False
# Ill-typed literals ("abc"^^xsd:integer) are legal RDF; rdflib logs a traceback for each, which is noise here.
logging.disable(logging.CRITICAL)
warnings.simplefilter("ignore")
BASE = "http://example.invalid/base"


def parse_with(parser, rdf_path):
    """The graph the named parser reads from rdf_path, as an rdflib Graph."""
    graph = rdflib.Graph()
    if parser == "rdflib":
        graph.parse(rdf_path, format="xml", publicID=BASE)
    elif parser == "rapper":
        rapper = shutil.which("rapper")
        if rapper is None:
            print("rapper is missing; install raptor2-utils", file=sys.stderr)
            sys.exit(2)
        run = subprocess.run([rapper, "-q", "-i", "rdfxml", "-o", "ntriples", rdf_path, BASE],
                             capture_output=True)
        # rapper exits 1 on errors and 2 when it only warned.
        if run.returncode == 1:
            raise ValueError("rapper: " + run.stderr.decode("utf-8", "replace").strip())
        graph.parse(data=run.stdout.decode("utf-8"), format="nt")
    elif parser == "oxigraph":
        try:
            import pyoxigraph
        except ImportError as error:
            print(f"pyoxigraph is missing ({error}); install it with .venv/bin/pip install pyoxigraph", file=sys.stderr)
            sys.exit(2)
        triples = pyoxigraph.parse(path=rdf_path, format=pyoxigraph.RdfFormat.RDF_XML, base_iri=BASE)
        data = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
        graph.parse(data=data.decode("utf-8"), format="nt")
    elif parser == "rapper-turtle":
        run = subprocess.run(["rapper", "-q", "-i", "turtle", "-o", "ntriples", rdf_path, BASE], capture_output=True)
        if run.returncode == 1:
            raise ValueError("rapper: " + run.stderr.decode("utf-8", "replace").strip())
        graph.parse(data=run.stdout.decode("utf-8"), format="nt")
    elif parser == "rdflib-turtle":
        graph.parse(rdf_path, format="turtle", publicID=BASE)
    elif parser == "oxigraph-turtle":
        import pyoxigraph
        triples = pyoxigraph.parse(path=rdf_path, format=pyoxigraph.RdfFormat.TURTLE, base_iri=BASE)
        data = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
        graph.parse(data=data.decode("utf-8"), format="nt")
    else:
        raise ValueError(f"unknown parser {parser!r}; use rapper, rdflib or oxigraph")
    return graph


def check(name, parser, rdf_path, nt_path):
    """None when isomorphic, otherwise a message saying what differs."""
    try:
        actual = parse_with(parser, rdf_path)
    except Exception as error:  # any parse failure is a failed check, reported with its message
        return f"{parser} could not parse {rdf_path}: {error}".replace("\n", " ")
    expected = rdflib.Graph()
    try:
        expected.parse(nt_path, format="nt")
    except Exception as error:
        return f"rdflib could not read the expected graph {nt_path}: {error}".replace("\n", " ")
    if isomorphic(actual, expected):
        return None
    _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
    return (f"{parser} read {len(actual)} triples, expected {len(expected)}; "
            f"only in output: {only_actual.serialize(format='nt').strip()[:600]!r}; "
            f"only in expected: {only_expected.serialize(format='nt').strip()[:600]!r}")


def main(argv):
    if len(argv) == 3 and argv[1] == "--batch":
        with open(argv[2], encoding="utf-8") as handle:
            jobs = [line.rstrip("\n").split("\t") for line in handle if line.strip()]
    elif len(argv) == 4:
        jobs = [[argv[2], argv[1], argv[2], argv[3]]]
    else:
        print(__doc__, file=sys.stderr)
        return 2
    batch = len(argv) == 3
    failed = 0
    for name, parser, rdf_path, nt_path in jobs:
        problem = check(name, parser, rdf_path, nt_path)
        if problem is None:
            print(f"ok {name}")
        else:
            failed += 1
            print(f"FAIL {name}: {problem}")
    sys.stdout.flush()
    return 1 if failed and not batch else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
