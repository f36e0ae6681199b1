import Dispatch

extension Array where Element: Sendable {
    /// The transform of every element, in order, the elements shared out over the machine's cores.
    ///
    /// For a few large independent pieces of work (the halves of a million-row file, two kinds of
    /// checks): each element is one task.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
        defer { slots.deallocate() }
        let base = SendablePointer(slots.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            (base.pointer + index).initialize(to: transform(self[index]))
        }
        let results = Array<T>(slots)
        _ = slots.deinitialize()
        return results
    }
}

/// A pointer tasks write disjoint slots through.
private struct SendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>

    init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}
