import AtelierKit
import Foundation

/// What the sample workshop's people send from their phones in the live room's rehearsal: the vision
/// statements, then the dots of the same people, as the demo's files have them.
public struct DemoRehearsal: Sendable {
    /// A card one person writes.
    public struct Card: Sendable, Equatable {
        public var participant: String
        public var kind: ItemKind
        public var text: String
    }

    /// One dot one person places.
    public struct Dot: Sendable, Equatable {
        public var participant: String
        public var item: String
    }

    /// The vision statements that have an author.
    public let cards: [Card]
    /// The dots of the statements' authors.
    public let dots: [Dot]

    public init() throws {
        cards = try Self.rows("vision.csv").filter { !$0["author"]!.isEmpty }.map {
            Card(participant: $0["author"]!, kind: ItemKind(rawValue: $0["kind"]!)!, text: $0["text"]!)
        }
        let authors = Set(cards.map(\.participant))
        dots = try Self.rows("ballots.csv").filter { authors.contains($0["participant"]!) }.flatMap { row in
            Array(repeating: Dot(participant: row["participant"]!, item: row["item"]!), count: Int(row["dots"]!)!)
        }
    }

    /// A bundled file's records, each by column name.
    private static func rows(_ name: String) throws -> [[String: String]] {
        let table = ImportTable(try CSVTable(contentsOf: DemoWorkshop.dataFolder.appendingPathComponent(name), displayPath: name))
        return table.records.map { Dictionary(uniqueKeysWithValues: zip(table.header, $0.fields)) }
    }
}
