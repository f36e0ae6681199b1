import Testing
@testable import AtelierKit

@Suite struct LineTableTests {
    @Test func givesBackTheLineNotedBeforeForTheSameKeyAcrossGrowth() {
        var table = LineTable()
        var model: [UInt64: Int32] = [:]
        var random = SystemRandomNumberGenerator()
        for line in 1...50_000 {
            // Few distinct keys near zero, the largest key, and keys spread over all 63 bits.
            let key: UInt64 = switch line % 3 {
            case 0: UInt64(line % 700)
            case 1: LineTable.maxKey - UInt64(line % 5)
            default: random.next() & LineTable.maxKey
            }
            #expect(table.updateValue(Int32(line), forKey: key) == model.updateValue(Int32(line), forKey: key))
        }
        #expect(table.count == model.count)
    }

    @Test func reservingKeepsWhatIsThere() {
        var table = LineTable()
        for key in 0..<100 as Range<UInt64> { _ = table.updateValue(Int32(key), forKey: key * 7919) }
        table.reserveCapacity(1_000_000)
        for key in 0..<100 as Range<UInt64> { #expect(table.updateValue(0, forKey: key * 7919) == Int32(key)) }
        #expect(table.count == 100)
    }

    /// A plenary scoring every item on four criteria gives keys that differ only in their low bits:
    /// probing must stay short (a table that keeps such keys together takes minutes here).
    @Test(.timeLimit(.minutes(1)))
    func denseRunsOfNearbyKeysStayCheap() {
        var table = LineTable()
        for criterion in 0..<4 as Range<UInt64> {
            for item in 0..<100_000 as Range<UInt64> {
                #expect(table.updateValue(1, forKey: criterion << 20 | item) == nil)
            }
        }
        #expect(table.count == 400_000)
        #expect(table.updateValue(2, forKey: 3 << 20 | 99_999) == 1)
    }
}
