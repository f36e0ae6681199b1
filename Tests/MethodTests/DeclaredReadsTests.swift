import ActionPlanMethod
import AtelierKit
import BrainwritingMethod
import DotVotingMethod
import Foundation
import PrioritisationMatrixMethod
import SWOTMethod
import Testing

/// Each built-in method is handed only the parts its manifest reads: run over a workshop holding only
/// those (with info and agenda), it must give what it gives over the whole workshop.
@Suite struct DeclaredReadsTests {
    static let methods: [(id: String, method: any WorkshopMethod, step: String, parameters: [String: ParameterValue])] = [
        ("action-plan", ActionPlan(), "plan", [:]),
        ("brainwriting", Brainwriting(), "brainwriting", ["rounds": .integer(3)]),
        ("dot-voting", DotVoting(), "vote", [:]),
        ("prioritisation-matrix", PrioritisationMatrix(), "matrix", [:]),
        ("swot", SWOT(), "swot", [:]),
    ]
    static let fixtures = ["action-plan-four-selected", "brainwriting-sheets", "dot-voting-six-voters",
                           "prioritisation-matrix-six-proposals", "swot-cards"]

    /// The outcome of a run: its result, or the message of the error it threw.
    static func outcome(_ method: any WorkshopMethod, _ request: MethodRequest) -> Result<MethodResult, MethodError> {
        do { return .success(try method.run(request)) } catch let error as MethodError { return .failure(error) } catch {
            return .failure(MethodError("\(error)"))
        }
    }

    @Test(arguments: methods.indices)
    func aMethodUsesOnlyThePartsItReads(_ index: Int) throws {
        let (id, method, step, parameters) = Self.methods[index]
        let reads = Set(try #require(ManifestDefaults.manifest(of: id)["reads"] as? [String]).compactMap(ModelPart.init(rawValue:)))
        var succeeded = 0
        for fixture in Self.fixtures {
            let whole = try FixtureWorkshop.load(fixture)
            let full = Self.outcome(method, try ManifestDefaults.request(id, step: step, parameters: parameters, workshop: whole))
            let declared = Self.outcome(method, try ManifestDefaults.request(id, step: step, parameters: parameters,
                                                                             workshop: whole.keeping(reads)))
            switch (full, declared) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "\(id) over \(fixture)")
                succeeded += 1
            case (.failure(let a), .failure(let b)):
                #expect(a.message == b.message, "\(id) over \(fixture)")
            default:
                Issue.record("\(id) over \(fixture): \(full) with the whole workshop, \(declared) with the parts it reads")
            }
        }
        #expect(succeeded > 0, "\(id) ran over none of the fixtures")
    }

    @Test func keepingEmptiesThePartsNotNamed() throws {
        let whole = try FixtureWorkshop.load("dot-voting-six-voters")
        let kept = whole.keeping([.ballots])
        #expect(kept.ballots == whole.ballots && !kept.ballots.isEmpty)
        #expect(kept.info == whole.info && kept.agenda == whole.agenda)
        #expect(kept.items.isEmpty && kept.participants.isEmpty && kept.categories.isEmpty && kept.results.isEmpty)
    }
}
