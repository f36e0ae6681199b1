import Testing
@testable import AtelierPanel

/// The fair lotteries on pools small enough to work out by hand.
@Suite struct FairLotteryTests {
    /// Five people, two seats, one woman and one young person on the panel: the feasible panels are
    /// {0, 3}, {4, 3} and {1, 2}; the best lottery gives each of them 1/3, so persons 0, 1, 2 and 4
    /// get 1/3 and person 3 gets 2/3.
    static let crossed = PanelProblem(people: 5, seats: 2, quotas: [
        .init(min: 1, max: 1, members: [0, 1, 4]),  // female
        .init(min: 1, max: 1, members: [0, 2, 4]),  // young
    ])

    @Test func maximinReachesTheHandWorkedOptimum() throws {
        let lottery = try FairLottery.maximin(Self.crossed)
        let probabilities = lottery.selectionProbabilities(Self.crossed)
        #expect(abs(probabilities.min()! - 1.0 / 3) < 1e-9)
        #expect(abs(probabilities[3] - 2.0 / 3) < 1e-9)
        #expect(abs(lottery.probabilities.reduce(0, +) - 1) < 1e-9)
    }

    @Test func leximinGivesEveryoneTheirHandWorkedShare() throws {
        let probabilities = try FairLottery.leximin(Self.crossed).selectionProbabilities(Self.crossed)
        for (person, expected) in [1.0 / 3, 1.0 / 3, 1.0 / 3, 2.0 / 3, 1.0 / 3].enumerated() {
            #expect(abs(probabilities[person] - expected) < 1e-7, "person \(person)")
        }
    }

    @Test func noPanelMeetingTheQuotasIsAnError() {
        let problem = PanelProblem(people: 3, seats: 2, quotas: [.init(min: 2, max: 2, members: [0])])
        #expect(throws: PanelError.infeasible(seats: 2)) { try FairLottery.maximin(problem) }
    }
}
