#!/usr/bin/env python3
"""Markdown tables for docs/benchmarks.md from a JMH JSON result (-rf json -rff FILE).

usage: benchmarks/tables.py results.json [more.json ...]   (the runs' results, together)

Results of the same benchmark and parameters in several files (the rounds of interleave.sh) are
pooled: their iterations together give the median, mean and error. Such files are also paired:
each contender's ratio to JDBC is taken file by file, and their median is the one the targets use.

One table per database: per workload and size, each contender's median and mean +- 99.9% error
(us/op), its ratio to hand-written JDBC from the same run (median / median), and, where -prof gc
ran, bytes allocated per operation; W7's contenders with the statements each sends per call. Then, where the run has them, W8's cold start per database
(time to the first query over the forks, its ratio to Hibernate's and to JDBC's, classes loaded,
heap in use), the processor's compile time (its ratio to compiling without it) and W9's
transfers (throughput in operations per second, its ratio to JDBC's with the error, retries per
transfer). Last, the issue's targets, each with its verdict, computed from the same figures.
"""
import json
import math
import statistics
import sys

CONTENDERS = ["jdbc", "jdbcTransactionPerRead", "jdbcByKeys", "kiln", "kilnEager", "kilnWalked", "kilnReadOnly", "kilnCore",
              "hibernate", "hibernateLazy", "hibernateBatch", "jooq"]
WORKLOADS = {
    "GetByKey": "W1 get by key",
    "ListRange": "W2 range list",
    "Filter": "W3 filter, limit 20",
    "InsertOne": "W4 insert one",
    "InsertBatch": "W5 batch insert",
    "InsertAssigned": "W5 batch insert, assigned keys",
    "UpdateByKey": "W6 read-modify-write",
    "BulkUpdate": "W6 bulk update",
    "Graph": "W7 graph",
}
# How the tables name contenders: Kiln in bold, its core layer in words.
CONTENDER_NAMES = {"kiln": "**kiln**", "kilnReadOnly": "kiln read-only session", "kilnCore": "kiln core",
                   "kilnEager": "**kiln** eager", "kilnWalked": "**kiln** walked",
                   "jdbcByKeys": "jdbc by keys (Kiln's statements)",
                   "hibernateLazy": "hibernate lazy", "hibernateBatch": "hibernate join fetch + batch"}
# W7's statements per call, as GraphStatementCountTest asserts them (selects; Hibernate and jOOQ
# add BEGIN and COMMIT), shown beside each contender's name.
GRAPH_STATEMENTS = {"jdbc": 3, "jdbcByKeys": 3, "kilnEager": 3, "kilnWalked": 3, "kilnReadOnly": 3,
                    "hibernateLazy": 1101, "hibernateBatch": 2, "jooq": 1}
DATABASE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
# W9's benchmark classes and the threads each runs.
TRANSFER_THREADS = {"TransferOneThread": 1, "TransferFourThreads": 4}
# Rows per operation of the workloads without a size parameter.
ROWS = {"GetByKey": 1, "Filter": 20, "InsertOne": 1, "UpdateByKey": 1, "BulkUpdate": 1000,
        "Graph": 3100}


def main(paths):
    runs = [json.load(open(path)) for path in paths]
    results = pooled([result for run in runs for result in run])
    cells = workload_cells(results)
    rounds = paired_ratios([workload_cells(run) for run in runs])
    for db in ["sqlite", "postgresql"]:
        keys = workload_keys(cells, db)
        if not keys:
            continue
        print(f"\n### {'SQLite (file, WAL)' if db == 'sqlite' else 'PostgreSQL (loopback)'}\n")
        print("| workload | rows | contender | median us/op | mean ± error us/op | × JDBC | bytes/op |")
        print("|---|---:|---|---:|---:|---:|---:|")
        for key in keys:
            row = cells[key]
            base = row.get("jdbc")
            for c in CONTENDERS:
                if c not in row:
                    continue
                median, mean, err, alloc = row[c]
                ratio = f"{median / base[0]:.2f}" if base else "–"
                size = key[2] or str(ROWS[key[1]])
                alloc_s = f"{alloc:,.0f}" if alloc is not None else "–"
                name = contender_name(key[1], c)
                print(f"| {WORKLOADS[key[1]]} | {size} | {name} | {median:,.1f} | "
                      f"{mean:,.1f} ± {err:,.1f} | {ratio} | {alloc_s} |")
    round_by_round(rounds)
    cold_start(results)
    compile_time(results)
    transfers = transfer_cells(results)
    transfer_rounds = paired_transfer_ratios([transfer_cells(run) for run in runs])
    transfer(transfers, transfer_rounds)
    targets(cells, results, rounds, transfers, transfer_rounds)


def contender_name(workload, contender):
    """How the tables name a contender; in W7, with the statements it sends per call."""
    name = CONTENDER_NAMES.get(contender, contender)
    if workload == "Graph" and contender in GRAPH_STATEMENTS:
        count = GRAPH_STATEMENTS[contender]
        name += f" ({count:,} statement{'s' if count > 1 else ''})"
    return name


def workload_cells(results):
    """W1-W7 by (db, workload, size), then contender: median, mean, error, bytes per operation."""
    cells = {}
    for r in results:
        cls, contender = r["benchmark"].split(".")[-2:]
        if cls not in WORKLOADS:
            continue
        params = r.get("params", {})
        key = (params["db"], cls, params.get("size", ""))
        pm = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm") or r.get(
            "secondaryMetrics", {}).get("·gc.alloc.rate.norm")
        # float(): JMH writes "NaN" (a string) for the error of a single iteration.
        cells.setdefault(key, {})[contender] = (
            float(pm["scorePercentiles"]["50.0"]), float(pm["score"]), float(pm["scoreError"]),
            float(alloc["score"]) if alloc else None)
    return cells


def pooled(results):
    """The results, with those of the same benchmark and parameters merged into one."""
    groups = {}
    for r in results:
        groups.setdefault((r["benchmark"], tuple(sorted(r.get("params", {}).items()))), []).append(r)
    return [group[0] if len(group) == 1 else merged(group) for group in groups.values()]


def merged(group):
    """One result holding every fork of the group, its statistics computed over all iterations."""
    result = dict(group[0])
    result["primaryMetric"] = merged_metric([r["primaryMetric"] for r in group])
    result["secondaryMetrics"] = {
        name: merged_metric([r["secondaryMetrics"][name] for r in group])
        for name in group[0].get("secondaryMetrics", {})
        if all(name in r.get("secondaryMetrics", {}) for r in group)}
    return result


def merged_metric(metrics):
    forks = [fork for metric in metrics for fork in metric["rawData"]]
    values = [v for fork in forks for v in fork]
    mean = sum(values) / len(values)
    error = "NaN"
    if len(values) > 1:
        # JMH's error: the half-width of the mean's 99.9% confidence interval (Student's t).
        error = t_quantile(0.9995, len(values) - 1) * statistics.stdev(values) / math.sqrt(len(values))
    return dict(metrics[0], rawData=forks, score=mean, scoreError=error,
                scorePercentiles={"50.0": statistics.median(values)})


def t_quantile(p, df):
    """Student's t quantile for p > 0.5: bisection on the CDF, integrated with Simpson's rule."""
    scale = math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2)) / math.sqrt(df * math.pi)

    def cdf(t, steps=2000):
        h = t / steps
        total = sum((1 if i in (0, steps) else 4 if i % 2 else 2) * (1 + (i * h) ** 2 / df) ** (-(df + 1) / 2)
                    for i in range(steps + 1))
        return 0.5 + scale * total * h / 3

    low, high = 0.0, 1000.0
    while high - low > 1e-4:
        middle = (low + high) / 2
        low, high = (middle, high) if cdf(middle) < p else (low, middle)
    return (low + high) / 2


def paired_ratios(runs):
    """Per (db, workload, size, contender): its median over JDBC's, one ratio per file holding both."""
    ratios = {}
    for cells in runs:
        for key, row in cells.items():
            if "jdbc" not in row:
                continue
            for contender, (median, *_rest) in row.items():
                if contender != "jdbc":
                    ratios.setdefault((*key, contender), []).append(median / row["jdbc"][0])
    return {key: values for key, values in ratios.items() if len(values) > 1}


def round_by_round(rounds):
    """The paired ratios, where several files (rounds) measured a contender beside JDBC."""
    if not rounds:
        return
    print("\n### Round by round: each round's median over JDBC's in the same round\n")
    print("| database | workload | rows | contender | rounds | median × JDBC | lowest – highest |")
    print("|---|---|---:|---|---:|---:|---:|")
    for db in ["sqlite", "postgresql"]:
        for key in sorted((k for k in rounds if k[0] == db),
                          key=lambda k: (list(WORKLOADS).index(k[1]), int(k[2] or 0), CONTENDERS.index(k[3]))):
            values = rounds[key]
            name = contender_name(key[1], key[3])
            print(f"| {DATABASE_NAMES[db]} | {WORKLOADS[key[1]]} | "
                  f"{key[2] or ROWS[key[1]]} | {name} | {len(values)} | {statistics.median(values):.2f} | "
                  f"{min(values):.2f} – {max(values):.2f} |")


def workload_keys(cells, db):
    """The (db, workload, size) keys of one database, in workload order, then by size."""
    return sorted((k for k in cells if k[0] == db),
                  key=lambda k: (list(WORKLOADS).index(k[1]), int(k[2] or 0)))


def median_mean_error(metric):
    """Median, mean and 99.9% error of a JMH metric (the error is NaN for a single sample)."""
    error = metric["scoreError"]
    return (metric["scorePercentiles"]["50.0"], metric["score"],
            None if error == "NaN" else error)


def fork_mean(metric):
    """The mean of a secondary result's per-fork values: JMH's score for an @AuxCounters EVENTS
    counter is their sum."""
    values = [v for fork in metric["rawData"] for v in fork]
    return sum(values) / len(values)


def mean_error(mean, error):
    return f"{mean:,.1f} ± {error:,.1f}" if error is not None else f"{mean:,.1f}"


def cold_start(results):
    """W8: one table per database, a row per entity count and contender (medians over the forks)."""
    cells = {}
    for r in results:
        cls, contender = r["benchmark"].split(".")[-2:]
        if cls != "ColdStart":
            continue
        params = r["params"]
        secondary = r.get("secondaryMetrics", {})
        cells.setdefault((params["db"], int(params["entities"])), {})[contender] = (
            median_mean_error(r["primaryMetric"]), len(r["primaryMetric"]["rawData"]),
            *(fork_mean(secondary[name]) if name in secondary else None
              for name in ["classesLoaded", "heapUsedBytes"]))
    for db in ["sqlite", "postgresql"]:
        keys = sorted(k for k in cells if k[0] == db)
        if not keys:
            continue
        print(f"\n### W8 cold start, {DATABASE_NAMES[db]}\n")
        print("| entities | contender | forks | median ms | mean ± error ms | × Hibernate | × JDBC "
              "| classes loaded | heap MB |")
        print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
        for key in keys:
            row = cells[key]
            for c in ["jdbc", "kiln", "hibernate"]:
                if c not in row:
                    continue
                (median, mean, error), forks, classes, heap = row[c]
                ratios = [f"{median / row[base][0][0]:.2f}" if base in row else "–"
                          for base in ["hibernate", "jdbc"]]
                name = CONTENDER_NAMES.get(c, c)
                classes_s = f"{classes:,.0f}" if classes is not None else "–"
                heap_s = f"{heap / 1e6:,.1f}" if heap is not None else "–"
                print(f"| {key[1]} | {name} | {forks} | {median:,.1f} | "
                      f"{mean_error(mean, error)} | {ratios[0]} | {ratios[1]} | "
                      f"{classes_s} | {heap_s} |")


def compile_time(results):
    """The processor's compile time: warm (average per compilation) and cold (one per fork)."""
    cells = {}
    for r in results:
        cls, mode = r["benchmark"].split(".")[-2:]
        if cls != "ProcessorCompileTime":
            continue
        params = r["params"]
        secondary = r.get("secondaryMetrics", {})
        phases = {name: statistics.median(v for fork in secondary[name]["rawData"] for v in fork)
                  for name in ("processorMs", "processingMs") if name in secondary}
        cells.setdefault((mode, int(params["models"])), {})[params["processor"]] = (
            median_mean_error(r["primaryMetric"]), len(r["primaryMetric"]["rawData"]), phases)
    if not cells:
        return
    print("\n### The processor's compile time\n")
    print("| javac | models | processor | median ms | mean ± error ms | × no processor | processors' own ms | annotation processing ms |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    # Kiln's models compile without processing as "none", the same tables as JPA entities as "jpa".
    baseline = {"none": "none", "kiln": "none", "jpa": "jpa", "hibernate": "jpa"}
    for key in sorted(cells, key=lambda k: (k[0] != "warm", k[1])):
        row = cells[key]
        for p in ["none", "kiln", "jpa", "hibernate"]:
            if p not in row:
                continue
            (median, mean, error), _, phases = row[p]
            base = baseline[p]
            ratio = f"{median / row[base][0][0]:.2f}" if base in row else "–"
            own, processing = (f"{phases[name]:,.1f}" if name in phases else "–"
                               for name in ("processorMs", "processingMs"))
            name = CONTENDER_NAMES.get(p, p)
            print(f"| {key[0]} | {key[1]} | {name} | {median:,.1f} | "
                  f"{mean_error(mean, error)} | {ratio} | {own} | {processing} |")


def transfer_cells(results):
    """W9 by (db, threads, accounts, commits), then contender: median, mean and error (ops/s) and retries
    per transfer (the retries counted in all measured iterations over the transfers counted)."""
    cells = {}
    for r in results:
        cls, contender = r["benchmark"].split(".")[-2:]
        if cls not in TRANSFER_THREADS:
            continue
        params = r["params"]
        secondary = r["secondaryMetrics"]
        retries, transfers = (sum(v for fork in secondary[name]["rawData"] for v in fork)
                              for name in ["retries", "transfers"])
        key = (params["db"], TRANSFER_THREADS[cls], int(params["accounts"]), params.get("commit", "durable"))
        cells.setdefault(key, {})[contender] = (
            *median_mean_error(r["primaryMetric"]), retries / transfers if transfers else None)
    return cells


def throughput_ratio(row, contender):
    """The contender's mean throughput over JDBC's, and that ratio's error (the two relative
    errors added in quadrature), or None where a mean lacks its error."""
    _, mean, error, _ = row[contender]
    _, base, base_error, _ = row["jdbc"]
    ratio = mean / base
    if error is None or base_error is None:
        return ratio, None
    return ratio, ratio * math.hypot(error / mean, base_error / base)


def paired_transfer_ratios(runs):
    """W9 per (db, threads, accounts, commits, contender): its median throughput over JDBC's, one ratio per
    file holding both, where several files (rounds) did."""
    ratios = {}
    for cells in runs:
        for key, row in cells.items():
            for contender, (median, *_rest) in row.items():
                if contender != "jdbc" and "jdbc" in row:
                    ratios.setdefault((*key, contender), []).append(median / row["jdbc"][0])
    return {key: values for key, values in ratios.items() if len(values) > 1}


def transfer(cells, rounds):
    """W9: a row per database, threads, accounts, commits and contender; then, where there were rounds,
    each round's throughput ratio to JDBC."""
    if not cells:
        return
    print("\n### W9 transfer\n")
    print("| database | threads | accounts | commits | contender | median ops/s | mean ± error ops/s "
          "| throughput × JDBC | retries per transfer |")
    print("|---|---:|---:|---|---|---:|---:|---:|---:|")
    for key in sorted(cells, key=lambda k: (list(DATABASE_NAMES).index(k[0]), k[1], k[2], k[3])):
        row = cells[key]
        for c in ["jdbc", "kiln", "hibernate"]:
            if c not in row:
                continue
            median, mean, error, retries = row[c]
            ratio = "–"
            if "jdbc" in row:
                value, ratio_error = throughput_ratio(row, c)
                ratio = f"{value:.2f}" + (f" ± {ratio_error:.2f}" if ratio_error is not None else "")
            mean_s = f"{mean:,.0f} ± {error:,.0f}" if error is not None else f"{mean:,.0f}"
            retries_s = f"{retries:.4f}" if retries is not None else "–"
            name = CONTENDER_NAMES.get(c, c)
            print(f"| {DATABASE_NAMES[key[0]]} | {key[1]} | {key[2]:,} | {key[3]} | {name} | {median:,.0f} | "
                  f"{mean_s} | {ratio} | {retries_s} |")
    if not rounds:
        return
    print("\n### W9 round by round: each round's median throughput over JDBC's in the same round\n")
    print("| database | threads | accounts | commits | contender | rounds | median × JDBC | lowest – highest |")
    print("|---|---:|---:|---|---|---:|---:|---:|")
    for key in sorted(rounds, key=lambda k: (list(DATABASE_NAMES).index(k[0]), *k[1:])):
        values = rounds[key]
        name = CONTENDER_NAMES.get(key[4], key[4])
        print(f"| {DATABASE_NAMES[key[0]]} | {key[1]} | {key[2]:,} | {key[3]} | {name} | "
              f"{len(values)} | {statistics.median(values):.2f} | {min(values):.2f} – {max(values):.2f} |")


def targets(cells, results, rounds, transfers, transfer_rounds):
    """The issue's targets against this run's medians (round by round where there are rounds),
    one line each with its verdict."""
    rows = []

    def ratio(db, cls, size, contender, base):
        if base == "jdbc" and (db, cls, size, contender) in rounds:
            return statistics.median(rounds[(db, cls, size, contender)])
        row = cells.get((db, cls, size), {})
        if contender in row and base in row:
            return row[contender][0] / row[base][0]
        return None

    def verdict(ok):
        return "met" if ok else "**missed**"

    for db in ["sqlite", "postgresql"]:
        for _, cls, size in workload_keys(cells, db):
            label = f"{WORKLOADS[cls]}{' ' + size if size else ''}"
            within = ratio(db, cls, size, "kiln", "jdbc")
            if within is not None and cls != "InsertOne":
                rows.append((DATABASE_NAMES[db], f"{label}: Kiln ≤ 1.05× JDBC", f"{within:.2f}×",
                             verdict(within <= 1.05)))
            for variant in ("kilnEager", "kilnWalked") if cls == "Graph" else ():
                graph = ratio(db, cls, size, variant, "jdbc")
                if graph is not None:
                    rows.append((DATABASE_NAMES[db], f"{label}: {CONTENDER_NAMES[variant]} ≤ 1.10× JDBC",
                                 f"{graph:.2f}×", verdict(graph <= 1.10)))
            versus = ratio(db, cls, size, "kiln", "hibernate")
            if versus is not None:
                rows.append((DATABASE_NAMES[db], f"{label}: Kiln faster than Hibernate",
                             f"{versus:.2f}× Hibernate", verdict(versus < 1)))
            row = cells[(db, cls, size)]
            if cls in ("GetByKey", "ListRange") and "kiln" in row and "jdbc" in row \
                    and row["kiln"][3] is not None and row["jdbc"][3] is not None:
                per_row = (row["kiln"][3] - row["jdbc"][3]) / int(size or ROWS[cls])
                rows.append((DATABASE_NAMES[db], f"{label}: no allocation per row beyond the rows",
                             f"{per_row:+,.0f} B/row vs JDBC", verdict(per_row <= 0)))
            if cls == "ListRange" and "kiln" in row and "kilnCore" in row \
                    and row["kiln"][3] is not None and row["kilnCore"][3] is not None:
                # Against Kiln's core layer (the same SQL and mapper, no session): what tracking adds.
                tracking = (row["kiln"][3] - row["kilnCore"][3]) / int(size)
                rows.append((DATABASE_NAMES[db], f"{label}: no allocation per row beyond the rows",
                             f"{tracking:+,.0f} B/row vs Kiln's core layer", verdict(tracking <= 0)))
        for size in ["1000", "10000"]:
            row = cells.get((db, "ListRange", size), {})
            if db == "sqlite" and all(c in row for c in ["jdbc", "kiln", "hibernate"]):
                lead = (row["hibernate"][0] - row["kiln"][0]) / (row["hibernate"][0] - row["jdbc"][0])
                rows.append((DATABASE_NAMES[db], f"W2 range list {size}: ≥ 95% of JDBC's lead over Hibernate",
                             f"{lead:.0%}", verdict(lead >= 0.95)))
        if db == "postgresql":
            for size in ["100", "10000"]:
                beat = ratio(db, "InsertBatch", size, "kiln", "jdbc")
                if beat is not None:
                    rows.append((DATABASE_NAMES[db], f"W5 batch insert {size}: Kiln ≤ 0.8× JDBC executeBatch",
                                 f"{beat:.2f}×", verdict(beat <= 0.8)))
    cold = {}
    for r in results:
        cls, contender = r["benchmark"].split(".")[-2:]
        if cls == "ColdStart":
            params = r["params"]
            cold[(params["db"], params["entities"], contender)] = r["primaryMetric"]["scorePercentiles"]["50.0"]
    for db in ["sqlite", "postgresql"]:
        kiln, hibernate = cold.get((db, "200", "kiln")), cold.get((db, "200", "hibernate"))
        if kiln is not None and hibernate is not None:
            rows.append((DATABASE_NAMES[db], "W8 200 entities: Kiln's first query ≤ 1/3 of Hibernate's",
                         f"{kiln / hibernate:.2f}× Hibernate", verdict(kiln / hibernate <= 1 / 3)))
    for (db, threads, accounts, commit), row in sorted(transfers.items()):
        if "kiln" not in row or "jdbc" not in row:
            continue
        if threads == 1 and accounts == 1000:
            paired = transfer_rounds.get((db, threads, accounts, commit, "kiln"))
            ratio = statistics.median(paired) if paired else throughput_ratio(row, "kiln")[0]
            rows.append((DATABASE_NAMES[db], f"W9 transfer, one thread, {commit} commits: Kiln within 5% of "
                         "JDBC", f"{ratio:.2f}× JDBC's throughput", verdict(ratio >= 0.95)))
        if threads > 1 and accounts == 10:
            kiln, jdbc = row["kiln"][3], row["jdbc"][3]
            rows.append((DATABASE_NAMES[db], f"W9 transfer, {threads} threads, {accounts} accounts, "
                         f"{commit} commits: Kiln retries no more than JDBC",
                         f"{kiln:.4f} against {jdbc:.4f} per transfer", verdict(kiln <= jdbc)))
    if not rows:
        return
    print("\n### Targets\n")
    print("| database | target | this run | verdict |")
    print("|---|---|---:|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
