import AtelierKit
import Crypto
import Foundation

/// A panel drawn: what was asked, from which inputs and seed, the members, the alternates and
/// everyone's selection probability. The same inputs, settings and seed give the same draw.
public struct PanelDraw: Sendable, Equatable, Codable {
    public var settings: DrawSettings
    /// The seed as given (the lottery numbers, say).
    public var seed: String
    /// The SHA-256 of the inputs and settings (``PanelInputs/hash(_:)``).
    public var inputsHash: String
    /// The members' ids, in pool order.
    public var panel: [String]
    public var alternates: [Alternate]
    /// Each respondent's probability of selection, in pool order: exact for the lotteries,
    /// estimated from ``legacyRuns`` draws for the legacy method.
    public var probabilities: [Double]
    /// How many panels the lottery has (the legacy method: how many draws estimated it).
    public var lotteryPanels: Int

    /// Draws the legacy method makes to estimate its selection probabilities.
    public static let legacyRuns = 1000

    /// Draws a panel.
    ///
    /// The seed is mixed with the inputs' hash (SHA-256 of both) into the state of a
    /// ``SplitMix64`` generator. The generator is Atelier's own, not the system's or the standard
    /// library's, so that the numbers, and so the panel, follow from the published seed alone, the
    /// same on every machine and with every version of Swift.
    /// - Throws: ``PanelError`` for seats or alternates out of range; ``ImportError`` when the quotas
    ///   cannot add up to the seats; ``PanelError`` when no panel meets them;
    ///   ``SolverError``.
    public static func make(_ inputs: PanelInputs, settings: DrawSettings, seed: String) throws -> PanelDraw {
        try inputs.check(settings)
        let problem = PanelProblem(pool: inputs.pool, quotas: inputs.quotas, seats: settings.seats)
        let hash = inputs.hash(settings)
        var generator = SplitMix64(state: seedState(hash: hash, seed: seed))
        let panel: [Int]
        let probabilities: [Double]
        let panels: Int
        switch settings.algorithm {
        case .legacy:
            guard let drawn = LegacyDraw.draw(problem, using: &generator) else { throw PanelError.legacyFailed(attempts: LegacyDraw.attempts) }
            panel = drawn
            probabilities = LegacyDraw.estimatedProbabilities(problem, runs: legacyRuns, using: &generator)
            panels = legacyRuns
        case .maximin, .leximin:
            let lottery = settings.algorithm == .maximin ? try FairLottery.maximin(problem) : try FairLottery.leximin(problem)
            panel = lottery.draw(problem, using: &generator)
            probabilities = lottery.selectionProbabilities(problem)
            panels = lottery.panels.count
        }
        let ids = inputs.pool.respondents.map(\.id)
        return PanelDraw(settings: settings, seed: seed, inputsHash: hash, panel: panel.map { ids[$0] },
                         alternates: Alternate.list(settings.alternates, panel: panel, problem: problem, ids: ids, using: &generator),
                         probabilities: probabilities, lotteryPanels: panels)
    }

    /// The generator's starting state: the first eight bytes of SHA-256(hash, line feed, seed).
    static func seedState(hash: String, seed: String) -> UInt64 {
        SHA256.hash(data: Data("\(hash)\n\(seed)".utf8)).prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }
}
