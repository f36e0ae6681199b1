import Foundation

/// A CSV file to import (see ``CSVTable``).
public struct CSVImportReader: ImportReader {
    public let csv: CSVTable

    public init(contentsOf url: URL, displayPath: String, kind: ImportKind) throws {
        csv = try CSVTable(contentsOf: url, displayPath: displayPath)
    }

    /// Whether the file has a `step` column.
    public var namesSteps: Bool { csv.column("step") != nil }

    public func table(for workshop: Workshop) throws -> ImportTable { ImportTable(csv) }
}
