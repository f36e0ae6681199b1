/// One sheet of a spreadsheet as read for an import: its name and its rows that hold something.
public struct Sheet: Sendable {
    public var name: String
    /// Rows in order, each with its 1-based number; empty rows are left out.
    public var rows: [SheetRow]

    public init(name: String, rows: [SheetRow]) {
        self.name = name
        self.rows = rows
    }

    /// The column letters of a 0-based index (`A`, `Z`, `AA`).
    public static func columnName(_ index: Int) -> String {
        var index = index
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }
}

/// A row of a sheet: its number as the spreadsheet shows it, and its cells from column A up to the
/// last one that holds something.
public struct SheetRow: Sendable {
    public var number: Int
    public var cells: [SheetCell]

    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in a 0-based column; an empty cell beyond the last one read.
    public subscript(column: Int) -> SheetCell {
        column < cells.count ? cells[column] : .empty
    }
}

/// A cell as read: the text it shows (one line per paragraph) and, for a number, date or yes/no
/// cell, its value written the way imports read it.
public struct SheetCell: Sendable, Equatable {
    /// The paragraphs of the cell joined by line feeds, white space decoded as ODF defines it.
    public var text: String
    /// A number as `office:value` holds it (`2`, `4.25`), a date as `YYYY-MM-DD`, a yes/no as
    /// `true`/`false`; nil for text and for kinds of value imports do not read (times).
    public var value: String?

    public init(text: String, value: String?) {
        self.text = text
        self.value = value
    }

    public static let empty = SheetCell(text: "", value: nil)

    public var isEmpty: Bool { text.isEmpty && value == nil }

    /// The value when the cell has one, else its text: what a number or date column reads.
    public var valueOrText: String { value ?? text }
}
