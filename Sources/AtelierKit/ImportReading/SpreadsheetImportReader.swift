import AtelierODF
import Foundation

/// A sheet of an OpenDocument spreadsheet (`.ods` package or flat `.fods` file) to import, read
/// safely and held in memory until it is matched against the workshop.
///
/// The sheet read is the one named like the kind (`actions`, or the workbook's localised sheet
/// name: `Actions`, `Acties`, `Maßnahmen`, …), else the first sheet. Its first row that holds
/// something is the header. An Actions sheet is read as the tracking workbook writes it, in any
/// of its four languages (see ``ActionSheet``); a sheet of another kind has the import columns of
/// a CSV file as its header.
///
/// Reading checks the file itself (package, XML, limits); ``table(for:)`` then maps the sheet to
/// the ``ImportTable`` the ``Importer`` checks and applies, so a spreadsheet import has the same
/// semantics and messages as a CSV import, its places written `file:sheet:row`.
public struct SpreadsheetImportReader: ImportReader {
    public let kind: ImportKind
    /// The file as messages name it.
    public let file: String
    let sheet: Sheet

    /// Whether a path names a spreadsheet this type reads (`.ods` or `.fods`, any case).
    public static func reads(_ path: String) -> Bool { SpreadsheetFile.names(path) }

    /// Ballots and scores are checked by their steps' methods whether or not they name a step.
    public var namesSteps: Bool { kind == .ballots || kind == .scores }

    /// Reads the sheet to import from a file (see ``SpreadsheetFile``).
    /// - Parameter displayPath: How messages name the file.
    /// - Throws: ``ImportError`` naming the file: unreadable, not a spreadsheet, refused as unsafe
    ///   (see ``ODFPackageReader``), or over ``SpreadsheetLimits``.
    public init(contentsOf url: URL, displayPath: String, kind: ImportKind) throws {
        self.kind = kind
        file = displayPath
        do {
            sheet = try SpreadsheetFile.sheet(at: url, displayPath: displayPath, preferred: Self.sheetNames(for: kind))
        } catch let error as SpreadsheetError {
            throw ImportError(file: error.place.file, sheet: error.place.sheet, line: error.place.line, message: error.message)
        }
    }

    /// The name of the sheet read, as the file writes it.
    public var sheetName: String { sheet.name }

    /// The sheet as a table of import columns, matched against the workshop: localised headers,
    /// statuses, carriers, dates and item texts of an Actions sheet become what a CSV file holds.
    /// - Throws: ``ImportError`` naming the file, sheet, row and column.
    public func table(for workshop: Workshop) throws -> ImportTable {
        let layout = try SheetLayout(sheet: sheet, file: file)
        return kind == .actions ? try ActionSheet(layout: layout, workshop: workshop).table()
                                : try layout.plainTable(numbers: Self.numberColumns(for: kind))
    }

    /// Folded names of the sheet that holds a kind: the kind's own name and, for the workbook's
    /// sheets, their names in every language.
    static func sheetNames(for kind: ImportKind) -> Set<String> {
        let sheet: WorkbookSheet? = switch kind {
        case .actions: .actions
        case .items: .items
        case .participants: .participants
        case .scores: .scores
        case .categories, .criteria, .ballots: nil
        }
        var names: Set = [kind.rawValue]
        if let sheet {
            for language in Language.allCases { names.insert(SpreadsheetParser.fold(sheet.name(in: language))) }
        }
        return names
    }

    /// Columns of a plain sheet that read a number or date cell's value rather than its shown
    /// text (`3,5` shown, `3.5` read, a date cell's `YYYY-MM-DD` whatever its format).
    static func numberColumns(for kind: ImportKind) -> SheetLayout.NumberColumns {
        switch kind {
        case .criteria: .only(["min", "max", "weight"])
        case .ballots: .only(["dots"])
        case .scores: .allBut(["participant", "group", "item", "criterion", "step"])
        case .actions: .only(["rank", "horizon", "progress", "weight", "received", "responded", "due", "next_review"])
        case .participants, .items, .categories: .only([])
        }
    }
}
