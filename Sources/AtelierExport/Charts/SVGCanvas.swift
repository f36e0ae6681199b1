import AtelierXML
import Foundation

/// A small SVG drawing written with the XML stream writer: shapes and labels on a fixed view box.
///
/// Coordinates are written with at most one decimal, so the same chart always gives the same bytes.
final class SVGCanvas {
    private let sink = DataSink()
    private let writer: XMLStreamWriter
    /// The view box size, in user units.
    let width: Double
    let height: Double

    /// Opens the drawing.
    /// - Parameters:
    ///   - width: View box width in user units (rendered at 1/50 cm per unit).
    ///   - height: View box height in user units.
    ///   - title: The `<title>` (accessible name).
    ///   - description: The `<desc>` (accessible description).
    init(width: Double, height: Double, title: String, description: String) throws {
        self.width = width
        self.height = height
        writer = XMLStreamWriter(sink: sink)
        try writer.startDocument()
        try writer.startElement("svg")
        try writer.attribute("xmlns", "http://www.w3.org/2000/svg")
        try writer.attribute("version", "1.1")
        try writer.attribute("width", ODFLength.centimetres(width / Self.unitsPerCentimetre))
        try writer.attribute("height", ODFLength.centimetres(height / Self.unitsPerCentimetre))
        try writer.attribute("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))")
        try writer.attribute("font-family", "Liberation Sans, Arial, Helvetica, sans-serif")
        try writer.element("title", text: title)
        try writer.element("desc", text: description)
    }

    /// User units per centimetre on the page.
    static let unitsPerCentimetre = 50.0

    /// The finished SVG file.
    func finish() throws -> Data {
        try writer.endDocument()
        return sink.data
    }

    func rect(x: Double, y: Double, width: Double, height: Double, fill: StaticString,
              stroke: StaticString? = nil, cornerRadius: Double = 0) throws {
        try writer.startElement("rect")
        try coordinates(("x", x), ("y", y), ("width", width), ("height", height))
        if cornerRadius > 0 { try coordinates(("rx", cornerRadius)) }
        try writer.attribute("fill", fill)
        if let stroke { try writer.attribute("stroke", stroke) }
        try writer.endElement()
    }

    func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: StaticString, strokeWidth: Double = 1,
              dashed: Bool = false) throws {
        try writer.startElement("line")
        try coordinates(("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2))
        try writer.attribute("stroke", stroke)
        try writer.attribute("stroke-width", Self.number(strokeWidth))
        if dashed { try writer.attribute("stroke-dasharray", "6 4") }
        try writer.endElement()
    }

    func circle(x: Double, y: Double, radius: Double, fill: StaticString, stroke: StaticString) throws {
        try writer.startElement("circle")
        try coordinates(("cx", x), ("cy", y), ("r", radius))
        try writer.attribute("fill", fill)
        try writer.attribute("stroke", stroke)
        try writer.endElement()
    }

    /// How a label sits on its anchor point.
    enum Anchor {
        case start, middle, end

        var value: StaticString {
            switch self {
            case .start: "start"
            case .middle: "middle"
            case .end: "end"
            }
        }
    }

    /// A one-line label; tabs and line breaks become spaces.
    func text(_ text: String, x: Double, y: Double, size: Double, anchor: Anchor = .start, bold: Bool = false,
              italic: Bool = false, fill: StaticString = "#222222", rotated: Bool = false) throws {
        try writer.startElement("text")
        try coordinates(("x", x), ("y", y))
        try writer.attribute("font-size", Self.number(size))
        try writer.attribute("text-anchor", anchor.value)
        if bold { try writer.attribute("font-weight", "bold") }
        if italic { try writer.attribute("font-style", "italic") }
        try writer.attribute("fill", fill)
        if rotated { try writer.attribute("transform", "rotate(-90 \(Self.number(x)) \(Self.number(y)))") }
        try writer.text(Self.oneLine(text))
        try writer.endElement()
    }

    private func coordinates(_ pairs: (StaticString, Double)...) throws {
        for (name, value) in pairs { try writer.attribute(name, Self.number(value)) }
    }

    /// A coordinate with at most one decimal (`12`, `12.5`).
    static func number(_ value: Double) -> String {
        ODFLength.trimmed(FixedPoint.format(value, decimals: 1))
    }

    /// Text on one line: runs of spaces, tabs and line breaks become one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }
}
