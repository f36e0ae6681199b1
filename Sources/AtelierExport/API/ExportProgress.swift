/// Counts actions written across an export and reports them to a callback now and then.
///
/// Exporters call ``advance()`` once per action they write; the callback hears `(done, total)` every
/// ``step`` actions and at the end of each document, so a terminal can show progress without the
/// callback slowing the export down.
public final class ExportProgress {
    /// Actions written so far, over all documents.
    public private(set) var done = 0
    /// Actions the whole export will write (one pass per document that lists actions).
    public let total: Int
    /// How many actions pass between two reports.
    public let step: Int
    private let report: ((Int, Int) -> Void)?

    /// Creates a counter.
    /// - Parameters:
    ///   - total: The number of action rows the export will write in all.
    ///   - step: Report every `step` actions.
    ///   - report: Hears `(done, total)`.
    public init(total: Int = 0, step: Int = 1000, report: ((Int, Int) -> Void)? = nil) {
        self.total = total
        self.step = max(1, step)
        self.report = report
    }

    /// Counts one action written.
    @inline(__always)
    public func advance() {
        done += 1
        if done % step == 0 { report?(done, total) }
    }

    /// Reports the current count (at the end of a document).
    public func flush() {
        report?(done, total)
    }
}
