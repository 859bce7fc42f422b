"""Runs SPARQL queries with pyoxigraph over an N-Quads file, the default graph being the RDF merge of all graphs.

The merge is a set of triples (a fact stated by two articles is one triple), which is what the Khesht engine
answers over; oxigraph's `use_default_graph_as_union` would instead repeat such a triple once per graph.

Usage: python run_sparql.py DATA.nq QUERIES.json  → prints JSON: one entry per query, either
{"columns": [...], "rows": [[term or null, ...], ...]} with terms in N-Triples form, or {"error": "..."}.
"""
import json
import sys

import pyoxigraph


def main() -> None:
    data_path, queries_path = sys.argv[1], sys.argv[2]
    store = pyoxigraph.Store()
    store.load(path=data_path, format=pyoxigraph.RdfFormat.N_QUADS)
    for quad in list(store.quads_for_pattern(None, None, None, None)):
        store.add(pyoxigraph.Quad(quad.subject, quad.predicate, quad.object, pyoxigraph.DefaultGraph()))
    with open(queries_path, encoding="utf-8") as f:
        queries = json.load(f)
    out = []
    for query in queries:
        try:
            solutions = store.query(query)
            columns = [v.value for v in solutions.variables]
            rows = []
            for solution in solutions:
                rows.append([None if solution[c] is None else str(solution[c]) for c in columns])
            out.append({"columns": columns, "rows": rows})
        except Exception as error:  # reported to the Swift test, which fails with the message
            out.append({"error": f"{type(error).__name__}: {error}"})
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
