import AtelierKit
import Foundation
@testable import AtelierPanel

/// Panel inputs written inline: a CSV text read as the panel reads a file.
enum PanelCSVFixture {
    static func table(_ text: String, file: String) throws -> PanelTable {
        let csv = try CSVTable(data: Data(text.utf8), displayPath: file)
        return PanelTable(file: file, header: csv.writtenHeader, records: csv.records.map { .init(line: $0.line, fields: $0.fields) })
    }

    static func quotas(_ text: String) throws -> Quotas { try Quotas(table(text, file: "features.csv")) }

    static func pool(_ text: String, quotas: Quotas, addressColumns: [String] = []) throws -> Pool {
        try Pool(table(text, file: "people.csv"), quotas: quotas, addressColumns: addressColumns)
    }

    /// Two features: gender (one or two of each) and age.
    static let features = """
        feature,value,min,max
        gender,female,1,2
        gender,male,1,2
        age,young,1,3
        age,old,0,2
        """
}
