@testable import AtelierExport
import AtelierKit
import Foundation
import Testing

/// The charts cannot mislead: markers stay in their quadrant, bar labels fit, ties at the last bar
/// are drawn or named, selected items are marked.
@Suite struct ChartTests {
    static let plot = (left: 90.0, top: 30.0, right: 770.0, bottom: 510.0)

    /// Points crowded on and around both midlines, many at the same place.
    static let crowded: [(rank: Int, x: Double, y: Double)] = (0..<60).map { index in
        let dx = Double(index % 7 - 3) * 3, dy = Double(index % 5 - 2) * 3
        return (rank: index + 1, x: 430 + dx, y: 270 + dy)
    }

    @Test func markersNeverLeaveTheQuadrantOfTheirItems() {
        let markers = ScatterChart.markers(Self.crowded, plot: Self.plot, midX: 430, midY: 270)
        #expect(markers.flatMap(\.ranks).sorted() == Array(1...60), "every item on exactly one marker")
        for marker in markers {
            for rank in marker.ranks {
                let point = Self.crowded[rank - 1]
                #expect((point.x >= 430) == marker.quadrant.right && (point.y <= 270) == marker.quadrant.top)
            }
            let half = marker.width / 2
            let (left, right) = marker.quadrant.right ? (430.0, Self.plot.right) : (Self.plot.left, 430.0)
            let (top, bottom) = marker.quadrant.top ? (Self.plot.top, 270.0) : (270.0, Self.plot.bottom)
            #expect(marker.x - half > left && marker.x + half < right, "marker \(marker.ranks) crosses a vertical line")
            #expect(marker.y - 14 > top && marker.y + 14 < bottom, "marker \(marker.ranks) crosses a horizontal line")
        }
    }

    @Test func overlappingMarkersOfOneQuadrantAreMergedAndOthersKeptApart() {
        let points = [(rank: 1, x: 600.0, y: 100.0), (rank: 2, x: 605.0, y: 102.0), (rank: 3, x: 700.0, y: 400.0)]
        let markers = ScatterChart.markers(points, plot: Self.plot, midX: 430, midY: 270)
        #expect(markers.map(\.ranks) == [[1, 2], [3]])
        #expect(markers[0].label(key: "A") == "1,2")
        let many = (1...5).map { (rank: $0, x: 600.0, y: 100.0) }
        #expect(ScatterChart.markers(many, plot: Self.plot, midX: 430, midY: 270).map { $0.label(key: "A") } == ["A"])
    }

    @Test func labelsAreCutByMeasuredWidth() {
        let narrow = String(repeating: "i", count: 100), wide = String(repeating: "W", count: 60)
        let keptNarrow = TextWidth.fitted(narrow, width: 300, size: 15)
        let keptWide = TextWidth.fitted(wide, width: 300, size: 15)
        #expect(keptNarrow.hasSuffix("…") && keptWide.hasSuffix("…"))
        #expect(keptNarrow.count > 2 * keptWide.count, "narrow letters fit more of them")
        #expect(TextWidth.of(keptWide, size: 15) <= 300 && TextWidth.of(keptNarrow, size: 15) <= 300)
        #expect(TextWidth.fitted("Court", width: 300, size: 15) == "Court")
    }

    /// A ranking of `count` entries: ranks 1 to 6, then everyone tied at rank 7; the first three selected.
    static func ranking(_ count: Int) -> ResultSection {
        let entries = (1...count).map { index in
            let rank = min(index, 7)
            return ResultEntry(item: "i\(index)", rank: rank, value: Double(max(1, 10 - rank)),
                               flags: (index <= 3 ? ["selected"] : []) + (rank == 7 ? ["tie"] : []))
        }
        let result = StepResult(step: "vote", method: "dot-voting", summary: "", entries: entries)
        let presentation = ResultPresentation(shape: .ranking)
        return ResultSection(title: "Vote", result: result, presentation: presentation,
                             workshop: Workshop(info: WorkshopInfo(title: "W")), language: .en)
    }

    @Test func aTieAtTheLastBarIsDrawnWholeOrNamed() throws {
        let small = RankingChart.bars(Self.ranking(20), itemText: [:])
        #expect(small.bars.count == 20 && small.tiedLeftOut == 0, "14 tied at rank 7 fit within the allowance")
        let large = RankingChart.bars(Self.ranking(40), itemText: [:])
        #expect(large.bars.count == RankingChart.maximumBars && large.tiedLeftOut == 25)
        let picture = try #require(try RankingChart.picture(Self.ranking(40), path: "Pictures/r.svg", itemText: [:], labels: Labels(.en)))
        let svg = String(decoding: picture.data, as: UTF8.self)
        #expect(svg.contains("and 25 more tied at rank 7"))
        #expect(picture.description.contains("and 25 more tied at rank 7"))
        #expect(picture.description.contains("Leading: 1. i1 (9); 2. i2 (8); 3. i3 (7)."))
    }

    @Test func selectedBarsAreMarkedAndExplained() throws {
        let picture = try #require(try RankingChart.picture(Self.ranking(10), path: "Pictures/r.svg", itemText: [:], labels: Labels(.en)))
        let svg = String(decoding: picture.data, as: UTF8.self)
        #expect(svg.components(separatedBy: "fill=\"\(RankingChart.selectedFill)\"").count - 1 == 3 + 1, "three bars and the legend")
        #expect(svg.components(separatedBy: "fill=\"\(RankingChart.otherFill)\"").count - 1 == 7 + 1)
        #expect(svg.contains(">Selected</text>"))
    }
}
