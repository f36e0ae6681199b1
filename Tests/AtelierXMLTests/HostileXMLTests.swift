import AtelierXML
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile documents: the safe reader never reads a local file, never opens a connection and never
/// expands entities, whatever a document declares. Each probe would be observed had libxml2 followed
/// the reference: a connection waiting at a local listener, an open of a watched file, the text of
/// `/etc/hostname` in a message.
@Suite struct HostileXMLTests {
    /// A local TCP port that counts connections and closes each at once, so a client never waits.
    final class Listener: @unchecked Sendable {
        let port: UInt16
        private let socket: Int32
        private let lock = NSLock()
        private var count = 0
        private let stopped = DispatchSemaphore(value: 0)

        init() throws {
            let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
            try #require(bound == 0 && listen(fd, 8) == 0, "cannot listen on 127.0.0.1")
            _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
            socket = fd
            port = UInt16(bigEndian: address.sin_port)
            Thread.detachNewThread { [self] in
                while case let client = accept(fd, nil, nil), client >= 0 {
                    lock.withLock { count += 1 }
                    close(client)
                }
                stopped.signal()
            }
        }

        /// How many connections were made so far.
        var connections: Int { lock.withLock { count } }

        deinit {
            shutdown(socket, Int32(SHUT_RDWR))
            stopped.wait()
            close(socket)
        }
    }

    /// A file whose every open is recorded (inotify), in a folder of its own.
    final class WatchedFile {
        let url: URL
        private let watch: Int32

        init() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-hostile-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            url = folder.appendingPathComponent("entity.xml")
            try Data("<!ENTITY leaked \"secret\">secret".utf8).write(to: url)
            watch = inotify_init1(Int32(IN_NONBLOCK))
            try #require(watch >= 0 && inotify_add_watch(watch, url.path, UInt32(IN_OPEN) | UInt32(IN_ACCESS)) >= 0, "inotify is not available")
        }

        /// Whether the file was opened or read since the watch began.
        var wasOpened: Bool {
            var buffer = [UInt8](repeating: 0, count: 4096)
            return read(watch, &buffer, buffer.count) > 0
        }

        deinit {
            close(watch)
            try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
        }
    }

    static let secret = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)

    /// Documents reaching out through `URL`: entities, parameter entities and external DTDs.
    static func reaching(_ url: String) -> [String] {
        [
            "<!DOCTYPE a [<!ENTITY x SYSTEM \"\(url)\">]><a>&x;</a>",
            "<!DOCTYPE a [<!ENTITY % p SYSTEM \"\(url)\"> %p;]><a/>",
            "<!DOCTYPE a SYSTEM \"\(url)\"><a/>",
            "<!DOCTYPE a PUBLIC \"-//Atelier//Probe//EN\" \"\(url)\"><a>&x;</a>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"\(url)\"><!ELEMENT a ANY>]>\n<a>&x;&x;</a>",
        ]
    }

    /// The two ways Atelier reads XML: a whole document, or node by node (spreadsheets).
    enum Reader: String, CaseIterable, Sendable {
        case document, stream

        /// Reads the whole document.
        func read(_ xml: String, name: String) throws {
            switch self {
            case .document:
                _ = try SafeXMLDocument(data: Data(xml.utf8), name: name)
            case .stream:
                let reader = try SafeXMLReader(data: Data(xml.utf8), name: name)
                while try reader.next() != nil {}
            }
        }
    }

    @Test(arguments: Reader.allCases)
    func noConnectionIsOpened(_ reader: Reader) throws {
        let listener = try Listener()
        for xml in Self.reaching("http://127.0.0.1:\(listener.port)/probe.dtd") {
            #expect(throws: XMLError.doctypeRefused(document: "remote.xml")) { try reader.read(xml, name: "remote.xml") }
        }
        #expect(listener.connections == 0, "the parser connected to the network")
    }

    @Test(arguments: Reader.allCases)
    func noLocalFileIsOpened(_ reader: Reader) throws {
        let file = try WatchedFile()
        for xml in Self.reaching(file.url.absoluteString) + Self.reaching(file.url.path) {
            #expect(throws: XMLError.doctypeRefused(document: "local.xml")) { try reader.read(xml, name: "local.xml") }
        }
        #expect(!file.wasOpened, "the parser opened a file a document named")
    }

    @Test(arguments: Reader.allCases)
    func aFileEntityLeavesNothingOfTheFileInTheError(_ reader: Reader) throws {
        let secret = try #require(Self.secret, "/etc/hostname is not readable")
        for xml in Self.reaching("file:///etc/hostname") {
            do {
                try reader.read(xml, name: "xxe.xml")
                Issue.record("accepted: \(xml)")
            } catch {
                #expect(!"\(error)".contains(secret), "\(error)")
            }
        }
    }

    @Test func anXIncludeIsLeftAsAnElement() throws {
        let xml = """
            <a xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/hostname" parse="text"/>\
            <xi:include href="http://127.0.0.1:9/x.xml"/></a>
            """
        let document = try SafeXMLDocument(data: Data(xml.utf8), name: "xinclude.xml", namespaces: ["xi": "http://www.w3.org/2001/XInclude"])
        #expect(try document.number("count(//xi:include)") == 2)
        #expect(try document.string("/*") == "")
    }

    /// Ten levels of ten references each: 10¹⁰ copies if expanded.
    static let billionLaughs: String = {
        var declarations = "<!ENTITY l0 \"lol\">"
        for level in 1...10 {
            declarations += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        return "<!DOCTYPE lolz [\(declarations)]><lolz>&l10;</lolz>"
    }()

    @Test(arguments: Reader.allCases, [
        billionLaughs,
        "<!DOCTYPE q [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]><q>&a;</q>",
        "<!DOCTYPE q [<!ENTITY big \"\(String(repeating: "x", count: 100_000))\">]><q>\(String(repeating: "&big;", count: 1000))</q>",
    ])
    func entityBombsAreRefusedWithoutExpanding(_ reader: Reader, _ xml: String) {
        #expect {
            try reader.read(xml, name: "bomb.xml")
        } throws: { error in
            guard let error = error as? XMLError else { return false }
            switch error {
            case .doctypeRefused, .parseFailed: return true
            default: return false
            }
        }
    }
}
