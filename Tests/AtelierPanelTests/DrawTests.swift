import AtelierKit
import Testing
@testable import AtelierPanel

/// A draw from inputs read as files: reproducible from its seed, with alternates who keep the quotas,
/// and a relaxation computed when the quotas cannot be met.
@Suite struct DrawTests {
    static func inputs(_ features: String = PanelCSVFixture.features) throws -> PanelInputs {
        let quotas = try PanelCSVFixture.quotas(features)
        let people = "id,gender,age\n" + (1...12).map { "p\($0),\($0 % 3 == 0 ? "male" : "female"),\($0 % 4 == 0 ? "old" : "young")" }.joined(separator: "\n")
        return PanelInputs(quotas: quotas, pool: try PanelCSVFixture.pool(people, quotas: quotas))
    }

    @Test(arguments: DrawAlgorithm.allCases)
    func theSameSeedGivesTheSameDraw(algorithm: DrawAlgorithm) throws {
        let inputs = try Self.inputs()
        let settings = DrawSettings(seats: 3, algorithm: algorithm, alternates: 4)
        let first = try PanelDraw.make(inputs, settings: settings, seed: "Lotto 4 11 23")
        #expect(first == (try PanelDraw.make(inputs, settings: settings, seed: "Lotto 4 11 23")))
        #expect(DrawFiles.contents(first, inputs: inputs).map(\.text)
                == DrawFiles.contents(try PanelDraw.make(inputs, settings: settings, seed: "Lotto 4 11 23"), inputs: inputs).map(\.text))
        let others = try (1...8).map { try PanelDraw.make(inputs, settings: settings, seed: "other \($0)").panel }
        #expect(others.contains { $0 != first.panel })
    }

    @Test func membersAndAlternatesKeepTheQuotas() throws {
        let inputs = try Self.inputs()
        let draw = try PanelDraw.make(inputs, settings: DrawSettings(seats: 3, algorithm: .leximin, alternates: 5), seed: "7")
        let problem = PanelProblem(pool: inputs.pool, quotas: inputs.quotas, seats: 3)
        let index = Dictionary(uniqueKeysWithValues: inputs.pool.respondents.enumerated().map { ($1.id, $0) })
        let panel = draw.panel.map { index[$0]! }
        #expect(problem.isFeasible(panel))
        #expect(!draw.alternates.isEmpty)
        for alternate in draw.alternates {
            #expect(!draw.panel.contains(alternate.id))
            for member in alternate.replaces {
                #expect(problem.isFeasible(panel.map { $0 == index[member]! ? index[alternate.id]! : $0 }))
            }
        }
        #expect(abs(draw.probabilities.reduce(0, +) - 3) < 1e-7)
    }

    @Test func theCommitmentHashCoversEverySetting() throws {
        let inputs = try Self.inputs()
        let settings = DrawSettings(seats: 3, algorithm: .maximin, alternates: 4)
        let hash = inputs.hash(settings)
        #expect(hash.count == 64)
        #expect(hash == (try Self.inputs()).hash(settings))
        #expect(hash != inputs.hash(DrawSettings(seats: 4, algorithm: .maximin, alternates: 4)))
        #expect(hash != inputs.hash(DrawSettings(seats: 3, algorithm: .leximin, alternates: 4)))
        #expect(hash != inputs.hash(DrawSettings(seats: 3, algorithm: .maximin, alternates: 5)))
        var changed = inputs
        changed.pool.respondents[0].values[1] = "old"
        #expect(hash != changed.hash(settings))
        #expect(inputs.canonicalText(settings).hasPrefix("atelier-panel-inputs\t1\nseats\t3\nalgorithm\tmaximin\n"))
    }

    @Test func infeasibleQuotasGetTheSmallestRelaxation() throws {
        // Only three of the twelve are old (p4, p8, p12), and the quotas ask for four.
        let inputs = try Self.inputs("feature,value,min,max\ngender,female,0,5\ngender,male,0,5\nage,young,0,1\nage,old,4,5\n")
        let relaxation = try #require(try Relaxation.smallest(inputs, seats: 5))
        #expect(relaxation.changes.map(\.description) == ["raise `age:young` max from 1 to 2", "lower `age:old` min from 4 to 3"])
        #expect(throws: PanelError.infeasible(seats: 5)) {
            try PanelDraw.make(inputs, settings: DrawSettings(seats: 5, algorithm: .maximin, alternates: 0), seed: "1")
        }
        #expect(try Relaxation.smallest(Self.inputs(), seats: 3)?.changes == [])
    }
}
