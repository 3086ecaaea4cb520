#!/usr/bin/env python3
"""Prints a hyperfine --export-json file as a Markdown table of medians (the figure BENCHMARKS.md
uses), with min, p90, and each command's median relative to the first command's."""
import json
import statistics
import sys


def main(path):
    with open(path) as handle:
        results = json.load(handle)["results"]
    baseline = statistics.median(results[0]["times"])
    print("| command | median [ms] | min [ms] | p90 [ms] | runs | median ÷ first |")
    print("|:---|---:|---:|---:|---:|---:|")
    for result in results:
        times = sorted(result["times"])
        median = statistics.median(times)
        p90 = times[min(len(times) - 1, int(round(0.9 * (len(times) - 1))))]
        print(f"| `{result['command']}` | {median * 1000:.1f} | {times[0] * 1000:.1f} | {p90 * 1000:.1f} "
              f"| {len(times)} | {median / baseline:.2f} |")


if __name__ == "__main__":
    main(sys.argv[1])
