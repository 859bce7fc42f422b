#!/usr/bin/env python3
"""Times each example question with Khesht (`khesht query --repeat`, measured inside the khesht process) and its
SPARQL translation (`explain sparql`) with Oxigraph (pyoxigraph, in this process) on the same N-Quads, and prints the
medians side by side. Called by scripts/bench-query.sh, which builds the knowledge base.

usage: bench-query.py KHESHT DB DUMP.nq QUESTIONS_DIR RUNS
"""
import glob
import os
import re
import statistics
import subprocess
import sys
import time

import pyoxigraph

SELECTIVE_LIMIT_MS = 5.0


def khesht(binary, db, *args):
    return subprocess.run([binary, "--db", db, "query", *args], capture_output=True, text=True, check=False)


def query_text(path):
    """The statement of a .khq file without its comment lines."""
    with open(path, encoding="utf-8") as f:
        return "\n".join(line for line in f.read().splitlines() if not line.lstrip().startswith("#")).strip()


def sparql_for(binary, db, text):
    """The SPARQL Khesht gives for a find query; for `describe "NAME"` the equivalent pair of patterns on the
    entity the name resolves to (Khesht resolves it the same way when it describes)."""
    m = re.fullmatch(r'describe\s+"([^"]+)"', text)
    if m:
        # The entity: whatever `explain sparql` binds that name to in a one-pattern query.
        probe = khesht(binary, db, "--format", "tsv", f'explain sparql find ?p ?v where {{ "{m.group(1)}" ?p ?v }}')
        if probe.returncode != 0:
            raise SystemExit(f"cannot resolve {m.group(1)}: {probe.stderr}")
        entity = re.search(r"<[^>]+/id/[^>]+>", probe.stdout).group(0)
        return (f"SELECT ?p ?v ?incoming WHERE {{ {{ {entity} ?p ?v BIND(false AS ?incoming) }} UNION "
                f"{{ ?v ?p {entity} BIND(true AS ?incoming) }} }}")
    result = khesht(binary, db, "--format", "tsv", "explain sparql " + text)
    if result.returncode != 0:
        raise SystemExit(f"explain sparql failed for {text!r}:\n{result.stderr}")
    return result.stdout


def khesht_timing(binary, db, path, runs):
    result = khesht(binary, db, "--format", "csv", "--repeat", str(runs), "-f", path)
    if result.returncode != 0:
        raise SystemExit(f"{path}: khesht failed:\n{result.stderr}")
    line = next(l for l in result.stderr.splitlines() if l.startswith("repeat:"))
    fields = dict(item.split("=") for item in line.split()[1:])
    return float(fields["median_ms"]), float(fields["p90_ms"]), int(fields["rows"])


def oxigraph_timing(store, sparql, runs):
    rows = list(store.query(sparql, use_default_graph_as_union=True))  # warm-up, like khesht's printed run
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        rows = list(store.query(sparql, use_default_graph_as_union=True))
        times.append((time.perf_counter() - started) * 1e3)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.9 + 0.999) - 1)], len(rows)


def main():
    binary, db, dump, questions, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    store = pyoxigraph.Store()
    started = time.perf_counter()
    store.bulk_load(path=dump, format=pyoxigraph.RdfFormat.N_QUADS)
    print(f"oxigraph {pyoxigraph.__version__}: loaded {len(store):,} quads in memory in "
          f"{time.perf_counter() - started:.1f} s", flush=True)

    header = f"{'question':<28} {'rows k/o':>11} {'khesht ms':>10} {'p90':>8} {'oxigraph ms':>12} {'p90':>8} {'k/o':>7}  note"
    print(header)
    print("-" * len(header))
    ratios = []
    for path in sorted(glob.glob(os.path.join(questions, "*.khq"))):
        name = os.path.basename(path)[:-4]
        text = query_text(path)
        sparql = sparql_for(binary, db, text)
        k_median, k_p90, k_rows = khesht_timing(binary, db, path, runs)
        o_median, o_p90, o_rows = oxigraph_timing(store, sparql, runs)
        ratio = k_median / max(o_median, 1e-6)
        ratios.append(ratio)
        # A selective look-up starts from a named entity and returns a handful of rows.
        selective = '"' in text and k_rows <= 100
        notes = []
        if selective and k_median > SELECTIVE_LIMIT_MS:
            notes.append(f"SLOW selective look-up (> {SELECTIVE_LIMIT_MS:g} ms)")
        if k_rows != o_rows:
            notes.append("row counts differ")
        if ratio > 1:
            notes.append("slower than oxigraph")
        print(f"{name:<28} {f'{k_rows}/{o_rows}':>11} {k_median:>10.2f} {k_p90:>8.2f} {o_median:>12.2f} {o_p90:>8.2f} "
              f"{ratio:>6.2f}x  {'; '.join(notes)}", flush=True)
    print(f"geometric mean khesht/oxigraph: {statistics.geometric_mean(ratios):.2f}x over {len(ratios)} questions, "
          f"{runs} timed runs each (median)")


if __name__ == "__main__":
    main()
