import AtelierKit
import AtelierODF
import Foundation
import ODFSchemas
import Testing
import ZIPFoundation

/// Files that are not spreadsheets, or are crafted to attack the reader: each is refused with a
/// message naming the file, before anything is read into the workshop.
@Suite struct SpreadsheetPackageTests {
    static let actions = SheetDocument.content(SheetDocument.table("Actions", [["ID", "Titre"], ["A1", "Ouvrir"]]))

    /// The message reading `data` as `evil.ods` gives, or "read" when it is read.
    func refusal(_ data: Data, name: String = "evil.ods") throws -> String {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return refusal(url, name: name)
    }

    func refusal(_ url: URL, name: String = "evil.ods") -> String {
        do {
            _ = try SpreadsheetImportReader(contentsOf: url, displayPath: name, kind: .actions)
            return "read"
        } catch {
            return "\(error)"
        }
    }

    @Test func aWellFormedPackageIsRead() throws {
        #expect(try refusal(ZipBuilder.spreadsheet(content: Self.actions)) == "read")
        #expect(try refusal(Self.actions.replacingContentRoot(), name: "flat.fods") == "read")
    }

    @Test(arguments: ["../content.xml", "../../etc/cron.d/evil", "/etc/passwd", "\\windows\\evil", "C:\\evil", "a/../../b", "x\\..\\..\\y"])
    func entriesEscapingThePackageAreRefused(name: String) throws {
        let zip = ZipBuilder.spreadsheet(content: Self.actions, extra: [(name, Data("x".utf8))])
        #expect(try refusal(zip) == "evil.ods: error: the package holds an entry named '\(name)' that points outside it; Atelier refuses such files")
    }

    @Test func tooManyEntriesAreRefused() throws {
        let extra = (1...SpreadsheetLimits.maxEntries).map { ("Pictures/\($0).png", Data()) }
        #expect(try refusal(ZipBuilder.spreadsheet(content: Self.actions, extra: extra))
            == "evil.ods: error: the package holds more than 10000 entries; this is not a workbook Atelier can read")
        let enough = (1...(SpreadsheetLimits.maxEntries - 3)).map { ("Pictures/\($0).png", Data()) }
        #expect(try refusal(ZipBuilder.spreadsheet(content: Self.actions, extra: enough)) == "read")
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/spreadsheets")

    /// One cell repeated 1,048,576 × 16,384 times, in a file of a few hundred bytes: refused from what
    /// the repeats say, before a row is expanded.
    @Test func aCellRepeatedOverAWholeSheetIsRefusedUnexpanded() throws {
        let message = ":Participants:1: error: the sheet holds more than 5000000 cells; import it in smaller sheets"
        let flat = Self.fixtures.appendingPathComponent("whole-sheet-repeated.fods")
        #expect(refusal(flat, name: "whole-sheet-repeated.fods") == "whole-sheet-repeated.fods" + message)
        let content = try String(contentsOf: flat, encoding: .utf8)
        let table = content[content.range(of: "<table:table ")!.lowerBound..<content.range(of: "</table:table>")!.upperBound]
        #expect(try refusal(ZipBuilder.spreadsheet(content: SheetDocument.content(String(table)))) == "evil.ods" + message)
    }

    /// A cell of a million spaces, repeated over 16 columns and 1,000 rows: 16 GB of text once
    /// expanded, in 16,000 cells.
    @Test func repeatedTextIsBoundedOnceExpanded() {
        #expect(refusal(Self.fixtures.appendingPathComponent("repeated-text.fods"), name: "repeated-text.fods")
            == "repeated-text.fods:Participants:2: error: the cells hold more than 100 MiB of text once repeated rows and cells are counted; this is not a workbook Atelier can read")
    }

    /// As LibreOffice saves a sheet: every column and the rows to the last one repeated, empty.
    @Test func trailingEmptyRowsAndColumnsAreAccepted() throws {
        let sheet = try SpreadsheetImportReader(contentsOf: Self.fixtures.appendingPathComponent("trailing-empty.fods"),
                                          displayPath: "trailing-empty.fods", kind: .participants)
        let table = try sheet.table(for: Workshop(info: WorkshopInfo(title: "t")))
        #expect(table.header == ["id", "name"])
        #expect(table.records.map(\.line) == [2, 3])
        #expect(table.records.map(\.fields) == [["p1", "Anne Dupont"], ["p2", "Jan Peeters"]])
    }

    /// An id with an invisible character, or a reference with a bidirectional override, is refused
    /// as in a CSV file, naming the sheet, row and column.
    @Test(arguments: [
        (ImportKind.participants, [["id", "name"], ["p1", "Anne"], ["p\u{200B}2", "Jan"]],
         "ids.fods:Participants:3: error: id: 'p<U+200B>2' holds U+200B"),
        (.items, [["id", "text", "kind", "builds_on"], ["i2", "Idée", "idea", "i1\u{202E}"]],
         "ids.fods:Items:2: error: builds_on: 'i1<U+202E>' holds U+202E"),
    ])
    func idsHoldingHiddenCharactersAreRefused(kind: ImportKind, rows: [[String]], message: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("ids.fods")
        try SheetDocument.flat(SheetDocument.table(kind == .participants ? "Participants" : "Items", rows)).write(to: url)
        let workshop = Workshop(info: WorkshopInfo(title: "t"), items: [Item(id: "i1", text: "L'accueil", kind: .idea)])
        let sheet = try SpreadsheetImportReader(contentsOf: url, displayPath: "ids.fods", kind: kind)
        let importer = Importer(kind: kind, table: try sheet.table(for: workshop), file: "ids.fods")
        #expect {
            try importer.changes(for: workshop)
        } throws: { error in
            "\(error)" == message + ", a control or invisible character; ids must be visible text"
        }
    }

    /// A 200 MB content.xml of spaces that deflates a thousand times, written streaming.
    @Test func aZipBombIsRefusedWhetherItsSizeIsTrueOrNot() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bomb = folder.appendingPathComponent("bomb.ods")
        try Self.writePackage(at: bomb, contentSize: 200 << 20) { Data(repeating: 0x20, count: $0) }
        #expect(refusal(bomb) == "evil.ods: error: 'content.xml' is larger than the 50 MiB Atelier reads; import the actions in smaller files")
        try Self.declareSize(of: "content.xml", in: bomb, as: 4096)
        #expect(refusal(bomb) == "evil.ods: error: 'content.xml' inflates more than 100 times its compressed size (a zip bomb?); Atelier refuses it")
    }

    /// 60 MB that compresses about sixty times, declared as 4 KiB: stopped at 50 MiB.
    @Test func aPartLargerThanItDeclaresIsStoppedAtTheLimit() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = folder.appendingPathComponent("big.ods")
        var state: UInt64 = 7
        try Self.writePackage(at: package, contentSize: 60 << 20) { size in
            var chunk = Data(count: size)
            for index in stride(from: 0, to: size, by: 512) where index + 8 <= size {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                withUnsafeBytes(of: state) { chunk.replaceSubrange(index..<index + 8, with: $0) }
            }
            return chunk
        }
        try Self.declareSize(of: "content.xml", in: package, as: 4096)
        #expect(refusal(package) == "evil.ods: error: 'content.xml' is larger than the 50 MiB Atelier reads; import the actions in smaller files")
    }

    @Test func packagesThatAreNotSpreadsheetsAreNamed() throws {
        var text = ZipBuilder()
        text.add("mimetype", "application/vnd.oasis.opendocument.text")
        text.add("content.xml", Self.actions)
        #expect(try refusal(text.data) == "evil.ods: error: this is not a spreadsheet: the package is of type 'application/vnd.oasis.opendocument.text'")
        var empty = ZipBuilder()
        empty.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        #expect(try refusal(empty.data) == "evil.ods: error: the package has no content.xml; this is not an OpenDocument spreadsheet")
        let locked = ZipBuilder.spreadsheet(content: Data("garbled".utf8), extra: [("META-INF/manifest.xml", Data("""
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry \
            manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>
            """.utf8))])
        #expect(try refusal(locked) == "evil.ods: error: the spreadsheet is protected by a password; save a copy without one and import that")
        var twice = ZipBuilder()
        twice.add("content.xml", Self.actions)
        twice.add("content.xml", Data("<x/>".utf8))
        #expect(try refusal(twice.data) == "evil.ods: error: the package holds two entries named 'content.xml'; Atelier refuses such files")
    }

    @Test func filesThatAreNotPackagesAreNamed() throws {
        #expect(try refusal(Data("id,title\nA1,Ouvrir\n".utf8)) == "evil.ods: error: this is not an OpenDocument spreadsheet: neither a zip package (.ods) nor XML (.fods)")
        #expect(try refusal(Data()) == "evil.ods: error: this is not an OpenDocument spreadsheet: neither a zip package (.ods) nor XML (.fods)")
        #expect(try refusal(Data("PK\u{3}\u{4} truncated".utf8)) == "evil.ods: error: the zip package cannot be read; the file is damaged or not an OpenDocument spreadsheet")
        var damaged = ZipBuilder.spreadsheet(content: Self.actions)
        let at = damaged.range(of: Data("Ouvrir".utf8))!.lowerBound
        damaged[at] = UInt8(ascii: "o")
        #expect(try refusal(damaged) == "evil.ods: error: 'content.xml' is damaged (its checksum does not match); save the spreadsheet again")
        #expect(refusal(URL(fileURLWithPath: "/nonexistent/evil.ods")).hasPrefix("evil.ods: error: cannot read the file ("))
    }

    static let entityAttacks = [
        """
        <?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <office:document-content \(SheetDocument.namespaces)><office:body><office:spreadsheet><table:table table:name="Actions">\
        <table:table-row><table:table-cell><text:p>&xxe;</text:p></table:table-cell></table:table-row></table:table>\
        </office:spreadsheet></office:body></office:document-content>
        """,
        """
        <?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">\
        <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\
        <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">\
        <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>
        <office:document-content \(SheetDocument.namespaces)><office:body><office:spreadsheet><table:table table:name="Actions">\
        <table:table-row><table:table-cell><text:p>&g;</text:p></table:table-cell></table:table-row></table:table>\
        </office:spreadsheet></office:body></office:document-content>
        """,
    ]

    @Test(arguments: entityAttacks)
    func entitiesAndDoctypesAreNeverExpanded(xml: String) throws {
        for message in [try refusal(ZipBuilder.spreadsheet(content: Data(xml.utf8))), try refusal(Data(xml.utf8), name: "evil.fods")] {
            #expect(message.contains(": error: cannot read the spreadsheet: "))
            #expect(message.contains("declares a DTD") || message.contains("entity"), "\(message)")
            #expect(!message.contains("root:"), "nothing of /etc/passwd is read")
        }
    }

    // MARK: Building packages

    /// A package whose content.xml of `contentSize` bytes comes from `chunk(size)`, written streaming.
    static func writePackage(at url: URL, contentSize: Int, chunk: @escaping (Int) -> Data) throws {
        let archive = try Archive(url: url, accessMode: .create)
        let mimetype = Data("application/vnd.oasis.opendocument.spreadsheet".utf8)
        let epoch = Date(timeIntervalSince1970: 0)
        try archive.addEntry(with: "mimetype", type: .file, uncompressedSize: Int64(mimetype.count), modificationDate: epoch) { _, _ in mimetype }
        try archive.addEntry(with: "content.xml", type: .file, uncompressedSize: Int64(contentSize), modificationDate: epoch,
                             compressionMethod: .deflate, bufferSize: 1 << 16) { position, size in
            let piece = chunk(size)
            return piece.count > size ? piece.prefix(size) : piece
        }
    }

    /// Rewrites the uncompressed size an entry declares, in its local header and the central directory.
    static func declareSize(of name: String, in url: URL, as size: UInt32) throws {
        var bytes = [UInt8](try Data(contentsOf: url))
        let nameBytes = Array(name.utf8)
        let little = withUnsafeBytes(of: size.littleEndian, Array.init)
        var patched = 0
        for index in 0..<(bytes.count - 46) {
            let signature = UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24
            let (nameOffset, sizeOffset) = signature == 0x0403_4B50 ? (30, 22) : signature == 0x0201_4B50 ? (46, 24) : (0, 0)
            guard nameOffset > 0, index + nameOffset + nameBytes.count <= bytes.count,
                  Array(bytes[(index + nameOffset)..<(index + nameOffset + nameBytes.count)]) == nameBytes else { continue }
            bytes.replaceSubrange((index + sizeOffset)..<(index + sizeOffset + 4), with: little)
            patched += 1
        }
        #expect(patched == 2, "the local header and the central directory entry")
        try Data(bytes).write(to: url)
    }
}

extension Data {
    /// A package's content.xml made into a flat document (same body, `office:document` root).
    func replacingContentRoot() -> Data {
        Data(String(decoding: self, as: UTF8.self).replacingOccurrences(of: "office:document-content", with: "office:document").utf8)
    }
}
