import Foundation
import Testing
@testable import AtelierKit

@Suite struct ModelTests {
    @Test func horizonParsesTheThreePrecisions() throws {
        #expect(Horizon("2027")?.description == "2027")
        #expect(Horizon("2027-06")?.lastDay == CalendarDate(year: 2027, month: 6, day: 30))
        #expect(Horizon("2028-02-29")?.isDay == true)
        #expect(Horizon("2027-02-29") == nil)
        #expect(Horizon("27") == nil)
        #expect(Horizon("2027-13") == nil)
    }

    @Test func carrierReadsLocalisedLabels() {
        #expect(Carrier(parsing: "gouvernement") == .government)
        #expect(Carrier(parsing: " Administratie ") == .administration)
        #expect(Carrier(parsing: "Région wallonne") == .other("Région wallonne"))
        #expect(Carrier(parsing: "  ") == nil)
    }

    @Test func statusReadsLocalisedLabels() {
        #expect(ActionStatus(parsing: "not started") == .notStarted)
        #expect(ActionStatus(parsing: "Terminé") == .completed)
        #expect(ActionStatus(parsing: "beperkt") == .limited)
        #expect(ActionStatus(parsing: "half") == nil)
    }

    @Test func actionDecodesWithOnlyRequiredFields() throws {
        let json = #"{"id":"A1","title":"Ouvrir les données","carrier":{"kind":"government"}}"#
        let action = try JSONDecoder().decode(Action.self, from: Data(json.utf8))
        #expect(action.carrier == .government)
        #expect(action.status == .notStarted)
        #expect(action.partners.isEmpty)
    }

    @Test func changeSetRoundTripsThroughJSON() throws {
        var changes = ChangeSet()
        changes.items.upsert = [Item(id: "i1", text: "L'accueil « guichet »", kind: .strength)]
        changes.ballots = [Ballot(participant: "p1", item: "i1", dots: 2)]
        let data = try JSONEncoder().encode(changes)
        #expect(try JSONDecoder().decode(ChangeSet.self, from: data) == changes)
        #expect(changes.writtenParts == [.items, .ballots])
    }
}
