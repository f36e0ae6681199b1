import Foundation

/// A generated democratic-innovation hackathon: people with a service, a gender, a language and an
/// age band, twelve challenges, and three ranked choices each skewed toward a few popular challenges.
///
/// The shares follow a federal or regional hackathon in Belgium as its organisers describe it: eight
/// services of unequal size (the largest a quarter of the room, the smallest one person in thirty),
/// citizens as one more "service", 1 in 10 an expert; about as many women as men, 2 % another gender;
/// 55 % French-speaking, 35 % Dutch-speaking, 5 % German-speaking, 5 % English; four age bands. The
/// list is sorted by service, as the registration export a facilitator receives usually is, so cutting
/// it in list order shows what happens when nobody mixes the teams. Each person ranks 3 of the 12
/// challenges, challenge k drawn with weight 1 / k: the first three take half the first choices.
enum GeneratedHackathon {
    static let challenges = 12
    static let services: [(name: String, weight: Int)] = [
        ("finances", 25), ("mobilite", 18), ("sante", 14), ("emploi", 12), ("numerique", 10), ("environnement", 8),
        ("citoyens", 10), ("cabinet", 3),
    ]
    static let genders: [(String, Int)] = [("f", 49), ("m", 49), ("x", 2)]
    static let languages: [(String, Int)] = [("fr", 55), ("nl", 35), ("de", 5), ("en", 5)]
    static let ageBands: [(String, Int)] = [("18-29", 20), ("30-44", 35), ("45-59", 32), ("60+", 13)]

    /// The columns of the participants file: `atelier import participants` keeps the last four as attributes.
    static let participantHeader = ["id", "name", "role", "service", "gender", "language", "age_band"]

    /// One person, before sorting by service: id, name, role and the four attributes.
    static func person(_ index: Int) -> [String] {
        var random = SeededRandom(stream: 18, index: index)
        return ["h\(index)", "Personne \(index)", random.oneIn(10) ? "expert" : "participant",
                weighted(services.map { ($0.name, $0.weight) }, &random), weighted(genders, &random),
                weighted(languages, &random), weighted(ageBands, &random)]
    }

    /// Three distinct challenges (`c1` … `c12`) in order of preference, challenge k with weight 1 / k.
    static func choices(_ index: Int) -> [String] {
        var random = SeededRandom(stream: 19, index: index)
        var left = Array(1...challenges)
        var chosen: [String] = []
        while chosen.count < 3 {
            let weights = left.map { 27_720 / $0 }  // 27,720 is divisible by 1 … 12: whole weights 1 / k.
            var draw = random.below(weights.reduce(0, +))
            let position = weights.firstIndex { draw -= $0; return draw < 0 }!
            chosen.append("c\(left.remove(at: position))")
        }
        return chosen
    }

    /// Writes `participants.csv` (sorted by service), `challenges.csv` and `preferences.csv` into `folder`.
    static func write(people count: Int, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let order = services.map(\.name)
        let people = (1...count).map(person).enumerated()
            .sorted { (order.firstIndex(of: $0.element[3])!, $0.offset) < (order.firstIndex(of: $1.element[3])!, $1.offset) }
            .map(\.element)
        try CSVFile.write(path: "\(folder)/participants.csv", header: participantHeader, rows: count) { people[$0 - 1] }
        try CSVFile.write(path: "\(folder)/challenges.csv", header: ["id", "text", "kind"], rows: challenges) {
            ["c\($0)", "Défi \($0)", "challenge"]
        }
        let preferences = try CSVFile(path: "\(folder)/preferences.csv", header: ["participant", "challenge", "rank"])
        for person in people {
            let index = Int(person[0].dropFirst())!
            for (rank, challenge) in choices(index).enumerated() { try preferences.write([person[0], challenge, "\(rank + 1)"]) }
        }
        try preferences.close()
    }

    private static func weighted(_ values: [(String, Int)], _ random: inout SeededRandom) -> String {
        var draw = random.below(values.reduce(0) { $0 + $1.1 })
        return values.first { draw -= $0.1; return draw < 0 }!.0
    }
}
