#!/usr/bin/python3
"""Pair-level precision and recall of a matches CSV against truth.csv.

A group's pairs are all left x right pairs of its members. Both files have group,side,id
columns (extra columns are ignored). Usage: score_matches.py OUT.csv truth.csv [--json]
"""
import csv
import json
import sys
from collections import defaultdict


def pairs(path):
    groups = defaultdict(lambda: ([], []))
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            g = groups[row["group"]]
            (g[0] if row["side"] == "left" else g[1]).append(row["id"])
    out = set()
    for left, right in groups.values():
        for l in left:
            for r in right:
                out.add((l, r))
    return out


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 1
    got, truth = pairs(sys.argv[1]), pairs(sys.argv[2])
    tp = len(got & truth)
    precision = tp / len(got) if got else 1.0
    recall = tp / len(truth) if truth else 1.0
    if "--json" in sys.argv:
        print(json.dumps({"pairs": len(got), "true_pairs": len(truth), "correct": tp,
                          "precision": precision, "recall": recall}))
    else:
        print("pairs %d  true pairs %d  correct %d  precision %.5f  recall %.5f"
              % (len(got), len(truth), tp, precision, recall))
    return 0


if __name__ == "__main__":
    sys.exit(main())
