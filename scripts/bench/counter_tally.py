"""Peer: Python's csv and collections.Counter count the dots and voters per item of a ballots CSV."""
import collections
import csv
import sys


def main(source):
    dots = collections.Counter()
    voters = collections.Counter()
    with open(source, newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        header = next(reader)
        item, count = header.index("item"), header.index("dots")
        for record in reader:
            dots[record[item]] += int(record[count])
            voters[record[item]] += 1
    for name, total in dots.most_common():
        print(f"{name},{total},{voters[name]}")


if __name__ == "__main__":
    main(sys.argv[1])
