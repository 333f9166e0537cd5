#!/usr/bin/env python3
"""Scores `upstander classify` output against a development probe.

    ./target/release/upstander classify < testdata/probes/dev-b.jsonl > /tmp/dev-b.out
    python3 testdata/probes/score.py testdata/probes/dev-b.jsonl /tmp/dev-b.out [--misses]

Prints accuracy overall, on hateful (label h) and harmless (nh) cases, per functionality
(worst first) and per target group; --misses adds every wrong verdict with its explanation.
"""
import collections
import json
import sys


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    probe = [json.loads(line) for line in open(argv[1], encoding="utf-8")]
    verdicts = {}
    for n, line in enumerate(open(argv[2], encoding="utf-8"), 1):
        row = json.loads(line)
        if "error" in row:
            sys.exit(f"{argv[2]}:{n}: classify reported an error: {row['error']}")
        verdicts[row["id"]] = row
    per_func = collections.defaultdict(lambda: [0, 0])
    per_group = collections.defaultdict(lambda: [0, 0])
    per_label = collections.defaultdict(lambda: [0, 0])
    misses = []
    for case in probe:
        got = verdicts.get(case["id"])
        if got is None:
            sys.exit(f"no verdict for case {case['id']}")
        predicted = "h" if got.get("verdict") == "flag" else "nh"
        ok = predicted == case["label"]
        for table, key in ((per_func, case["func"]), (per_group, case["group"]), (per_label, case["label"])):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            misses.append((case["func"], case["text"], got.get("explanation", "")))
    right = sum(v[0] for v in per_label.values())
    total = sum(v[1] for v in per_label.values())
    rate = lambda v: v[0] / v[1] if v[1] else 0.0
    print(f"all {rate((right, total)):.3f} ({right}/{total})  hateful {rate(per_label['h']):.3f}"
          f"  harmless {rate(per_label['nh']):.3f}")
    for func, v in sorted(per_func.items(), key=lambda kv: rate(kv[1])):
        print(f"  {func:22s} {rate(v):.2f} ({v[0]}/{v[1]})")
    print("  groups: " + " ".join(f"{g}={rate(v):.2f}" for g, v in sorted(per_group.items())))
    if "--misses" in argv:
        for func, text, why in misses:
            print(f"{func}\t{text}\t{why}")


if __name__ == "__main__":
    main(sys.argv)
