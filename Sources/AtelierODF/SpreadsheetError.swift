import AtelierXML

/// A spreadsheet that cannot be read: not a spreadsheet, refused as unsafe, or over
/// ``SpreadsheetLimits``; located by file, and by sheet and row where the problem is in one.
public struct SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, sheet and row.
    public var place: SourcePlace
    public var message: String

    public init(file: String, sheet: String? = nil, line: Int? = nil, message: String) {
        place = SourcePlace(file: file, sheet: sheet, line: line)
        self.message = message
    }

    /// `file[:sheet:row]: error: message`.
    public var description: String { place.describe(message) }
}
