import AtelierFuzzing

/// `atelier-fuzz-csv`: fuzzes the CSV import (see ``CSVImportProbe``), or replays inputs.
@main
enum FuzzCSV {
    static func main() { FuzzMain.run(CSVImportProbe.problems) }
}
