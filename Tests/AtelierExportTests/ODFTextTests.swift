import AtelierXML
import Foundation
import Testing
@testable import AtelierExport

/// How people's text becomes ODF paragraph content: spaces, tabs and line breaks survive the
/// white-space collapsing of ODF readers.
@Suite struct ODFTextTests {
    static let cases: [(input: String, xml: String)] = [
        ("plain text", "plain text"),
        ("a  b", "a <text:s/>b"),
        ("a    b", "a <text:s text:c=\"3\"/>b"),
        (" lead", "<text:s/>lead"),
        ("trail ", "trail<text:s/>"),
        ("  ", "<text:s text:c=\"2\"/>"),
        ("tab\there", "tab<text:tab/>here"),
        ("a \tb", "a<text:s/><text:tab/>b"),
        ("line\nbreak", "line<text:line-break/>break"),
        ("crlf\r\nonce", "crlf<text:line-break/>once"),
        ("cr\ralone", "cr<text:line-break/>alone"),
        ("after\n indent", "after<text:line-break/><text:s/>indent"),
        ("sep\u{2028}line", "sep<text:line-break/>line"),
        ("word\u{000B}break", "word<text:line-break/>break"),
        ("R&D <b> «ok»", "R&amp;D &lt;b&gt; «ok»"),
        ("bell\u{0007}!", "bell\u{FFFD}!"),
        ("non\u{FFFE}char", "non\u{FFFD}char"),
        ("emoji 🏛️ ok", "emoji 🏛️ ok"),
        ("", ""),
    ]

    @Test(arguments: cases)
    func textBecomesParagraphContent(input: String, xml: String) throws {
        let sink = DataSink()
        let writer = XMLStreamWriter(sink: sink)
        try writer.startElement("text:p")
        try ODFText.write(input, to: writer)
        try writer.endElement()
        try writer.endDocument()
        let expected = xml.isEmpty ? "<text:p/>\n" : "<text:p>\(xml)</text:p>\n"
        #expect(String(decoding: sink.data, as: UTF8.self) == expected)
    }

    @Test(arguments: [
        ("one line", ["one line"]), ("two\nlines", ["two", "lines"]), ("crlf\r\nend\n", ["crlf", "end", ""]),
        ("tab\tstays", ["tab<text:tab/>stays"]), ("", [""]),
    ])
    func cellsHoldOneParagraphPerLine(input: String, paragraphs: [String]) throws {
        let sink = DataSink()
        let writer = XMLStreamWriter(sink: sink)
        try writer.startElement("table:table-cell")
        try ODFText.writeLines(input, to: writer)
        try writer.endElement()
        try writer.endDocument()
        let inner = paragraphs.map { $0.isEmpty ? "<text:p/>" : "<text:p>\($0)</text:p>" }.joined()
        #expect(String(decoding: sink.data, as: UTF8.self) == "<table:table-cell>\(inner)</table:table-cell>\n")
    }

    @Test(arguments: [
        ("مريم العلوي", true), ("נועה כהן", true), ("  «مريم»", true), ("Anne", false), ("123 مريم", true),
        ("Anne مريم", false), ("2027", false), ("", false),
    ])
    func directionIsTheFirstStrongCharacters(text: String, rightToLeft: Bool) {
        #expect(ODFText.isRightToLeft(text) == rightToLeft)
    }
}
