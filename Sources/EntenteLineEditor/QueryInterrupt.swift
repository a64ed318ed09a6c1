#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Ctrl-C while a statement runs. The line editor turns ISIG off only while a line is edited, so
/// a Ctrl-C typed during a query is a real SIGINT; its handler sets a flag that the evaluator polls
/// (`Session.isCancelled`), and the query stops with "query cancelled" while the session lives on.
public enum QueryInterrupt {
    private static let requested = Atomic<Bool>(false)

    /// Installs the SIGINT handler. Setting an atomic flag is all it does: async-signal-safe.
    public static func install() {
        // Touch the flag first, so the handler never runs its lazy initialisation.
        requested.store(false, ordering: .relaxed)
        signal(SIGINT, { _ in QueryInterrupt.requested.store(true, ordering: .relaxed) })
    }

    /// Forgets an earlier Ctrl-C: call before each statement.
    public static func reset() {
        requested.store(false, ordering: .relaxed)
    }

    public static var isRequested: Bool {
        requested.load(ordering: .relaxed)
    }

    /// The poll to hand to the session. `slowMilliseconds` is a test hook (the environment variable
    /// `ENTENTE_TEST_SLOW_QUERY_MS`, read by the executable): each poll then waits that long, in
    /// short steps that end early on Ctrl-C, so a test can interrupt a query that would otherwise
    /// be over in microseconds. Zero, the normal case, polls without waiting.
    public static func poll(slowMilliseconds: Int = 0) -> @Sendable () -> Bool {
        guard slowMilliseconds > 0 else { return { QueryInterrupt.isRequested } }
        return {
            var waited = 0
            while waited < slowMilliseconds, !QueryInterrupt.isRequested {
                usleep(10_000)
                waited += 10
            }
            return QueryInterrupt.isRequested
        }
    }
}
