import AtelierKit
import Foundation
import Testing
@testable import AtelierPanel

/// Every bad input of the quotas and respondents files is refused with its file, line and column.
@Suite struct InputErrorTests {
    private func quotasError(_ text: String) -> String? {
        do { _ = try PanelCSVFixture.quotas(text) } catch { return "\(error)" }
        return nil
    }

    private func poolError(_ text: String, addressColumns: [String] = []) throws -> String? {
        let quotas = try PanelCSVFixture.quotas(PanelCSVFixture.features)
        do { _ = try PanelCSVFixture.pool(text, quotas: quotas, addressColumns: addressColumns) } catch { return "\(error)" }
        return nil
    }

    @Test func aMinAboveItsMaxNamesTheLineAndColumn() {
        #expect(quotasError("feature,value,min,max\ngender,female,1,2\ngender,male,3,2\n")
                == "features.csv:3: error: max: 2 is below the min 3 of `gender:male`")
    }

    @Test func aCountThatIsNotAWholeNumberIsRefused() {
        #expect(quotasError("feature,value,min,max\ngender,female,one,2\n")
                == "features.csv:2: error: min: `one` is not a whole number from 0 to 100000")
        #expect(quotasError("feature,value,min,max\ngender,female,1,-2\n")
                == "features.csv:2: error: max: `-2` is not a whole number from 0 to 100000")
    }

    @Test func aValueGivenTwiceIsRefused() {
        #expect(quotasError("feature,value,min,max\ngender,female,1,2\ngender,female,0,1\n")
                == "features.csv:3: error: value: `gender:female` is already given on line 2")
    }

    @Test func aHeaderWithoutTheColumnsIsRefused() {
        #expect(quotasError("feature,value,minimum,max\ngender,female,1,2\n")
                == "features.csv:1: error: the header needs the columns feature, value, min and max (as sortition-algorithms reads them)")
    }

    @Test func flexValuesInsideTheQuotaAreRefused() {
        #expect(quotasError("feature,value,min,max,min_flex,max_flex\ngender,female,1,2,2,3\n")
                == "features.csv:2: error: min_flex: above the min 1; min_flex may only lower it")
    }

    @Test func quotasSummingBeyondTheSeatsAreRefused() throws {
        let quotas = try PanelCSVFixture.quotas(PanelCSVFixture.features)
        #expect(throws: ImportError(file: "features.csv", line: 2, field: "max", message:
            "the maximums of `gender` add up to 4, fewer than the 5 seats; raise some of them")) { try quotas.check(seats: 5) }
        let tight = try PanelCSVFixture.quotas("feature,value,min,max\ngender,female,2,3\ngender,male,2,3\n")
        #expect(throws: ImportError(file: "features.csv", line: 2, field: "min", message:
            "the minimums of `gender` add up to 4, more than the 3 seats; lower some of them")) { try tight.check(seats: 3) }
        try tight.check(seats: 4)
    }

    @Test func anUnknownFeatureValueNamesTheListedOnes() throws {
        #expect(try poolError("id,gender,age\na,female,young\nb,Male,old\n")
                == "people.csv:3: error: gender: `Male` is not a value of `gender` in features.csv (did you mean `male`?); it lists female, male")
    }

    @Test func aRespondentMissingAFeatureIsRefused() throws {
        #expect(try poolError("id,gender,age\na,female,young\nb,male,\n")
                == "people.csv:3: error: age: empty; `b` needs a value of `age`")
        #expect(try poolError("id,gender\na,female\n") == "people.csv:1: error: no `age` column (a feature of features.csv)")
    }

    @Test func duplicateIdsAreRefused() throws {
        #expect(try poolError("id,gender,age\na,female,young\nb,male,old\na,male,young\n")
                == "people.csv:4: error: id: `a` is already the id of line 2")
        #expect(try poolError("id,gender,age\n ,female,young\n") == "people.csv:2: error: id: empty; every respondent needs an id")
    }

    @Test func aMissingAddressColumnIsRefused() throws {
        #expect(try poolError("id,gender,age\na,female,young\n", addressColumns: ["street"])
                == "people.csv:1: error: no `street` column (an address column)")
    }

    @Test func peopleAtOneAddressAreOneHousehold() throws {
        let quotas = try PanelCSVFixture.quotas(PanelCSVFixture.features)
        let pool = try PanelCSVFixture.pool("id,gender,age,street\na,female,young,Kerkstraat 1\nb,male,old,Kerkstraat 1\nc,male,young,\n",
                                            quotas: quotas, addressColumns: ["street"])
        #expect(pool.respondents.map(\.household) == ["Kerkstraat 1", "Kerkstraat 1", nil])
        let problem = PanelProblem(pool: pool, quotas: quotas, seats: 2)
        #expect(problem.households == [[0, 1]])
        #expect(!problem.isFeasible([0, 1]))
        #expect(problem.isFeasible([0, 2]))
    }

    @Test func aDirectoryIsNotReadAsACSVFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ImportError(file: "dir", message: "not a regular file; give a CSV file")) {
            try PanelTable(contentsOf: folder, display: "dir")
        }
    }

    @Test func aFileLargerThanTheLimitIsNotRead() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("panel-big-\(UUID().uuidString).csv")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("id\n".utf8)))
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(PanelTable.maximumBytes + 1))
        try handle.close()
        #expect(throws: ImportError(file: "big.csv", message: "the file is larger than 64 MiB; this is not a panel's CSV file")) {
            try PanelTable(contentsOf: url, display: "big.csv")
        }
    }
}
