import ArgumentParser
import AtelierExport
import AtelierKit
import Foundation

/// `atelier-bench`: exports N generated actions and prints the time and size of each file, so
/// `/usr/bin/time -v atelier-bench …` gives time and peak memory. A benchmark, not a test.
@main
struct AtelierBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atelier-bench",
        abstract: "Export N generated actions and report the time and size of each document.")

    @Option(name: .long, help: "How many actions to generate.")
    var actions = 100_000

    @Option(name: .long, parsing: .upToNextOption, help: "Formats to write (odt, ods, fodt, fods, xml, csv, worksheets).")
    var formats: [ExportFormat] = [.ods]

    @Option(name: .long, help: "Folder to write into (default: a temporary folder, removed afterwards).")
    var output: String?

    @Option(name: .long, help: "Language of the documents (en, fr, nl, de).")
    var language: Language = .fr

    mutating func validate() throws {
        guard actions >= 0 else { throw ValidationError("--actions must be 0 or more") }
    }

    func run() throws {
        let source = BenchSource(count: actions)
        let keep = output != nil
        let directory = output.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("atelier-bench-\(getpid())")
        defer { if !keep { try? FileManager.default.removeItem(at: directory) } }
        print("actions\tformat\tseconds\tbytes\tfile")
        for format in formats {
            let start = DispatchTime.now().uptimeNanoseconds
            let files = try export(source, formats: [format], language: language, to: directory)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            for file in files {
                let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                print("\(actions)\t\(format.rawValue)\t\(FixedPointText.seconds(seconds))\t\(size)\t\(file.lastPathComponent)")
            }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// Seconds with three decimals.
enum FixedPointText {
    static func seconds(_ value: Double) -> String {
        let millis = Int((value * 1000).rounded())
        let fraction = String(millis % 1000)
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
