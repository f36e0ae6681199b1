import AtelierXML
import Foundation
import Testing

/// The libxml2 writer: escaping, cleaning of characters XML 1.0 forbids, numbers, and errors.
@Suite struct XMLStreamWriterTests {
    private func write(indent: Bool = false, _ body: (XMLStreamWriter) throws -> Void) throws -> String {
        let sink = DataSink()
        let writer = XMLStreamWriter(sink: sink, indent: indent)
        try writer.startDocument()
        try body(writer)
        try writer.endDocument()
        return String(decoding: sink.data, as: UTF8.self)
    }

    @Test func writesDeclarationElementsAndAttributes() throws {
        let xml = try write { w in
            try w.startElement("n:root")
            try w.attribute("xmlns:n", "urn:test")
            try w.attribute("n:count", 3)
            try w.element("n:title", text: "Plan d'action « 2027 »")
            try w.emptyElement("n:empty")
            try w.endElement()
        }
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <n:root xmlns:n="urn:test" n:count="3"><n:title>Plan d'action « 2027 »</n:title><n:empty/></n:root>

            """)
    }

    @Test(arguments: [
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("quote \" stays in text", "quote \" stays in text"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("carriage\rreturn", "carriage&#13;return"),
        ("nul\u{0000}bell\u{0007}esc\u{001B}", "nul\u{FFFD}bell\u{FFFD}esc\u{FFFD}"),
        ("vt\u{000B}ff\u{000C}", "vt\u{FFFD}ff\u{FFFD}"),
        ("non\u{FFFE}chars\u{FFFF}", "non\u{FFFD}chars\u{FFFD}"),
        ("keeps \u{FFFD} and \u{EFBF} and 😀", "keeps \u{FFFD} and \u{EFBF} and 😀"),
    ])
    func textIsEscapedAndCleaned(input: String, expected: String) throws {
        let xml = try write { w in try w.element("t", text: input) }
        #expect(xml.hasSuffix("<t>\(expected)</t>\n"))
    }

    @Test func attributesEscapeQuotesAndKeepWhitespace() throws {
        let xml = try write { w in
            try w.startElement("t")
            try w.attribute("v", "say \"hi\"\tto <you> & me\nnow\u{0001}")
            try w.endElement()
        }
        #expect(xml.hasSuffix("<t v=\"say &quot;hi&quot;&#9;to &lt;you&gt; &amp; me&#10;now\u{FFFD}\"/>\n"))
        let reread = try SafeXMLDocument(data: Data(xml.utf8), name: "attribute.xml")
        #expect(try reread.string("/t/@v") == "say \"hi\"\tto <you> & me\nnow\u{FFFD}")
    }

    @Test func numbersAreXMLSchemaDoubles() throws {
        let xml = try write { w in
            try w.startElement("t")
            try w.attribute("a", 3.5)
            try w.attribute("b", 0.00001)
            try w.attribute("c", -2.0)
            try w.endElement()
        }
        #expect(xml.hasSuffix("<t a=\"3.5\" b=\"1e-05\" c=\"-2.0\"/>\n"))
    }

    @Test(arguments: [Double.infinity, -.infinity, .nan])
    func nonFiniteNumbersAreRefused(value: Double) throws {
        #expect(throws: XMLError.nonFiniteNumber(attribute: "office:value")) {
            _ = try write { w in
                try w.startElement("t")
                try w.attribute("office:value", value)
                try w.endElement()
            }
        }
    }

    @Test func indentationForVocabulariesWithoutMixedContent() throws {
        let xml = try write(indent: true) { w in
            try w.startElement("list")
            try w.element("item", text: "one")
            try w.element("item", text: "two")
            try w.endElement()
        }
        #expect(xml.hasSuffix("<list>\n  <item>one</item>\n  <item>two</item>\n</list>\n"))
    }

    @Test func base64Data() throws {
        let xml = try write { w in
            try w.startElement("b")
            try w.base64(Data("<svg/>".utf8))
            try w.endElement()
        }
        #expect(xml.hasSuffix("<b>PHN2Zy8+</b>\n"))
    }

    @Test func aFailingSinkStopsTheWriterWithTheSinksError() throws {
        let sink = FailingSink(limit: 10_000)
        let writer = XMLStreamWriter(sink: sink)
        #expect(throws: FailingSink.Full.self) {
            try writer.startDocument()
            try writer.startElement("rows")
            for index in 0..<100_000 { try writer.element("row", text: "row \(index)") }
            try writer.endDocument()
        }
        #expect(sink.accepted <= 10_000)
    }

    @Test(arguments: [("ok\u{0002}é\u{FFFF}\r\n", "ok\u{FFFD}é\u{FFFD}\r\n"), ("déjà « vu » <&>", "déjà « vu » <&>")])
    func cleaningReplacesOnlyForbiddenCharacters(input: String, expected: String) {
        var input = input
        var cleaned: [UInt8] = []
        input.withUTF8 { XMLText.appendCleaned($0, to: &cleaned) }
        #expect(String(decoding: cleaned, as: UTF8.self) == expected)
    }

    @Test func fileSinkWritesMoreThanItsBuffer() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sink-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        let sink = try FileSink(url: url, bufferSize: 64)
        for index in 0..<1_000 { try sink.write("line \(index)\n") }
        try sink.close()
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1_000 && lines.last == "line 999")
        #expect(sink.byteCount == Int64(try Data(contentsOf: url).count))
        #expect(throws: FileSinkError.closed(path: url.path)) { try sink.write("late") }
    }

    @Test func fileSinkNeverFollowsALinkNorReusesAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.txt")
        try Data("untouched".utf8).write(to: target)
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        for url in [link, target] {
            #expect {
                _ = try FileSink(url: url)
            } throws: { error in
                guard case FileSinkError.cannotOpen(let path, let reason) = error else { return false }
                return path == url.path && reason == "File exists"
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "untouched")
    }

    @Test func fileSinkNamesTheFileItCannotCreate() {
        let url = URL(fileURLWithPath: "/nonexistent-folder-\(UUID().uuidString)/out.xml")
        #expect {
            _ = try FileSink(url: url)
        } throws: { error in
            guard case FileSinkError.cannotOpen(let path, let reason) = error else { return false }
            return path == url.path && reason.contains("No such file")
        }
    }
}

/// A sink that refuses bytes past a limit, like a full disk.
final class FailingSink: ByteSink {
    let limit: Int
    private(set) var accepted = 0

    init(limit: Int) { self.limit = limit }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard accepted + bytes.count <= limit else { throw Full() }
        accepted += bytes.count
    }

    struct Full: Error {}
}
