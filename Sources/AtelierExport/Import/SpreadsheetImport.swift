import AtelierKit
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
public struct SpreadsheetImport: Sendable {
    public let kind: ImportKind
    /// The file as messages name it.
    public let file: String
    let sheet: Sheet

    /// Whether a path names a spreadsheet this type reads (`.ods` or `.fods`, any case).
    public static func reads(_ path: String) -> Bool {
        ["ods", "fods"].contains((path as NSString).pathExtension.lowercased())
    }

    /// Reads the sheet to import from a file. Whether the file is a package or flat XML is told by
    /// its first bytes, not its name.
    /// - Parameter displayPath: How messages name the file.
    /// - Throws: ``ImportError`` naming the file: unreadable, not a spreadsheet, refused as unsafe
    ///   (see ``ODFPackageReader``), or over ``SpreadsheetLimits``.
    public init(contentsOf url: URL, displayPath: String, kind: ImportKind) throws {
        self.kind = kind
        file = displayPath
        let parser = SpreadsheetParser(file: displayPath, preferred: Self.sheetNames(for: kind))
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw ImportError(file: displayPath, message: "cannot read the file (\((error as NSError).localizedDescription))")
        }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 4)) ?? Data()
        if start.starts(with: [0x50, 0x4B]) {
            sheet = try parser.sheet(from: ODFPackageReader(file: displayPath).content(of: url), part: "content.xml")
        } else {
            let size = (try? handle.seekToEnd()) ?? 0
            guard size <= UInt64(SpreadsheetLimits.maxContentBytes) else {
                throw ImportError(file: displayPath, message: "the file is larger than the \(ODFPackageReader.size(SpreadsheetLimits.maxContentBytes)) Atelier reads as a flat spreadsheet; save it as .ods")
            }
            let data: Data
            do {
                try handle.seek(toOffset: 0)
                data = try handle.readToEnd() ?? Data()
            } catch {
                throw ImportError(file: displayPath, message: "cannot read the file (\((error as NSError).localizedDescription))")
            }
            guard Self.looksLikeXML(data) else {
                throw ImportError(file: displayPath, message: "this is not an OpenDocument spreadsheet: neither a zip package (.ods) nor XML (.fods)")
            }
            sheet = try parser.sheet(from: data, part: (displayPath as NSString).lastPathComponent)
        }
    }

    /// Whether bytes start like an XML document: `<` after an optional byte-order mark and white space.
    static func looksLikeXML(_ data: Data) -> Bool {
        let start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return start.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "<")
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
        let label: Label? = switch kind {
        case .actions: .sheetActions
        case .items: .sheetItems
        case .participants: .sheetParticipants
        case .scores: .sheetScores
        case .categories, .criteria, .ballots: nil
        }
        var names: Set = [kind.rawValue]
        if let label {
            for language in Language.allCases { names.insert(SpreadsheetParser.fold(Labels(language)[label])) }
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
        case .actions: .only(["rank", "horizon"])
        case .participants, .items, .categories: .only([])
        }
    }
}
