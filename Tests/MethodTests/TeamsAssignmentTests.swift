import AtelierKit
import Testing
@testable import TeamsMethod

/// The assignment of teams to challenges is the best there is, checked against every assignment.
@Suite struct TeamsAssignmentTests {
    /// Every way of giving each team a challenge with at most `perChallenge` teams per challenge: the
    /// best total gain among those covering as many challenges as can be.
    static func bruteForce(_ gains: [[Int]], perChallenge: Int) -> (covered: Int, gain: Int) {
        let challenges = gains[0].count
        var best = (covered: -1, gain: -1)
        func visit(_ team: Int, _ taken: [Int], _ gain: Int) {
            guard team < gains.count else {
                let covered = taken.count { $0 > 0 }
                if covered > best.covered || (covered == best.covered && gain > best.gain) { best = (covered, gain) }
                return
            }
            for c in 0..<challenges where taken[c] < perChallenge {
                var next = taken
                next[c] += 1
                visit(team + 1, next, gain + gains[team][c])
            }
        }
        visit(0, [Int](repeating: 0, count: challenges), 0)
        return best
    }

    @Test(arguments: 1...40)
    func matchesTheBestAssignmentFoundByTryingThemAll(seed: Int) {
        var generator = SplitMix64(state: UInt64(seed))
        let teams = 1 + Int(generator.next() % 6)
        let perChallenge = 1 + Int(generator.next() % 2)
        let challenges = max((teams + perChallenge - 1) / perChallenge, 1 + Int(generator.next() % 5))
        let gains = (0..<teams).map { _ in (0..<challenges).map { _ in Int(generator.next() % 20) } }
        let assigned = ChallengeAssignment.assign(gains: gains, perChallenge: perChallenge)
        #expect(assigned.count == teams)
        #expect((0..<challenges).allSatisfy { c in assigned.count { $0 == c } <= perChallenge })
        let best = Self.bruteForce(gains, perChallenge: perChallenge)
        #expect(Set(assigned).count == best.covered)
        #expect(zip(gains, assigned).reduce(0) { $0 + $1.0[$1.1] } == best.gain)
    }

    @Test func coversEveryChallengeBeforeMeetingPreferences() {
        // Both teams prefer challenge 0 strongly; with two challenges each must still get one.
        #expect(Set(ChallengeAssignment.assign(gains: [[100, 0], [90, 0]], perChallenge: 2)) == [0, 1])
        // With more challenges than teams, the teams take the ones they prefer.
        #expect(ChallengeAssignment.assign(gains: [[0, 5, 1], [0, 1, 9]], perChallenge: 1) == [1, 2])
    }

    @Test func theSeededGeneratorGivesTheSameNumbersEverywhere() {
        var generator = SplitMix64(state: 1)
        // SplitMix64's first output from state 1, as the reference implementation gives it.
        #expect(generator.next() == 0x910A_2DEC_8902_5CC1)
    }
}
