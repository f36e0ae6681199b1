import AtelierXML
import Foundation

/// An image embedded in a document: a file under `Pictures/` in a package, base64 in a flat file.
struct ODFPicture {
    /// The path inside the package, deterministic (`Pictures/result-3.svg`).
    var path: String
    var mediaType: String
    var data: Data
    /// Short alternative text (`svg:title` of the frame).
    var title: String
    /// Longer alternative text (`svg:desc` of the frame).
    var description: String
    /// Size on the page, in centimetres.
    var width: Double
    var height: Double
}

/// How a document refers to its pictures.
enum ODFImageEmbedding {
    /// `xlink:href` to a file in the package.
    case package
    /// The bytes inline, as `office:binary-data`.
    case flat
}

extension XMLStreamWriter {
    /// Writes a picture as a character-anchored frame, with its alternative text.
    func picture(_ picture: ODFPicture, frameStyle: StaticString, name: String, embedding: ODFImageEmbedding) throws {
        try startElement("draw:frame")
        try attribute("draw:style-name", frameStyle)
        try attribute("draw:name", name)
        try attribute("text:anchor-type", "as-char")
        try attribute("svg:width", ODFLength.centimetres(picture.width))
        try attribute("svg:height", ODFLength.centimetres(picture.height))
        try attribute("draw:z-index", 0)
        try startElement("draw:image")
        switch embedding {
        case .package:
            try attribute("xlink:href", picture.path)
            try attribute("xlink:type", "simple")
            try attribute("xlink:show", "embed")
            try attribute("xlink:actuate", "onLoad")
            try attribute("draw:mime-type", picture.mediaType)
        case .flat:
            try attribute("draw:mime-type", picture.mediaType)
            try startElement("office:binary-data")
            try base64(picture.data)
            try endElement()
        }
        try endElement()
        try element("svg:title", text: picture.title)
        try element("svg:desc", text: picture.description)
        try endElement()
    }
}

/// Lengths as ODF writes them.
enum ODFLength {
    /// `12.5cm`, with at most three decimals.
    static func centimetres(_ value: Double) -> String {
        trimmed(FixedPoint.format(value, decimals: 3)) + "cm"
    }

    /// A number without trailing zeros (`12.500` → `12.5`, `3.000` → `3`).
    static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var text = Substring(text)
        while text.last == "0" { text = text.dropLast() }
        if text.last == "." { text = text.dropLast() }
        return String(text)
    }
}
