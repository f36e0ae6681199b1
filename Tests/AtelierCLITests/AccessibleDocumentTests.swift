import AtelierXML
import Foundation
import ODFSchemas
import Testing
import ZIPFoundation

/// Every document of the demo, exported in each language, meets what EN 301 549 clause 10 asks of
/// documents, checked in their XML: a title and a language in the metadata, the actions' own text
/// marked with its language where the document's differs, a header row on every table, headings
/// that never skip a level, charts with a title, a description stating leading figures and their
/// data in a table beside them, and text contrast of at least 4.5:1.
@Suite(.serialized) struct AccessibleDocumentTests {
    /// The documents: packages by the end of their names, then flat files.
    static let packages = ["actions.odt", "actions.ods", "worksheets-a4.odt", "worksheets-a3.odt", "follow-up.odt", "follow-up.ods"]
    static let flat = ["actions.fodt", "actions.fods"]

    /// A document's content, styles and metadata (the same tree for a flat file).
    struct Parts {
        var name: String
        var content: SafeXMLDocument
        var styles: SafeXMLDocument
        var meta: SafeXMLDocument
    }

    static func parts(in folder: URL) throws -> [Parts] {
        var parts = try packages.map { suffix in
            try Parts(name: suffix, content: ExportedPart.xml("content.xml", of: suffix, in: folder),
                      styles: ExportedPart.xml("styles.xml", of: suffix, in: folder),
                      meta: ExportedPart.xml("meta.xml", of: suffix, in: folder))
        }
        for suffix in flat {
            let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix("-\(suffix)") })
            let document = try SafeXMLDocument(contentsOf: folder.appendingPathComponent(file), namespaces: ODFPrefixes.all)
            parts.append(Parts(name: suffix, content: document, styles: document, meta: document))
        }
        return parts
    }

    @Test(arguments: ["fr", "nl", "de", "en"])
    func everyExportedDocumentIsAccessible(_ language: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let demo = try cli("demo", "--output", "out", "--language", language)
        try #require(demo.status == 0, "\(demo.stderr)")
        let folder = cli.folder.appendingPathComponent("out")
        for document in try Self.parts(in: folder) {
            let name = "\(language) \(document.name)"
            #expect(try !document.meta.string("//dc:title").isEmpty, "\(name): no title")
            #expect(try document.meta.string("//dc:language").hasPrefix("\(language)-"), "\(name): language")
            #expect(try document.content.number("count(//table:table[not(table:table-header-rows/table:table-row)])") == 0,
                    "\(name): a table without a header row")
            let levels = try document.content.strings("//text:h/@text:outline-level").compactMap(Int.init)
            #expect(zip([0] + levels, levels).allSatisfy { $1 <= $0 + 1 }, "\(name): heading levels skip: \(levels)")
            try Self.checkFrames(document.content, name)
            try Self.checkContrast([document.content, document.styles], name)
        }
        let report = try Self.parts(in: folder)[0]
        #expect(try report.styles.string("//style:default-style[@style:family='paragraph']/style:text-properties/@fo:language")
                == language)
        #expect(try report.content.number("count(//draw:frame)") == 2, "the matrix and the vote")
        // The demo's actions are written in French: quoted as French where the document is not.
        let quotedHeadings = try report.content.number("count(//text:h[@text:outline-level='3'][text:span/@text:style-name='Quoted'])")
        let quoteLanguage = try report.content.strings("//style:style[@style:name='Quoted']/style:text-properties/@fo:language")
        if language == "fr" {
            #expect(quotedHeadings == 0 && quoteLanguage.isEmpty)
        } else {
            #expect(quotedHeadings == 19 && quoteLanguage == ["fr"])
        }
        for picture in try Self.pictures(of: "actions.odt", in: folder) + Self.pictures(of: "follow-up.odt", in: folder) {
            try Self.checkContrast(svg: picture)
        }
    }

    /// Every frame has a title and a description with figures, and its chart's data follows in a
    /// table (after the caption).
    static func checkFrames(_ content: SafeXMLDocument, _ name: String) throws {
        #expect(try content.number("count(//draw:frame[not(normalize-space(svg:title)) or not(normalize-space(svg:desc))])") == 0,
                "\(name): a frame without title or description")
        for description in try content.strings("//draw:frame/svg:desc") {
            #expect(description.contains { $0.isNumber }, "\(name): the description states no figure: \(description)")
        }
        let alone = "count(//text:p[.//draw:frame][not(following-sibling::*[position() <= 2][self::table:table])])"
        #expect(try content.number(alone) == 0, "\(name): a chart without its table beside it")
    }

    /// Every background colour against every text colour (black unless a style sets one).
    static func checkContrast(_ parts: [SafeXMLDocument], _ name: String) throws {
        var backgrounds: Set<String> = [], texts: Set<String> = ["#000000"]
        for part in parts {
            backgrounds.formUnion(try part.strings("//@fo:background-color").filter { $0.hasPrefix("#") })
            texts.formUnion(try part.strings("//@fo:color"))
        }
        for background in backgrounds {
            for text in texts {
                #expect(contrast(text, background) >= 4.5, "\(name): \(text) on \(background)")
            }
        }
    }

    /// In a chart, dark text on every light shape and white text on every dark shape.
    static func checkContrast(svg: SafeXMLDocument) throws {
        let fills = try svg.strings("//s:rect/@fill").filter { $0.hasPrefix("#") } + ["#FFFFFF"]
        for text in Set(try svg.strings("//s:text/@fill")) {
            let light = text == "#FFFFFF"
            for fill in fills where (luminance(fill) > 0.4) != light {
                #expect(contrast(text, fill) >= 4.5, "\(text) on \(fill)")
            }
        }
    }

    static func pictures(of suffix: String, in folder: URL) throws -> [SafeXMLDocument] {
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix("-\(suffix)") })
        let archive = try Archive(url: folder.appendingPathComponent(file), accessMode: .read)
        return try archive.filter { $0.path.hasPrefix("Pictures/") }.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return try SafeXMLDocument(data: data, name: entry.path, namespaces: ODFPrefixes.all)
        }
    }

    /// WCAG's contrast ratio of two `#RRGGBB` colours.
    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// WCAG's relative luminance of a `#RRGGBB` colour.
    static func luminance(_ colour: String) -> Double {
        let value = Int(colour.dropFirst(), radix: 16) ?? 0
        let channels = [value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
