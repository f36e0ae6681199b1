"""Peer: odfdo writes the actions CSV as a spreadsheet with typed cells (rank a number, horizon a date)."""
import csv
import datetime
import sys

from odfdo import Cell, Document, Row, Table


def value(kind, text):
    if kind == "float":
        return Cell(float(text))
    if kind == "date":
        return Cell(datetime.date.fromisoformat(text))
    return Cell(text)


def main(source, target):
    document = Document("spreadsheet")
    body = document.body
    body.clear()
    table = Table("Actions")
    with open(source, newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        header = next(reader)
        kinds = ["float" if name == "rank" else "date" if name == "horizon" else "string" for name in header]
        row = Row()
        for name in header:
            row.append_cell(Cell(name))
        table.append_row(row)
        for record in reader:
            row = Row()
            for kind, text in zip(kinds, record):
                row.append_cell(value(kind, text))
            table.append_row(row)
    body.append(table)
    document.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
