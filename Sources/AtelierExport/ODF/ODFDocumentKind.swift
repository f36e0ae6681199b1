import AtelierXML

/// The two kinds of ODF document Atelier writes.
enum ODFDocumentKind {
    case text
    case spreadsheet

    /// The media type, written to `mimetype`, the manifest, and `office:mimetype` of flat files.
    var mediaType: StaticString {
        switch self {
        case .text: "application/vnd.oasis.opendocument.text"
        case .spreadsheet: "application/vnd.oasis.opendocument.spreadsheet"
        }
    }

    /// The element inside `office:body` that holds the content.
    var bodyElement: StaticString {
        switch self {
        case .text: "office:text"
        case .spreadsheet: "office:spreadsheet"
        }
    }
}
