import AtelierKit
import Testing
@testable import AtelierPanel

/// The drawn panel as participants, and a panel file whose draw was changed by hand.
@Suite struct SeatingTests {
    static func panelFile() throws -> PanelFile {
        var file = PanelFile()
        file.quotas = try PanelCSVFixture.table(PanelCSVFixture.features, file: "features.csv")
        file.respondents = try PanelCSVFixture.table("""
            id,gender,age,name
            a,female,young,Anne
            b,male,old,Bart
            c,male,young,
            d,female,old,Dora
            """, file: "people.csv")
        let inputs = try file.inputs(display: "panel.json")
        file.draw = try PanelDraw.make(inputs, settings: DrawSettings(seats: 2, algorithm: .maximin, alternates: 1), seed: "9")
        return file
    }

    @Test func membersBecomeParticipantsWithTheirFeaturesAsAttributes() throws {
        let (draw, inputs) = try Self.panelFile().verifiedDraw(display: "panel.json")
        let participants = try PanelSeating.participants(draw, inputs: inputs, nameColumn: nil)
        #expect(participants.map(\.id) == draw.panel)
        for participant in participants {
            let respondent = inputs.pool.respondents.first { $0.id == participant.id }!
            #expect(participant.name == participant.id)
            #expect(participant.role == .participant)
            #expect(participant.attributes == ["gender": respondent.values[0], "age": respondent.values[1]])
        }
    }

    @Test func aNameColumnNamesThemAndAnEmptyNameIsRefused() throws {
        let (draw, inputs) = try Self.panelFile().verifiedDraw(display: "panel.json")
        #expect(throws: ImportError(file: "people.csv", line: 1, message: "no `nom` column (the names)")) {
            try PanelSeating.participants(draw, inputs: inputs, nameColumn: "nom")
        }
        var withC = draw
        withC.panel = ["a", "c"]
        #expect(throws: ImportError(file: "people.csv", line: 4, field: "name", message: "empty; `c` is on the panel and needs a name")) {
            try PanelSeating.participants(withC, inputs: inputs, nameColumn: "name")
        }
        var withoutC = draw
        withoutC.panel = ["b", "d"]
        #expect(try PanelSeating.participants(withoutC, inputs: inputs, nameColumn: "name").map(\.name) == ["Bart", "Dora"])
    }

    @Test func aDrawChangedInTheFileIsRefused() throws {
        var file = try Self.panelFile()
        file.draw!.panel = ["a", "b"] == file.draw!.panel ? ["b", "d"] : ["a", "b"]
        #expect(throws: PanelFile.FileError(file: "panel.json", message: "the draw it holds is not the one its inputs and seed give; draw again (or reveal again with the committed seed)")) {
            try file.verifiedDraw(display: "panel.json")
        }
        file.draw = nil
        #expect(throws: PanelFile.FileError(file: "panel.json", message: "no draw yet; run `atelier panel draw` or `atelier panel reveal` first")) {
            try file.verifiedDraw(display: "panel.json")
        }
    }
}
