import AtelierFuzzing

/// `atelier-fuzz-registry`: fuzzes the registry's manifest loader (see ``RegistryProbe``), or replays inputs.
@main
enum FuzzRegistry {
    static func main() { FuzzMain.run(RegistryProbe.problems) }
}
