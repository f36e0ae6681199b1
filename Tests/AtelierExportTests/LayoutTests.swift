@testable import AtelierExport
import Testing

/// Columns sized from what they hold: no word breaks inside, short columns stay short, the table
/// fills the page's width.
@Suite struct LayoutTests {
    static let centimetresPerPoint = 2.54 / 72

    @Test func everyColumnHoldsItsWidestWordAndTheTableFillsTheWidth() {
        var measure = TableLayout.Measure(header: ["Rang", "Élément", "Faisabilité", "État d'avancement"])
        measure.add(["12", String(repeating: "Une proposition assez longue ", count: 6), "4,25", "30\u{00A0}septembre\u{00A0}2027"])
        let layout = TableLayout.fitted(name: "T", needs: measure.needs, width: 17)
        #expect(abs(layout.shares.reduce(0, +) - 17) < 0.001)
        for (share, need) in zip(layout.shares, measure.needs) {
            #expect(share >= need.word * Self.centimetresPerPoint, "a word would break: \(share) cm")
        }
        #expect(layout.shares[1] == layout.shares.max(), "the long text takes what the others leave")
        #expect(layout.shares[3] >= measure.needs[3].word * Self.centimetresPerPoint, "the date stays on one line")
    }

    @Test func aTableThatFitsOnOneLineKeepsItsProportions() {
        var measure = TableLayout.Measure(header: ["A", "Bb"])
        measure.add(["x", "yyyy"])
        let layout = TableLayout.fitted(name: "T", needs: measure.needs, width: 10)
        #expect(layout.shares[0] < layout.shares[1] && abs(layout.shares.reduce(0, +) - 10) < 0.001)
    }

    @Test func workbookColumnsWidenToTheirHeader() {
        #expect(SheetWriter.Column(header: "Rang", width: .narrow).width == .narrow)
        #expect(SheetWriter.Column(header: "Gommettes", width: .narrow).width == .short)
        #expect(SheetWriter.Column(header: "Federführender Dienst", width: .medium).width == .wide, "German needs more room")
        #expect(SheetWriter.Column(header: "Titre", width: .wide).width == .wide, "never narrower than asked")
    }
}
