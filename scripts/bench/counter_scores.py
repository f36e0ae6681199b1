"""Peer: Python's csv averages each item's impact and feasibility over a wide score sheet."""
import collections
import csv
import sys


def main(source):
    sums = collections.defaultdict(lambda: [0.0, 0.0, 0])
    with open(source, newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        header = next(reader)
        item, impact, feasibility = header.index("item"), header.index("impact"), header.index("feasibility")
        for record in reader:
            entry = sums[record[item]]
            entry[0] += float(record[impact])
            entry[1] += float(record[feasibility])
            entry[2] += 1
    ranked = sorted(sums.items(), key=lambda pair: -(pair[1][0] + pair[1][1]) / pair[1][2])
    for name, (a, b, n) in ranked:
        print(f"{name},{a / n:.3f},{b / n:.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
