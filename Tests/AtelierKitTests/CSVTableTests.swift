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

    @Test(arguments: [
        ("a,b;c\n", ","), ("a;b,c\n", ","), ("a;b\tc\n", ";"), ("a\tb,c\n", ","), ("a\tb;c\n", ";"),
        ("a\tb\tc,d\n", "\t"), ("only\n", ","), ("\"x;y\",z\n", ","),
    ] as [(String, Character)])
    func theSeparatorIsTheSameOnEveryRun(header: String, separator: Character) {
        // A tie goes to the first of `,`, `;` and tab, whatever order a dictionary would give.
        for _ in 0..<20 { #expect(CSVTable.separator(of: header) == separator, "\(header)") }
    }

    @Test(arguments: [
        "participant,item,dots\np1,i1,1\nparticipant,item,dots\np2,i1,1\n",
        "participant;item;dots\r\np1;i1;1\r\n Participant ; ITEM ;dots\r\n",
    ])
    func aHeaderRepeatedInsideTheFileIsRefused(text: String) {
        do {
            _ = try CSVTable(data: Data(text.utf8), displayPath: "dots.csv")
            Issue.record("accepted")
        } catch let error as ImportError {
            #expect(error.line == 3)
            #expect(error.description.hasPrefix("dots.csv:3: error: the header row is repeated here"), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
