import Testing
@testable import AtelierKit

/// A parent's progress is the weighted mean of its children that report one, rolled up from the
/// deepest level, never their sum; an action without children keeps its own figure.
@Suite struct ProgressRollUpTests {
    func action(_ id: String, _ progress: Int?, parent: String? = nil, weight: Double = 1) -> Action {
        Action(id: id, title: id, carrier: .administration,
               followUp: FollowUp(progress: progress, parent: parent, weight: weight))
    }

    @Test func childrenWithoutProgressDoNotCountAndGrandchildrenRollUpFirst() {
        let rollUp = ProgressRollUp([
            action("P", 90),
            action("C1", 20, parent: "P", weight: 3),
            action("C2", nil, parent: "P"),
            action("C3", 10, parent: "P"),
            action("G1", 100, parent: "C3", weight: 0.5),
            action("G2", 40, parent: "C3", weight: 1.5),
            action("Q", nil),
        ])
        #expect(rollUp.figures["C3"]?.progress == 55, "(100 × 0.5 + 40 × 1.5) / 2, not its own 10")
        #expect(rollUp.figures["P"]?.progress == (20 * 3 + 55) / 4.0, "C2 reports nothing; P's own 90 gives way")
        #expect(rollUp.figures["P"]?.parts.map(\.action) == ["C1", "C3"])
        #expect(rollUp.explanation(of: "C3") == "55 % = (100 × 0.5 + 40 × 1.5) / 2 (G1, G2)")
        #expect(rollUp.explanation(of: "P") == "29 % = (20 × 3 + 55 × 1) / 4 (C1, C3)")
        #expect(rollUp.explanation(of: "C1") == "20 %")
        #expect(rollUp.explanation(of: "Q") == nil)
        #expect(rollUp.explanation(of: "C2") == nil)
    }
}
