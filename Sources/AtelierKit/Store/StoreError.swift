import Foundation

/// Why a workshop file could not be opened, read or written.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No file at the path.
    case notFound(path: String)
    /// `atelier init` would overwrite an existing workshop.
    case alreadyExists(path: String)
    /// The file exists but is not an Atelier workshop (another SQLite file, or not SQLite at all).
    case notAWorkshop(path: String)
    /// The file's schema is not the one Atelier's migrations make: a table, view, index or trigger was
    /// added, removed or changed by another program.
    case changedOutside(path: String, reason: String)
    /// The file was written by a newer Atelier.
    case newerFormat(path: String, version: String)
    /// SQLite refused (disk full, read-only file, corrupt file…).
    case database(path: String, message: String)
    /// A stored value could not be read back; the file was edited by hand or damaged.
    case corrupt(path: String, table: String, row: Int64, reason: String)
    /// Nothing left to undo.
    case nothingToUndo(path: String)
    /// What is left was recorded before the file moved to the current format.
    case undoBeforeUpgrade(path: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "\(path): no workshop here; create one with 'atelier init' or name another with --workshop PATH"
        case .alreadyExists(let path):
            "\(path): a workshop already exists here; choose another path with --workshop PATH"
        case .notAWorkshop(let path):
            "\(path): this file is not an Atelier workshop"
        case .changedOutside(let path, let reason):
            "\(path): not an Atelier workshop, or changed outside atelier (\(reason)); it was not opened"
        case .newerFormat(let path, let version):
            "\(path): written by a newer Atelier (schema \(version)); update Atelier to open it"
        case .database(let path, let message):
            "\(path): \(message)"
        case .corrupt(let path, let table, let row, let reason):
            "\(path): \(table) row \(row) cannot be read (\(reason)); the file may have been edited outside Atelier"
        case .nothingToUndo(let path):
            "\(path): nothing to undo"
        case .undoBeforeUpgrade(let path):
            "\(path): the changes left were made before the file moved to this version's format and cannot be undone"
        }
    }
}
