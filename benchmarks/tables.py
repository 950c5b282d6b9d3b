#!/usr/bin/env python3
"""Markdown tables for docs/benchmarks.md from a JMH JSON result (-rf json -rff FILE).

usage: benchmarks/tables.py results.json

One table per database: per workload and size, each contender's median and mean +- 99.9% error
(us/op), its ratio to hand-written JDBC from the same run (median / median), and, where -prof gc
ran, bytes allocated per operation.
"""
import json
import sys

CONTENDERS = ["jdbc", "kiln", "hibernate", "jooq"]
WORKLOADS = {
    "GetByKey": "W1 get by key",
    "ListRange": "W2 range list",
    "Filter": "W3 filter, limit 20",
    "InsertOne": "W4 insert one",
    "InsertBatch": "W5 batch insert",
    "UpdateByKey": "W6 read-modify-write",
    "BulkUpdate": "W6 bulk update",
}
# Rows per operation of the workloads without a size parameter.
ROWS = {"GetByKey": 1, "Filter": 20, "InsertOne": 1, "UpdateByKey": 1, "BulkUpdate": 1000}


def main(path):
    results = json.load(open(path))
    cells = {}
    for r in results:
        cls, contender = r["benchmark"].split(".")[-2:]
        params = r.get("params", {})
        key = (params["db"], cls, params.get("size", ""))
        pm = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm") or r.get(
            "secondaryMetrics", {}).get("·gc.alloc.rate.norm")
        # float(): JMH writes "NaN" (a string) for the error of a single iteration.
        cells.setdefault(key, {})[contender] = (
            float(pm["scorePercentiles"]["50.0"]), float(pm["score"]), float(pm["scoreError"]),
            float(alloc["score"]) if alloc else None)
    for db in ["sqlite", "postgresql"]:
        print(f"\n### {'SQLite (file, WAL)' if db == 'sqlite' else 'PostgreSQL (loopback)'}\n")
        print("| workload | rows | contender | median us/op | mean ± error us/op | × JDBC | bytes/op |")
        print("|---|---:|---|---:|---:|---:|---:|")
        keys = sorted((k for k in cells if k[0] == db),
                      key=lambda k: (list(WORKLOADS).index(k[1]), int(k[2] or 0)))
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
                name = "**kiln**" if c == "kiln" else c
                print(f"| {WORKLOADS[key[1]]} | {size} | {name} | {median:,.1f} | "
                      f"{mean:,.1f} ± {err:,.1f} | {ratio} | {alloc_s} |")


if __name__ == "__main__":
    main(sys.argv[1])
