import AtelierKit
import Foundation
import Testing

/// Crashes and concurrent writers never lose or half-apply a change.
@Suite struct ReliabilityTests {
    /// The size of a file in the test's folder, 0 when there is none.
    static func size(_ cli: CLI, _ name: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: cli.folder.appendingPathComponent(name).path)
        return (attributes?[.size] as? Int) ?? 0
    }

    @Test func eightConcurrentWritersLoseNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--title", "Panel").status == 0)
        let writers = 8, perWriter = 40
        for w in 0..<writers {
            let rows = (0..<perWriter).map { "w\(w)-p\($0),Personne \($0) de l'équipe \(w)" }
            try cli.write("team\(w).csv", "id,name\n" + rows.joined(separator: "\n") + "\n")
        }
        let results = cli.runConcurrently((0..<writers).map { [["import", "participants", "team\($0).csv"]] }).map { $0[0] }
        for (w, result) in results.enumerated() {
            #expect(result.status == 0, "writer \(w): \(result.stderr)")
            #expect(!result.stderr.contains("locked"))
        }
        #expect(try cli("status").stdout.contains("participants \(writers * perWriter)"))
        let log = try cli("log").stdout
        for w in 0..<writers { #expect(log.contains("import participants team\(w).csv")) }
    }

    @Test func killingAnImportMidTransactionLeavesNothingAndTheNextImportAll() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--title", "Consultation").status == 0)
        let rows = (0..<100_000).map { "x\($0),\"Idée n° \($0) : l'accès « simple », sans papier\",idea" }
        try cli.write("ideas.csv", "id,text,kind\n" + rows.joined(separator: "\n") + "\n")
        // Killed in the middle of its transaction: SQLite's rollback journal is open and the new rows
        // already reach the workshop file (the page cache spills). The next command rolls it back.
        let before = Self.size(cli, "workshop.atelier")
        let killed = try cli.kill(["import", "items", "ideas.csv"]) {
            Self.size(cli, "workshop.atelier-journal") > 0 && Self.size(cli, "workshop.atelier") > before + 1_000_000
        }
        #expect(killed, "the import finished before its kill")
        let status = try cli("status")
        #expect(status.status == 0, "the workshop no longer opens: \(status.stderr)")
        #expect(status.stdout.contains("items        0"), "half an import: \(status.stdout)")
        #expect(!(try cli("log").stdout.contains("import items")), "the killed import is in the journal")
        #expect(try cli("import", "items", "ideas.csv").status == 0)
        #expect(try cli("status").stdout.contains("items        100000"))
    }

    /// SIGTERM while a document is being written: the process ends by the signal and removes its
    /// temporary files; then a kill -9 leaves one, which the next export removes.
    @Test func interruptingAnExportLeavesNoTemporaryFile() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--title", "Panel").status == 0)
        let rows = (0..<40_000).map { "A\($0),\"Action n° \($0) : ouvrir le guichet « simple »\",administration" }
        try cli.write("actions.csv", "id,title,carrier\n" + rows.joined(separator: "\n") + "\n")
        #expect(try cli("import", "actions", "actions.csv").status == 0)
        let output = cli.folder.appendingPathComponent("out")
        func temporaryFiles() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).filter { $0.hasSuffix(".partial") }
        }
        for signal in [SIGTERM, SIGKILL] {
            // The signal is sent while a temporary file is there. An export that ends before the poll
            // sees one, or ends well as the signal comes (a machine too busy to run the poll or the
            // handler in time), proves nothing, and is started again.
            var sent = false
            for _ in 0..<5 where !sent {
                let process = try cli.start(["export", "--format", "ods", "--format", "fods", "--output", "out"])
                while process.isRunning && temporaryFiles().isEmpty { usleep(1_000) }
                guard process.isRunning else { continue }
                kill(process.processIdentifier, signal)
                process.waitUntilExit()
                // An export that wrote its last byte as the signal came ends well: started again too.
                if process.terminationReason == .exit && process.terminationStatus == 0 && temporaryFiles().isEmpty { continue }
                sent = true
                #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal,
                        "\(signal): ended by \(process.terminationReason) \(process.terminationStatus)")
                #expect(temporaryFiles().isEmpty == (signal == SIGTERM), "\(signal): \(temporaryFiles())")
            }
            #expect(sent, "\(signal): five exports ended before their temporary files were seen")
        }
        #expect(try cli("export", "--format", "csv", "--output", "out").status == 0)
        #expect(temporaryFiles().isEmpty, "the next export removes what the killed one left")
    }
}

extension ReliabilityTests {
    /// What each concurrent writer does, three times in a row: import its own items, run the dot vote,
    /// or undo the latest change.
    enum Role: String {
        case importer, runner, undoer
    }

    static let rounds = 3

    /// The writers of a mix of `count`: importers first, then an undoer and a runner, and so on.
    static func roles(_ count: Int) -> [Role] {
        Array([Role.importer, .undoer, .runner, .importer, .importer, .undoer, .runner, .importer].prefix(count))
    }

    /// Two to eight `atelier` processes import, run a method and undo on one workshop at once.
    ///
    /// Undo takes back the latest change not yet undone, whoever made it, so which entries end up
    /// undone depends on the interleaving. What holds whatever the interleaving: every command succeeds
    /// (each waits its turn; none sees "database is locked"); the journal has one entry per command;
    /// each undo took back a different entry and exactly those entries are marked undone; every import
    /// that is not undone has all its rows and every undone one has none; the vote's result is there
    /// exactly when a run of it is not undone; the seeded content is never reached, because as many
    /// changes as there are undos are made first.
    @Test(arguments: [2, 5, 8])
    func mixedWritersLoseNothingAndKeepTheJournalTrue(writers: Int) throws {
        let cli = try SeededWorkshop.copy()
        defer { cli.remove() }
        let roles = Self.roles(writers)
        let undos = roles.filter { $0 == .undoer }.count * Self.rounds
        for pad in 0..<undos {
            try cli.write("pad-\(pad).csv", "id,name\npad-\(pad),Thème \(pad)\n")
            #expect(try cli("import", "categories", "pad-\(pad).csv").status == 0)
        }
        let seeded = try WorkshopStore.open(at: cli.folder.appendingPathComponent("workshop.atelier")).journal().count - undos
        for (w, role) in roles.enumerated() where role == .importer {
            for r in 0..<Self.rounds {
                let rows = (0..<40).map { "w\(w)-r\(r)-\($0),\"Idée \($0) de l'équipe \(w), « tour » \(r)\",idea\n" }
                try cli.write("w\(w)-r\(r).csv", "id,text,kind\n" + rows.joined())
            }
        }
        let outputs = cli.runConcurrently(roles.enumerated().map { w, role in
            (0..<Self.rounds).map { r in
                switch role {
                case .importer: ["import", "items", "w\(w)-r\(r).csv"]
                case .runner: ["run", "day2-vote"]
                case .undoer: ["undo"]
                }
            }
        })
        for (w, results) in outputs.enumerated() {
            for result in results {
                #expect(result.status == 0, "writer \(w) (\(roles[w])): \(result.stderr)")
                #expect(!result.stderr.contains("locked") && !result.stderr.contains("busy"), "\(result.stderr)")
            }
        }

        let store = try WorkshopStore.open(at: cli.folder.appendingPathComponent("workshop.atelier"))
        let journal = try store.journal()
        let workshop = try store.workshop()
        #expect(journal.count == seeded + undos + writers * Self.rounds, "one journal entry per command")
        let undoEntries = journal.filter { $0.command == "undo" }
        let undone = Set(journal.filter(\.undone).map(\.id))
        #expect(undoEntries.count == undos)
        #expect(Set(undoEntries.compactMap(\.undoes)) == undone, "each undo took back a different entry, and only those are undone")
        #expect(journal.prefix(seeded).allSatisfy { !$0.undone }, "an undo reached the seeded workshop")
        for entry in journal where entry.command.hasPrefix("import items w") {
            let file = entry.command.replacingOccurrences(of: "import items ", with: "")
            let prefix = file.replacingOccurrences(of: ".csv", with: "-")
            let rows = workshop.items.filter { $0.id.hasPrefix(prefix) }.count
            #expect(rows == (entry.undone ? 0 : 40), "\(entry.command) (#\(entry.id), undone: \(entry.undone)) left \(rows) rows")
        }
        for entry in journal where entry.command.hasPrefix("import categories pad-") {
            let id = entry.command.replacingOccurrences(of: "import categories ", with: "").replacingOccurrences(of: ".csv", with: "")
            #expect(workshop.categories.contains { $0.id == id } == !entry.undone, "\(entry.command)")
        }
        let runs = journal.filter { $0.command == "run day2-vote" }
        #expect(runs.count == roles.filter { $0 == .runner }.count * Self.rounds)
        #expect(workshop.results.contains { $0.step == "day2-vote" } == runs.contains { !$0.undone })
        #expect(try cli("status").status == 0)
        print("reliability: \(writers) writers, \(writers * Self.rounds) commands at once, \(undone.count) changes undone, nothing lost")
    }

    @Test func killingAnUndoMidTransactionLeavesTheImportWhole() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--title", "Consultation").status == 0)
        let rows = (0..<100_000).map { "x\($0),\"Idée n° \($0) : l'accès « simple », sans papier\",idea" }
        try cli.write("ideas.csv", "id,text,kind\n" + rows.joined(separator: "\n") + "\n")
        #expect(try cli("import", "items", "ideas.csv").status == 0)
        // Killed in the middle of its transaction: a megabyte of the rows it deletes is already in
        // SQLite's rollback journal. The next command rolls it back.
        let workshop = cli.folder.appendingPathComponent("workshop.atelier")
        let killed = try cli.kill(["undo"]) { Self.size(cli, "workshop.atelier-journal") > 1_000_000 }
        #expect(killed, "the undo finished before its kill")
        let store = try WorkshopStore.open(at: workshop)
        #expect(try store.counts()[.items] == 100_000, "half an undo")
        let entry = try #require(try store.journal().last { $0.command == "import items ideas.csv" })
        #expect(!entry.undone, "the journal says undone with every item there")
        #expect(try store.journal().last?.command == "import items ideas.csv", "the killed undo is in the journal")
        #expect(try cli("undo").status == 0)
        #expect(try store.counts()[.items] == 0)
        #expect(try store.journal().last { $0.command == "import items ideas.csv" }?.undone == true)
    }
}
