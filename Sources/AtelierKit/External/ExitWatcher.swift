import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Learns how a child ended as soon as it does, without reaping it, so `Process` can still reap it.
///
/// Foundation on Linux notices a child's end only once every process holding a socket it gives the
/// child has exited: a helper the child left running keeps it open, and one that left the child's
/// process group cannot be stopped with it. `waitid` with `WNOWAIT` sees the child's own exit at once
/// and leaves it waitable.
final class ExitWatcher: @unchecked Sendable {
    private let exited = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var seen: ChildOutcome.Ending?

    /// Starts watching `pid`, a child of this process.
    init(pid: pid_t) {
        Thread.detachNewThread { [self] in
            var info = siginfo_t()
            var result: Int32
            repeat {
                result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT)
            } while result == -1 && errno == EINTR
            if result == 0 { lock.withLock { seen = Self.ending(info) } }
            exited.signal()
        }
    }

    /// Waits until the child has exited, or `deadline` has passed; true when it has exited.
    func wait(until deadline: DispatchTime) -> Bool {
        guard exited.wait(timeout: deadline) == .success else { return false }
        exited.signal()
        return true
    }

    /// How the child ended, once ``wait(until:)`` said it has; nil when `Process` reaped it before it
    /// could be watched (its own figures are then final).
    var ending: ChildOutcome.Ending? { lock.withLock { seen } }

    private static func ending(_ info: siginfo_t) -> ChildOutcome.Ending {
        #if os(Linux)
        let status = info._sifields._sigchld.si_status
        #else
        let status = info.si_status
        #endif
        return info.si_code == Int32(CLD_EXITED) ? .exited(status) : .signalled(status)
    }
}
