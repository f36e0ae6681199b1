import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What to tidy up when `atelier` is interrupted (Ctrl-C, SIGTERM, SIGHUP): temporary files to remove,
/// a method module's process group to stop.
///
/// Work registers a cleanup before it leaves something behind and removes it once done. On one of
/// these signals every registered cleanup runs, newest first, and the process then ends by the same
/// signal, so its parent sees how it ended. A kill -9 runs nothing: see RELIABILITY.md for what it
/// leaves and how the next run repairs it.
public enum Interruption {
    /// Names one registered cleanup, to remove it.
    public struct Token: Hashable, Sendable {
        fileprivate let number: Int
    }

    /// The signals that run the cleanups.
    public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Registers `cleanup` to run if the process is interrupted before ``remove(_:)``.
    public static func onInterrupt(_ cleanup: @escaping @Sendable () -> Void) -> Token {
        registry.add(cleanup)
    }

    /// Forgets a cleanup: the work it tidied up is done.
    public static func remove(_ token: Token) {
        registry.remove(token)
    }

    /// Called before the process ends on its own: while an interruption is being handled, waits for
    /// it to end the process by its signal, so that work failing under a removed file never ends it
    /// with another status first.
    public static func awaitInterruption() {
        guard registry.isInterrupted else { return }
        while true { sleep(60) }
    }

    private static let registry = Registry()

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var cleanups: [(Int, @Sendable () -> Void)] = []
        private var next = 0
        private var sources: [any DispatchSourceSignal] = []
        private var interrupted = false

        var isInterrupted: Bool {
            lock.lock()
            defer { lock.unlock() }
            return interrupted
        }

        func add(_ cleanup: @escaping @Sendable () -> Void) -> Token {
            lock.lock()
            defer { lock.unlock() }
            if sources.isEmpty { install() }
            next += 1
            cleanups.append((next, cleanup))
            return Token(number: next)
        }

        func remove(_ token: Token) {
            lock.lock()
            defer { lock.unlock() }
            cleanups.removeAll { $0.0 == token.number }
        }

        /// Takes over the signals; called once, under the lock.
        private func install() {
            let queue = DispatchQueue(label: "atelier.interruption")
            for number in Interruption.signals {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [self] in interrupted(by: number) }
                source.resume()
                sources.append(source)
            }
        }

        private func interrupted(by number: Int32) {
            lock.lock()
            interrupted = true
            let pending = cleanups
            cleanups.removeAll()
            lock.unlock()
            for (_, cleanup) in pending.reversed() { cleanup() }
            signal(number, SIG_DFL)
            // This queue's thread blocks signals, as Dispatch's threads do: unblocked, it ends the process.
            var only = sigset_t()
            sigemptyset(&only)
            sigaddset(&only, number)
            pthread_sigmask(SIG_UNBLOCK, &only, nil)
            raise(number)
        }
    }
}
