import Foundation

/// Reads a file to import into an ``ImportTable``, for one ``ImportKind``: CSV files
/// (``CSVImportReader``) and OpenDocument spreadsheets (``SpreadsheetImportReader``).
///
/// A reader reads and checks the file when it is made, before the workshop is opened for writing;
/// ``table(for:)`` then matches what it read against the workshop.
public protocol ImportReader: Sendable {
    /// Reads and checks a file.
    /// - Parameter displayPath: How messages name the file.
    /// - Throws: ``ImportError`` naming the file (and the line or sheet and row).
    init(contentsOf url: URL, displayPath: String, kind: ImportKind) throws

    /// Whether the file names the steps its rows belong to, so each named step's method checks them.
    var namesSteps: Bool { get }

    /// The table to import, matched against the workshop.
    /// - Throws: ``ImportError`` naming the file, line (or sheet and row) and column.
    func table(for workshop: Workshop) throws -> ImportTable
}
