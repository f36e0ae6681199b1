import Testing
@testable import AtelierKit

@Suite struct IDIndexTests {
    @Test func numbersIdsInTheOrderTheyCameAndFindsThemAgain() {
        var index = IDIndex()
        var model: [String: Int] = [:]
        let ids = (0..<20_000).map { n in
            // Short ids, long ones (stored apart from the string), non-ASCII ones, repeats and the empty id.
            switch n % 5 {
            case 0: "p\(n)"
            case 1: "participant-de-la-consultation-\(n)"
            case 2: "élu·e « \(n % 300) »"
            case 3: ""
            default: "P\(n % 500)"
            }
        }
        for id in ids {
            let expected = model[id].map { (false, $0) } ?? (true, model.count)
            if model[id] == nil { model[id] = model.count }
            let result = index.insert(id)
            #expect(result.inserted == expected.0 && result.number == expected.1, "\(id)")
        }
        #expect(index.count == model.count)
        for (id, number) in model { #expect(index.number(of: id) == number) }
        #expect(index.ids.enumerated().allSatisfy { model[$0.element] == $0.offset })
        #expect(index.number(of: "absent") == nil)
        #expect(index.number(of: "p1") == nil)
    }

    @Test func keepsTheFirstNumberOfARepeatedId() {
        let index = IDIndex(["a", "b", "a", "c"])
        #expect(index.ids == ["a", "b", "c"])
        #expect(index.number(of: "c") == 2)
    }
}

@Suite struct IDFinderTests {
    @Test func findsIdsInOrderOutOfOrderAndAddedOnes() {
        var finder = IDFinder((0..<1_000).map { "p\($0)" })
        #expect((0..<1_000).map { finder.position(of: "p\($0)") } == Array(0..<1_000))
        #expect(finder.position(of: "p500") == 500)
        #expect(finder.position(of: "p501") == 501)
        #expect(finder.position(of: "p7") == 7)
        #expect(finder.position(of: "absent") == nil)
        #expect(finder.position(of: "p8") == 8)
        #expect(finder.insert("new") == 1_000)
        #expect(finder.insert("p3") == 3)
        #expect(finder.position(of: "new") == 1_000)
        #expect(finder.ids.count == 1_001)
    }

    @Test func anIdAddedBeforeAnyLookUpIsFoundAfterOne() {
        var finder = IDFinder(["a", "b"])
        #expect(finder.insert("c") == 2)
        #expect(finder.position(of: "b") == 1)
        #expect(finder.position(of: "c") == 2)
        #expect(finder.position(of: "a") == 0)
    }
}
