import CSV
import Foundation
import Testing
@testable import AtelierKit

@Suite struct CSVTableTests {
    @Test func readsSemicolonsWithBOMAndQuotedSeparators() throws {
        let table = try CSVTable(contentsOf: fixture("csv/participants-semicolon-bom.csv"), displayPath: "p.csv")
        #expect(table.separator == ";")
        #expect(table.header == ["id", "name", "group", "role"])
        #expect(table.records.map(\.fields[1]) == ["Dupont; Anne", "Jan Peeters"])
        #expect(table.records.map(\.line) == [2, 3])
    }

    @Test func countsLinesAcrossQuotedLineBreaksAndCRLF() throws {
        let table = try CSVTable(contentsOf: fixture("csv/items-crlf-multiline.csv"), displayPath: "i.csv")
        #expect(table.records.count == 2)
        #expect(table.records[0].fields[1] == "Une idée\r\nsur deux lignes")
        #expect(table.records[1].fields[1] == "Il dit \"oui\"")
        #expect(table.records.map(\.line) == [2, 4])
    }

    static let malformed: [(String, [UInt8], Int?, String)] = [
        ("empty", [], 1, "the file is empty"),
        ("only BOM", [0xEF, 0xBB, 0xBF, 0x0A], 1, "the file is empty"),
        ("UTF-16", [0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00], nil, "UTF-16"),
        ("invalid UTF-8", Array("id,name\np1,Anne\np2,".utf8) + [0xC3, 0x28] + Array("\n".utf8), 3, "not valid UTF-8"),
        ("NUL byte", Array("id,name\np1,An".utf8) + [0x00] + Array("ne\n".utf8), 2, "NUL"),
        ("unclosed quote", Array("id,name\np1,\"Anne\np2,Jan\n".utf8), 2, "never closed"),
        ("extra field", Array("id,name\np1,Anne,extra\n".utf8), 2, "3 fields, more than the 2 columns"),
        ("missing field", Array("id,name,group\np1,Anne\n".utf8), 2, "2 fields, fewer than the 3 columns"),
        ("space after a closing quote", Array("id,name\np1,\"Anne\" \np2,Jan\n".utf8), 2, "text follows the closing quote"),
        ("text after a closing quote", Array("id,name\np1,Jan\np2,\"Anne\" Dupont,x\n".utf8), 3, "text follows the closing quote"),
        ("UTF-16 without BOM", Array("id,name\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), nil, "UTF-16"),
        ("UTF-16 big-endian without BOM", Array("id,name\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }), nil, "UTF-16"),
        ("NUL after CR line ends", Array("id,name\rp1,Anne\rp2,J".utf8) + [0x00] + Array("an\r".utf8), 3, "NUL"),
        ("unclosed quote after CR line ends", Array("id,name\rp1,Anne\r\"p2,Jan\r".utf8), 3, "never closed"),
    ]

    @Test(arguments: malformed)
    func refusesMalformedFilesNamingTheLine(_ name: String, _ bytes: [UInt8], _ line: Int?, _ message: String) {
        do {
            _ = try CSVTable(data: Data(bytes), displayPath: "f.csv")
            Issue.record("\(name) was accepted")
        } catch let error as ImportError {
            #expect(error.line == line, "\(name)")
            #expect(error.message.contains(message), "\(name): \(error.message)")
            #expect(error.description.hasPrefix("f.csv"))
        } catch {
            Issue.record("\(name): unexpected \(error)")
        }
    }

    @Test func refusesAHugeLine() {
        let bytes = Array("id,name\np1,".utf8) + [UInt8](repeating: 0x61, count: CSVTable.maxLineBytes + 10)
        #expect(throws: ImportError.self) { try CSVTable(data: Data(bytes), displayPath: "big.csv") }
    }

    @Test func readsCROnlyLineEndsWithTheirLineNumbers() throws {
        let table = try CSVTable(data: Data("id,name\rp1,\"Anne\rDupont\"\rp2,Jan\r".utf8), displayPath: "mac.csv")
        #expect(table.records.map(\.fields) == [["p1", "Anne\rDupont"], ["p2", "Jan"]])
        #expect(table.records.map(\.line) == [2, 4])
    }

    @Test func skipsBlankLinesButKeepsLineNumbers() throws {
        let table = try CSVTable(data: Data("id,name\n\np1,Anne\n\n".utf8), displayPath: "f.csv")
        #expect(table.records.map(\.line) == [3])
    }

    static let quoteFree = [
        "id,name\np1,Anne\np2,Jan\n", "id,name\r\np1,Anne\r\np2,Jan", "id;name;group\np1;Amélie;A\n\np2;;\n\n",
        "item,dots\n P1 , 2\n\t\nP2,1", "a\tb\n1\t2\n", "id,text\np1,Café 🚲 « vélo »,x\n", "\n\nid\n1",
        "participant,item,dots\r\np1,P2,1\r\n\r\np2,P3,2\r\n",
    ]

    /// What the byte split reads, or the error it gives, next to what CSV.swift reads.
    static func bothReadings(_ text: String) -> (plain: String, quoted: String) {
        let separator = CSVTable.separator(of: text)
        func describe(_ read: () throws -> (header: [String], records: [CSVTable.Record])) -> String {
            do {
                let (header, records) = try read()
                return "\(header) " + records.map { "\($0.line):\($0.fields)" }.joined(separator: " ")
            } catch {
                return "\(error)"
            }
        }
        return (describe { try CSVTable.plainRows(Array(text.utf8), separator: separator.asciiValue!, file: "f.csv") },
                describe { try CSVTable.quotedRows(text, separator: separator, file: "f.csv") })
    }

    @Test(arguments: quoteFree + ["id,text\np1,Café,x\n", "a,b\n1\n\n2,3\n"])
    func filesWithoutQuotesSplitAsCSVSwiftReadsThem(text: String) throws {
        #expect(CSVTable.isPlain(Array(text.utf8)))
        let (plain, quoted) = Self.bothReadings(text)
        #expect(plain == quoted)
    }

    /// A file of several mebibytes is read in pieces at once: lines, blank rows across the cuts and
    /// the first wrong row come out as a reading from the top gives them.
    @Test(arguments: [nil, 150_001, 299_990] as [Int?])
    func aLargeFileReadInPiecesNamesTheSameLines(wrongRow: Int?) throws {
        var text = "participant;item;dots\r\n"
        for row in 1...300_000 {
            text += row % 7_919 == 0 ? "\r\n" : row == wrongRow ? "p\(row);P1\r\n" : "p\(row);P\(row % 500);1\r\n"
        }
        #expect(text.utf8.count > 4 << 20)
        let (plain, quoted) = Self.bothReadings(text)
        #expect(plain == quoted)
        if let wrongRow { #expect(plain.contains("f.csv:\(wrongRow + 1): error: 2 fields, fewer than the 3 columns")) }
        let table = try? CSVTable(data: Data(text.utf8), displayPath: "f.csv")
        #expect(table?.records.count == (wrongRow == nil ? 300_000 - 300_000 / 7_919 : nil))
        #expect(table?.records.last?.line == (wrongRow == nil ? 300_001 : nil))
    }

    @Test(arguments: ["id,name\np1,\"Anne\"\n", "id,name\rp1,Anne\r", "id,name\np1,Anne\r"])
    func quotesAndLoneCarriageReturnsGoThroughCSVSwift(text: String) {
        #expect(!CSVTable.isPlain(Array(text.utf8)))
    }
}
