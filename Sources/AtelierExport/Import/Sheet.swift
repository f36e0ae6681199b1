/// One sheet of a spreadsheet as read for an import: its name and its rows that hold something.
struct Sheet: Sendable {
    var name: String
    /// Rows in order, each with its 1-based number; empty rows are left out.
    var rows: [SheetRow]
}

/// A row of a sheet: its number as the spreadsheet shows it, and its cells from column A up to the
/// last one that holds something.
struct SheetRow: Sendable {
    var number: Int
    var cells: [SheetCell]

    /// The cell in a 0-based column; an empty cell beyond the last one read.
    subscript(column: Int) -> SheetCell {
        column < cells.count ? cells[column] : .empty
    }
}

/// A cell as read: the text it shows (one line per paragraph) and, for a number, date or yes/no
/// cell, its value written the way imports read it.
struct SheetCell: Sendable, Equatable {
    /// The paragraphs of the cell joined by line feeds, white space decoded as ODF defines it.
    var text: String
    /// A number as `office:value` holds it (`2`, `4.25`), a date as `YYYY-MM-DD`, a yes/no as
    /// `true`/`false`; nil for text and for kinds of value imports do not read (times).
    var value: String?

    static let empty = SheetCell(text: "", value: nil)

    var isEmpty: Bool { text.isEmpty && value == nil }

    /// The value when the cell has one, else its text: what a number or date column reads.
    var valueOrText: String { value ?? text }
}
