#!/usr/bin/env python3
"""Times each example question with Khesht (`khesht query --repeat`, measured inside the khesht process) and its
SPARQL translation (`explain sparql`) with Oxigraph (pyoxigraph, in this process) on the same data, and prints the
medians side by side. Called by scripts/bench-query.sh, which builds the knowledge base.

Same data, same semantics: Khesht repeats a fact in every article graph that states it and its patterns match the
union of the graphs with each fact once. Oxigraph gets the same set of facts: the dump's quads are loaded as triples
into its default graph (a set, so a fact stated by three articles is one triple), and the SPARQL runs against that
default graph. The row counts of both are printed to show the answers agree.

Wall-clock medians on a shared machine also measure who got a core, so the CPU time of the process during the
runs is reported as well (Khesht's from `--repeat`, Oxigraph's from time.process_time()). Slow questions get fewer
runs: as many as fit in BUDGET seconds, at least 3 and at most RUNS.

With KHESHT_BASELINE set to another khesht binary (an earlier build), each question is also timed with it, in
the same run, and its CPU ratio to Oxigraph is printed beside the new one ("before" → "after").

usage: bench-query.py KHESHT DB DUMP.nq QUESTIONS_DIR RUNS
"""
import glob
import json
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
        # The entity the name resolves to, as khesht's own describe reports it.
        probe = khesht(binary, db, "--format", "json", text)
        if probe.returncode != 0:
            raise SystemExit(f"cannot resolve {m.group(1)}: {probe.stderr}")
        entity = "<" + json.loads(probe.stdout)[0]["entity"]["iri"] + ">"
        return (f"SELECT ?p ?v ?incoming WHERE {{ {{ {entity} ?p ?v BIND(false AS ?incoming) }} UNION "
                f"{{ ?v ?p {entity} BIND(true AS ?incoming) }} }}")
    result = khesht(binary, db, "--format", "tsv", "explain sparql " + text)
    if result.returncode != 0:
        raise SystemExit(f"explain sparql failed for {text!r}:\n{result.stderr}")
    return result.stdout


BUDGET_SECONDS = 8.0


def runs_within_budget(one_run_ms, most):
    return max(3, min(most, int(BUDGET_SECONDS * 1e3 / max(one_run_ms, 1e-3))))


def khesht_timing(binary, db, path, runs):
    """(median ms, p90 ms, CPU ms per run, rows, runs) from `khesht query --repeat`."""
    def measure(n):
        result = khesht(binary, db, "--format", "csv", "--repeat", str(n), "-f", path)
        if result.returncode != 0:
            raise SystemExit(f"{path}: khesht failed:\n{result.stderr}")
        line = next(l for l in result.stderr.splitlines() if l.startswith("repeat:"))
        return dict(item.split("=") for item in line.split()[1:])
    probe = measure(1)
    n = runs_within_budget(float(probe["median_ms"]), runs)
    fields = measure(n)
    return (float(fields["median_ms"]), float(fields["p90_ms"]), float(fields["cpu_ms_per_run"]),
            int(fields["rows"]), n)


def oxigraph_timing(store, sparql, runs):
    started = time.perf_counter()
    rows = list(store.query(sparql))  # untimed, like the run khesht prints
    n = runs_within_budget((time.perf_counter() - started) * 1e3, runs)
    times = []
    cpu_started = time.process_time()
    for _ in range(n):
        started = time.perf_counter()
        rows = list(store.query(sparql))
        times.append((time.perf_counter() - started) * 1e3)
    cpu = (time.process_time() - cpu_started) * 1e3 / n
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.9 + 0.999) - 1)], cpu, len(rows), n


def main():
    binary, db, dump, questions, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    store = pyoxigraph.Store()
    started = time.perf_counter()
    default = pyoxigraph.DefaultGraph()
    store.bulk_extend(pyoxigraph.Quad(q.subject, q.predicate, q.object, default)
                      for q in pyoxigraph.parse(path=dump, format=pyoxigraph.RdfFormat.N_QUADS))
    print(f"oxigraph {pyoxigraph.__version__}: {len(store):,} distinct triples (the dump's quads without their "
          f"graphs) loaded in memory in {time.perf_counter() - started:.1f} s", flush=True)

    baseline = os.environ.get("KHESHT_BASELINE")
    header = (f"{'question':<27} {'rows k/o':>11} {'khesht ms':>9} {'p90':>8} {'cpu':>8} {'oxigraph ms':>11} "
              f"{'p90':>8} {'cpu':>8} {'k/o':>7} {'cpu k/o':>7}"
              + (f" {'base cpu':>8} {'base k/o':>8}" if baseline else "") + "  note")
    base_ratios = []
    print(header)
    print("-" * len(header))
    ratios, cpu_ratios = [], []
    for path in sorted(glob.glob(os.path.join(questions, "*.khq"))):
        name = os.path.basename(path)[:-4]
        text = query_text(path)
        sparql = sparql_for(binary, db, text)
        k_median, k_p90, k_cpu, k_rows, k_runs = khesht_timing(binary, db, path, runs)
        o_median, o_p90, o_cpu, o_rows, o_runs = oxigraph_timing(store, sparql, runs)
        base = ""
        if baseline:
            b_median, b_p90, b_cpu, b_rows, b_runs = khesht_timing(baseline, db, path, runs)
            base_ratios.append(b_cpu / max(o_cpu, 1e-6))
            base = f" {b_cpu:>8.2f} {base_ratios[-1]:>7.2f}x"
        ratio = k_median / max(o_median, 1e-6)
        cpu_ratio = k_cpu / max(o_cpu, 1e-6)
        ratios.append(ratio)
        cpu_ratios.append(cpu_ratio)
        # A selective look-up starts from a named entity and returns a handful of rows.
        selective = '"' in text and k_rows <= 100
        notes = []
        if selective and k_median > SELECTIVE_LIMIT_MS:
            notes.append(f"SLOW selective look-up (> {SELECTIVE_LIMIT_MS:g} ms)")
        if k_rows != o_rows:
            notes.append("row counts differ")
        if ratio > 1:
            notes.append("slower than oxigraph")
        if k_runs < runs or o_runs < runs:
            notes.append(f"runs {k_runs}/{o_runs}")
        print(f"{name[:27]:<27} {f'{k_rows}/{o_rows}':>11} {k_median:>9.2f} {k_p90:>8.2f} {k_cpu:>8.2f} {o_median:>11.2f} "
              f"{o_p90:>8.2f} {o_cpu:>8.2f} {ratio:>6.2f}x {cpu_ratio:>6.2f}x{base}  {'; '.join(notes)}", flush=True)
    print(f"geometric mean khesht/oxigraph over {len(ratios)} questions: wall {statistics.geometric_mean(ratios):.2f}x, "
          f"CPU {statistics.geometric_mean(cpu_ratios):.2f}x (medians of up to {runs} timed runs)")
    if baseline:
        print(f"baseline {baseline}: CPU geometric mean {statistics.geometric_mean(base_ratios):.2f}x")


if __name__ == "__main__":
    main()
