import Dispatch

/// Work started on another thread while the caller goes on with its own; `result()` waits for it.
/// Loading uses the machine's second core this way: hashing while reading, commitments while the
/// other facts are extracted.
public struct BackgroundWork<Value: Sendable>: Sendable {
    /// Where the worker leaves its value: written once by the worker before `group` is left, read
    /// only after waiting on it.
    private final class Slot: @unchecked Sendable {
        var value: Value?
    }

    private let slot = Slot()
    private let group = DispatchGroup()
    private let work: @Sendable () -> Value

    public init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        let slot = self.slot
        DispatchQueue.global().async(group: group) { slot.value = work() }
    }

    /// The worker's value, waiting for it if it has not finished.
    public func result() -> Value {
        group.wait()
        // The worker always sets the value before leaving the group; doing the work here instead
        // keeps the answer right without a force-unwrap.
        return slot.value ?? work()
    }
}
