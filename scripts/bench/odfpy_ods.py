"""Peer: odfpy writes the actions CSV as a spreadsheet with typed cells (rank a number, horizon a date)."""
import csv
import sys

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P


def cell(kind, value):
    if kind == "float":
        element = TableCell(valuetype="float", value=value)
    elif kind == "date":
        element = TableCell(valuetype="date", datevalue=value)
    else:
        element = TableCell(valuetype="string")
    for line in value.split("\n"):
        element.addElement(P(text=line))
    return element


def main(source, target):
    document = OpenDocumentSpreadsheet()
    table = Table(name="Actions")
    with open(source, newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        header = next(reader)
        kinds = ["float" if name == "rank" else "date" if name == "horizon" else "string" for name in header]
        for _ in header:
            table.addElement(TableColumn())
        row = TableRow()
        for name in header:
            row.addElement(cell("string", name))
        table.addElement(row)
        for record in reader:
            row = TableRow()
            for kind, value in zip(kinds, record):
                row.addElement(cell(kind, value))
            table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
