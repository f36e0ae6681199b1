import Foundation

/// A CSV file to import (see ``CSVTable``).
///
/// An actions file headed by the import columns (`id`, `title`, `status`, …) is read as its
/// columns say; one headed like the tracking workbook's Actions sheet, in any language (as
/// `atelier export` writes `*-actions.csv`), is read as that sheet is (see ``ActionSheet``), so the
/// exported file imports back unchanged; a results file of Decidim's accountability component is
/// read as ``DecidimResults`` says.
public struct CSVImportReader: ImportReader {
    public let csv: CSVTable
    public let kind: ImportKind
    /// The file as messages name it.
    public let file: String

    public init(contentsOf url: URL, displayPath: String, kind: ImportKind) throws {
        csv = try CSVTable(contentsOf: url, displayPath: displayPath)
        self.kind = kind
        file = displayPath
    }

    /// Whether the file has a `step` column.
    public var namesSteps: Bool { csv.column("step") != nil }

    /// Whether the file is headed like the workbook's Actions sheet rather than by import columns.
    var isActionSheet: Bool {
        kind == .actions && !csv.header.allSatisfy(ImportKind.actions.columns.contains)
    }

    public func table(for workshop: Workshop) throws -> ImportTable {
        if kind == .actions && DecidimResults.isResults(csv.header) { return DecidimResults(csv: csv).table(for: workshop) }
        guard isActionSheet else { return ImportTable(csv) }
        return try ActionSheet(layout: SheetLayout(csv: csv, file: file), workshop: workshop).table()
    }
}
