import AtelierKit

/// The parameters of one action-plan run, read from the request and checked.
struct PlanSettings {
    /// Which earlier result gives the proposals when no step is named.
    enum Source: String, CaseIterable {
        /// The latest dot-voting result.
        case vote
        /// The latest prioritisation-matrix result.
        case matrix

        /// The registry id of the method whose result this source reads.
        var method: String {
            switch self {
            case .vote: "dot-voting"
            case .matrix: "prioritisation-matrix"
            }
        }
    }

    var source: Source
    /// The result of `from_step`, when given.
    var fromStep: StepResult?
    var top: Int?
    var carrier: Carrier
    var carriers: Assignments
    var owner: String
    var owners: Assignments
    var partners: Assignments
    var horizon: Horizon?
    var horizons: Assignments
    /// Groups of proposal ids to merge into one action each, in the order written.
    var merge: [[String]]
    /// Proposal ids to split into one action per line of their text.
    var split: [String]

    init(_ request: MethodRequest) throws {
        let workshop = request.workshop
        source = try request.choice("source", as: Source.self)
        fromStep = try request.earlierResult("from_step")
        top = request.optional("top")?.intValue
        if let top, top < 1 { throw MethodError("parameter top is \(top); keep at least one proposal") }
        let carrierText = try request.string("carrier")
        guard let carrier = Carrier(parsing: carrierText) else {
            throw MethodError(
                "parameter carrier is empty: every action needs a carrier — administration, government or the "
                    + "name of another body")
        }
        self.carrier = carrier
        carriers = try Assignments("carriers", lines: request.list("carriers"), workshop: workshop)
        for (key, value) in carriers.all where Carrier(parsing: value) == nil {
            throw MethodError(
                "parameter carriers gives '\(key)' no carrier; name the administration, the government or "
                    + "another body after the =")
        }
        owner = request.optional("owner")?.stringValue?.trimmingSpaces ?? ""
        owners = try Assignments("owners", lines: request.list("owners"), workshop: workshop)
        partners = try Assignments("partners", lines: request.list("partners"), workshop: workshop)
        horizon = try Self.horizon(request.optional("horizon")?.stringValue, "parameter horizon")
        horizons = try Assignments("horizons", lines: request.list("horizons"), workshop: workshop)
        for (key, value) in horizons.all { _ = try Self.horizon(value, "parameter horizons, '\(key)'") }
        merge = try request.list("merge").map { line in
            let ids = line.split(separator: "+").map(\.trimmingSpaces)
            guard ids.count >= 2, !ids.contains(where: \.isEmpty) else {
                throw MethodError(
                    "parameter merge: '\(line)' does not name two proposals or more; write them joined by +, "
                        + "for example P3+P7")
            }
            return ids
        }
        split = try request.list("split").map(\.trimmingSpaces)
        try checkMergeAndSplit()
    }

    private static func horizon(_ text: String?, _ place: String) throws -> Horizon? {
        guard let text = text?.trimmingSpaces, !text.isEmpty else { return nil }
        guard let horizon = Horizon(text) else {
            throw MethodError("\(place): '\(text)' is not a horizon; write a year, a month or a day (2027, 2027-06, 2027-06-30)")
        }
        return horizon
    }

    private func checkMergeAndSplit() throws {
        var merged = Set<String>()
        for group in merge {
            for id in group where !merged.insert(id).inserted {
                throw MethodError("parameter merge names proposal '\(id)' twice; a proposal joins one action only")
            }
        }
        var splitOnce = Set<String>()
        for id in split {
            guard splitOnce.insert(id).inserted else { throw MethodError("parameter split names proposal '\(id)' twice") }
            guard !merged.contains(id) else {
                throw MethodError("proposal '\(id)' is both merged and split; choose one of the two")
            }
        }
    }

    /// The value set for an action's field: the mapping line that applies, else the default.
    func horizon(for proposals: [Item]) -> Horizon? {
        horizons.value(for: proposals).flatMap { Horizon($0.trimmingSpaces) } ?? horizon
    }
}
