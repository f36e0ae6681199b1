import Foundation
import Testing
@testable import AtelierKit
#if os(Linux)
import Glibc

/// External methods inside bubblewrap: what a program from others can no longer reach.
@Suite(.enabled(if: ExternalFixtures.sandbox != nil, "needs bubblewrap: install the package bubblewrap (bwrap)"),
       .enabled(if: ExternalFixtures.python != nil, "needs python3 on the PATH: install python3"))
struct ExternalSandboxTests {
    /// Runs `probe.py KIND TARGET` in `folder`, confined or not.
    func probe(_ kind: String, _ target: String, sandbox: Sandbox?, in folder: URL) throws -> MethodResult {
        try ExternalMethod(name: "probe", executable: ExternalFixtures.script("probe.py"), interpreter: "python3", arguments: [kind, target],
                           timeout: .seconds(30), maxOutputBytes: 10_000, workingDirectory: folder, sandbox: sandbox)
            .run(ExternalFixtures.request())
    }

    @Test func aConfinedMethodReachesNeitherTheWorkshopNorTheHomeFolderNorTheNetwork() throws {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        let workshop = try write("SQLite format 3", to: "workshop.atelier", in: folder)
        let working = folder.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: working, withIntermediateDirectories: true)
        let listener = try Listener()
        defer { listener.close() }
        for (kind, target) in [("file", workshop.path), ("folder", NSHomeDirectory()), ("network", String(listener.port))] {
            // Unconfined, the same program reaches it: the probe is a real one.
            #expect(try probe(kind, target, sandbox: nil, in: working).summary == "reached", "\(kind)")
            #expect {
                try probe(kind, target, sandbox: ExternalFixtures.sandbox, in: working)
            } throws: { error in
                guard let error = error as? ExternalMethodError, case .refused(let reason) = error.reason else { return false }
                return reason.hasPrefix("\(kind) \(target): ")
            }
        }
    }

    @Test func aConfinedMethodWritesOnlyInItsWorkingFolder() throws {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        try Data(#"{"version":1,"summary":"ok","changes":{}}"#.utf8).write(to: folder.appendingPathComponent("result.json"))
        let method = ExternalMethod(name: "keep", executable: ExternalFixtures.script("keep-request.sh"), timeout: .seconds(30),
                                    maxOutputBytes: 10_000, workingDirectory: folder, sandbox: ExternalFixtures.sandbox)
        #expect(try method.run(ExternalFixtures.request()).summary == "ok")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("request.json").path))
    }

    @Test func anInterpreterOutsideTheSystemFoldersIsNotFoundInTheSandbox() throws {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        let shell = folder.appendingPathComponent("sh")
        try FileManager.default.createSymbolicLink(atPath: shell.path, withDestinationPath: "/bin/sh")
        let method = ExternalMethod(name: "local", executable: ExternalFixtures.script("print-result.sh"), interpreter: shell.path,
                                    timeout: .seconds(30), maxOutputBytes: 10_000, workingDirectory: folder, sandbox: ExternalFixtures.sandbox)
        #expect(throws: ExternalMethodError(method: "local", reason: .interpreterMissing(name: shell.path, searched: "in the sandbox: \(shell.path)"))) {
            try method.run(ExternalFixtures.request())
        }
    }
}

/// A TCP socket listening on 127.0.0.1, on a port the system chose.
private struct Listener {
    let socket: Int32
    let port: UInt16

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && listen(socket, 8) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard socket >= 0, bound else { throw POSIXError(.EADDRNOTAVAIL) }
        self.socket = socket
        port = UInt16(bigEndian: address.sin_port)
    }

    func close() { _ = Glibc.close(socket) }
}
#endif
