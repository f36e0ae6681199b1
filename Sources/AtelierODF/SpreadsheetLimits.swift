/// How much of a spreadsheet an import reads: bounds that keep a crafted file from exhausting
/// memory or time, each far above what a workshop's tracking workbook needs (a thousand actions
/// make a `content.xml` of about 2 MB).
public enum SpreadsheetLimits {
    /// The largest `content.xml` (uncompressed) or flat `.fods` file read: 50 MiB.
    public static let maxContentBytes = 50 << 20
    /// A package part that inflates more than this many times its compressed size is refused…
    public static let maxCompressionRatio = 100
    /// …once it is past this size (small parts of repeated markup may compress very well).
    public static let ratioCheckBytes = 1 << 20
    /// The most entries a package may hold.
    public static let maxEntries = 10_000
    /// The last row a sheet may use (LibreOffice's own limit).
    public static let maxRows = 1_048_576
    /// The last column a sheet may use (LibreOffice's own limit).
    public static let maxColumns = 16_384
    /// The most cells kept from a sheet once repeated rows and cells are expanded.
    public static let maxCells = 5_000_000
    /// The most bytes of cell text kept from a sheet once repeated rows and cells are expanded:
    /// twice the largest document read, since a workbook repeats few cells that hold something.
    public static let maxTextBytes = 2 * maxContentBytes
}
