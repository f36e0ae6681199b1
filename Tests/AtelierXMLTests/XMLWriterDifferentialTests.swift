import CLibXML2
import Foundation
import Testing
@testable import AtelierXML

/// ``XMLStreamWriter`` writes the same bytes as libxml2's `xmlTextWriter`, the writer it replaced, for
/// random sequences of calls with and without indentation. libxml2 is driven as Atelier drove it:
/// text and attribute values escaped and cleaned by ``XMLText`` and written raw, base64 by libxml2.
@Suite struct XMLWriterDifferentialTests {
    /// One call of the writer's API.
    enum Call: CustomStringConvertible {
        case start(StaticString)
        case attribute(StaticString, String)
        case fixedAttribute(StaticString, StaticString)
        case text(String)
        case base64([UInt8])
        case element(StaticString, String)
        case empty(StaticString)
        case end

        var description: String {
            switch self {
            case .start(let name): "start(\(name))"
            case .attribute(let name, let value): "attribute(\(name), \(value.debugDescription))"
            case .fixedAttribute(let name, let value): "attribute(\(name), \(value))"
            case .text(let value): "text(\(value.debugDescription))"
            case .base64(let bytes): "base64(\(bytes.count) bytes)"
            case .element(let name, let value): "element(\(name), \(value.debugDescription))"
            case .empty(let name): "empty(\(name))"
            case .end: "end"
            }
        }
    }

    static let names: [StaticString] = ["a", "n:b", "table:table-cell", "text:p"]
    static let attributeNames: [StaticString] = ["x", "n:y", "xmlns:n", "office:value"]
    static let fixedValues: [StaticString] = ["", "float", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"]
    /// Pieces of values: markup, quotes, white space, characters XML 1.0 forbids, multi-byte text.
    static let pieces = ["a", "Plan", " ", "<", ">", "&", "\"", "'", "\t", "\n", "\r", "]]>", "\u{0}", "\u{1B}",
                         "\u{FFFE}", "\u{FFFF}", "é", "«", "😀", "\u{FFFD}", "&amp;", "0.5"]

    /// A valid random sequence of up to `length` calls, closing what it opened only sometimes
    /// (`endDocument` closes the rest).
    static func sequence(length: Int, using generator: inout some RandomNumberGenerator) -> [Call] {
        func value() -> String {
            (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        var calls: [Call] = [.start(names.randomElement(using: &generator)!)]
        var depth = 1, inStartTag = true
        while calls.count < length {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0, 1:
                calls.append(.start(names.randomElement(using: &generator)!))
                depth += 1
                inStartTag = true
            case 2 where inStartTag:
                calls.append(.attribute(attributeNames.randomElement(using: &generator)!, value()))
            case 3 where inStartTag:
                calls.append(.fixedAttribute(attributeNames.randomElement(using: &generator)!,
                                             fixedValues.randomElement(using: &generator)!))
            case 4:
                calls.append(.text(value()))
                inStartTag = false
            case 5:
                calls.append(.element(names.randomElement(using: &generator)!, value()))
                inStartTag = false
            case 6:
                calls.append(.empty(names.randomElement(using: &generator)!))
                inStartTag = false
            case 7 where Int.random(in: 0..<4, using: &generator) == 0:
                calls.append(.base64((0..<Int.random(in: 0...120, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }))
                inStartTag = false
            case 8 where depth > 1, 9 where depth > 1:
                calls.append(.end)
                depth -= 1
                inStartTag = false
            default:
                break
            }
        }
        return calls
    }

    /// What ``XMLStreamWriter`` writes for the calls.
    static func swiftOutput(_ calls: [Call], indent: Bool) throws -> [UInt8] {
        let sink = DataSink()
        let writer = XMLStreamWriter(sink: sink, indent: indent)
        try writer.startDocument()
        for call in calls {
            switch call {
            case .start(let name): try writer.startElement(name)
            case .attribute(let name, let value): try writer.attribute(name, value)
            case .fixedAttribute(let name, let value): try writer.attribute(name, value)
            case .text(let value): try writer.text(value)
            case .base64(let bytes): try writer.base64(bytes)
            case .element(let name, let value): try writer.element(name, text: value)
            case .empty(let name): try writer.emptyElement(name)
            case .end: try writer.endElement()
            }
        }
        try writer.endDocument()
        return Array(sink.data)
    }

    /// What libxml2's `xmlTextWriter` writes for the same calls.
    static func libxml2Output(_ calls: [Call], indent: Bool) throws -> [UInt8] {
        let buffer = try #require(xmlBufferCreate())
        defer { xmlBufferFree(buffer) }
        let writer = try #require(xmlNewTextWriterMemory(buffer, 0))
        var codes: [Int32] = []
        if indent {
            codes.append(xmlTextWriterSetIndent(writer, 1))
            codes.append(xmlTextWriterSetIndentString(writer, "  "))
        }
        func raw(_ text: String, inAttribute: Bool) {
            var text = text, escaped: [UInt8] = []
            text.withUTF8 { XMLText.appendEscaped($0, inAttribute: inAttribute, to: &escaped) }
            guard !escaped.isEmpty else { return }
            codes.append(escaped.withUnsafeBufferPointer { xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count)) })
        }
        codes.append(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
        for call in calls {
            switch call {
            case .start(let name):
                codes.append(xmlTextWriterStartElement(writer, name.utf8Start))
            case .attribute(let name, let value):
                codes.append(xmlTextWriterStartAttribute(writer, name.utf8Start))
                raw(value, inAttribute: true)
                codes.append(xmlTextWriterEndAttribute(writer))
            case .fixedAttribute(let name, let value):
                codes.append(xmlTextWriterWriteAttribute(writer, name.utf8Start, value.utf8Start))
            case .text(let value):
                raw(value, inAttribute: false)
            case .base64(let bytes):
                codes.append(bytes.withUnsafeBufferPointer { pointer in
                    pointer.withMemoryRebound(to: CChar.self) { xmlTextWriterWriteBase64(writer, $0.baseAddress, 0, Int32($0.count)) }
                })
            case .element(let name, let value):
                codes.append(xmlTextWriterStartElement(writer, name.utf8Start))
                raw(value, inAttribute: false)
                codes.append(xmlTextWriterEndElement(writer))
            case .empty(let name):
                codes.append(xmlTextWriterStartElement(writer, name.utf8Start))
                codes.append(xmlTextWriterEndElement(writer))
            case .end:
                codes.append(xmlTextWriterEndElement(writer))
            }
        }
        codes.append(xmlTextWriterEndDocument(writer))
        xmlFreeTextWriter(writer)
        #expect(codes.allSatisfy { $0 >= 0 }, "libxml2 refused a call: \(codes)")
        return Array(UnsafeBufferPointer(start: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer))))
    }

    @Test(arguments: [false, true])
    func randomCallSequencesGiveLibxml2sBytes(indent: Bool) throws {
        // Fresh sequences at every run; a failure prints the calls that replay it.
        var generator = SystemRandomNumberGenerator()
        for round in 0..<400 {
            let calls = Self.sequence(length: Int.random(in: 1...60, using: &generator), using: &generator)
            let swift = try Self.swiftOutput(calls, indent: indent)
            let libxml2 = try Self.libxml2Output(calls, indent: indent)
            guard swift != libxml2 else { continue }
            Issue.record("""
                round \(round), indent \(indent): the writers differ from byte \(zip(swift, libxml2).prefix { $0 == $1 }.count)
                calls: \(calls.map(\.description).joined(separator: ", "))
                swift:   \(String(decoding: swift, as: UTF8.self).debugDescription)
                libxml2: \(String(decoding: libxml2, as: UTF8.self).debugDescription)
                """)
            return
        }
    }

    @Test func aSequenceHasElementsAttributesTextAndBase64() {
        var generator = SystemRandomNumberGenerator()
        let calls = (0..<50).flatMap { _ in Self.sequence(length: 60, using: &generator) }
        let kinds = Set(calls.map { String($0.description.prefix { $0 != "(" }) })
        #expect(kinds == ["start", "attribute", "text", "base64", "element", "empty", "end"])
    }
}
