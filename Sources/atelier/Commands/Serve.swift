import ArgumentParser
import AtelierKit
import AtelierServer
import Foundation

extension Atelier {
    /// `atelier serve`: the live room, where phones join, the wall follows and the facilitator leads.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open the live room: phones join from the browser, the wall shows the open step, the console leads.",
            discussion: """
                Prints the address phones open (the wall shows it with a QR code and a short code) and the \
                facilitator console's address, which carries a secret: keep it on this screen. Everything the room \
                sends is recorded in the workshop as 'atelier import' records it; 'atelier status', 'show', 'undo' \
                and 'export' work while the room is open. Stop with Ctrl-C.

                Example:
                  atelier serve --host 192.168.1.20 --port 8080 --language fr
                """)

        @OptionGroup var options: WorkshopOptions

        @Option(help: ArgumentHelp("The address to listen on: this laptop's address on the room's network.", valueName: "address"))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp("The port to listen on.", valueName: "number"))
        var port = 8080

        @Option(help: ArgumentHelp("The pages' language until a participant picks another (default: the workshop's).", valueName: "code"))
        var language: Language?

        @Flag(help: "Show the dots on the wall while the vote is open (otherwise when it closes).")
        var liveDots = false

        func validate() throws {
            guard (1...65535).contains(port) else { throw ValidationError("--port \(port): use a port from 1 to 65535") }
        }

        func run() throws {
            try reportingErrors {
                let store = try options.openStore()
                let runner = try options.runner()
                let settings = RoomSettings(language: try language ?? store.infoAndAgenda().0.language, liveDots: liveDots)
                try Self.serve(store: store, runner: runner, settings: settings, host: host, port: port)
            }
        }

        /// Serves until interrupted, printing the addresses once the server listens, then playing
        /// `rehearsal` in the room when there is one.
        static func serve(store: WorkshopStore, runner: Runner, settings: RoomSettings, host: String, port: Int,
                          rehearsal: RoomRehearsal? = nil) throws {
            let failure = ServeFailure()
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    let base = "http://\(host):\(port)"
                    let room = Room(store: store, runner: runner, settings: settings)
                    let server = RoomServer(room: room, baseAddress: base)
                    // Ctrl-C stops at once (no graceful shutdown): a wall's socket never ends by itself, and
                    // every change is already its own transaction.
                    try await server.application(host: host, port: port) { _ in
                        // Written at once, unbuffered: whoever reads the output (a script, a pipe) sees it now.
                        FileHandle.standardOutput.write(Data("""
                            Join:    \(base)/join?code=\(settings.code)   (room code \(settings.code))
                            Wall:    \(base)/wall
                            Console: \(base)/console?token=\(settings.consoleToken)   (keep this one to yourself)

                            """.utf8))
                        if let rehearsal {
                            Task { await rehearsal.play(in: room) { FileHandle.standardOutput.write(Data("  \(Console.clean($0))\n".utf8)) } }
                        }
                    }.runService(gracefulShutdownSignals: [])
                } catch {
                    failure.error = "\(error)"
                }
                done.signal()
            }
            done.wait()
            if let message = failure.error {
                throw ValidationError("cannot serve on \(host):\(port): \(message)")
            }
        }
    }
}

/// Carries a server failure from its task back to the command.
private final class ServeFailure: @unchecked Sendable {
    var error: String?
}
