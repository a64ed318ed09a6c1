import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs independent pieces of work on all processors: loading several documents reads and
/// extracts them side by side. Plain threads rather than Dispatch's pool, because each piece may
/// itself wait on `BackgroundWork`, which runs on that pool: a pool worker blocked in such a wait
/// could leave none to run what it waits for.
public enum ParallelWork {
    /// `work(0) … work(count - 1)`, in that order, computed on up to one thread per processor (this
    /// one included), each taking the next index when it is done with one.
    public static func map<Value: Sendable>(count: Int, _ work: @escaping @Sendable (Int) -> Value) -> [Value] {
        let threads = min(count, processorCount)
        guard threads > 1 else { return (0..<count).map(work) }
        let queue = Queue<Value>(count: count, work: work)
        var started: [pthread_t] = []
        for _ in 1..<threads {
            let context = Unmanaged.passRetained(ThreadBody { queue.drain() }).toOpaque()
            var thread = pthread_t()
            if pthread_create(&thread, nil, { context in
                guard let context else { return nil }
                Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue().run()
                return nil
            }, context) == 0 {
                started.append(thread)
            } else {
                Unmanaged<ThreadBody>.fromOpaque(context).release()
            }
        }
        queue.drain()
        for thread in started { pthread_join(thread, nil) }
        return queue.results()
    }

    /// What a started thread runs; a class, so that it can cross pthread_create as one pointer.
    private final class ThreadBody: Sendable {
        let run: @Sendable () -> Void

        init(_ run: @escaping @Sendable () -> Void) {
            self.run = run
        }
    }

    static var processorCount: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// The indices not yet taken and the values computed so far, shared by the threads.
    private final class Queue<Value: Sendable>: Sendable {
        private struct State {
            var next = 0
            var values: [Value?]
        }

        private let state: Mutex<State>
        private let count: Int
        private let work: @Sendable (Int) -> Value

        init(count: Int, work: @escaping @Sendable (Int) -> Value) {
            self.count = count
            self.work = work
            state = Mutex(State(values: Array(repeating: nil, count: count)))
        }

        func drain() {
            while true {
                let index = state.withLock { state in
                    defer { state.next += 1 }
                    return state.next
                }
                guard index < count else { return }
                let value = work(index)
                state.withLock { $0.values[index] = value }
            }
        }

        /// Every value, once all threads are done. Each index was computed exactly once; computing
        /// one here again would only happen if that were not so, and keeps the answer right.
        func results() -> [Value] {
            let values = state.withLock { $0.values }
            return values.indices.map { values[$0] ?? work($0) }
        }
    }
}
