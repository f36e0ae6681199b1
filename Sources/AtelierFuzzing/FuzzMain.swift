import Foundation

/// The entry point of the fuzz targets.
///
/// Built with `-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING` (see `.ci/fuzz`), a target hands
/// its probe to libFuzzer, which mutates inputs for as long as its options say and stops at the first
/// input breaking a property, writing it out. Built normally, the same program replays the files and
/// folders named on its command line (a corpus, regression inputs) and exits with 1 when any input
/// breaks a property, so a normal `swift build` compiles it harmlessly and tests can replay corpora.
public enum FuzzMain {
    /// Checks one input, returning the properties it breaks.
    public typealias Probe = @Sendable ([UInt8]) -> [String]

    nonisolated(unsafe) static var probe: Probe = { _ in [] }

    /// Runs libFuzzer over `probe`, or replays the inputs named on the command line.
    public static func run(_ probe: @escaping Probe) -> Never {
        self.probe = probe
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput))
        #else
        let inputs = CommandLine.arguments.dropFirst()
        guard !inputs.isEmpty else {
            FileHandle.standardError.write(Data("usage: \(CommandLine.arguments[0]) FILE_OR_FOLDER...\n".utf8))
            exit(2)
        }
        var count = 0
        var failed = 0
        for (name, bytes) in inputs.flatMap(Self.files) {
            count += 1
            let problems = probe(bytes)
            guard !problems.isEmpty else { continue }
            failed += 1
            for problem in problems { print("\(name): \(problem)") }
        }
        print("\(count) inputs replayed, \(failed) breaking a property")
        exit(failed == 0 ? 0 : 1)
        #endif
    }

    /// The files at a path: the file itself, or every regular file of a folder, sorted by name.
    public static func files(at path: String) -> [(String, [UInt8])] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [(path, [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()))] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        return names.flatMap { files(at: (path as NSString).appendingPathComponent($0)) }
    }
}

#if FUZZING
/// Called by libFuzzer with each input; breaking a property stops the run with the input written out.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzMain.probe(bytes)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}

/// libFuzzer's driver, which a program with its own `main` calls.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif
