import EntenteReading
import Synchronization
import Testing

@Suite struct ParallelWorkTests {
    @Test(arguments: [0, 1, 2, 3, 17, 500])
    func everyIndexIsComputedOnceAndReturnedInOrder(count: Int) {
        let calls = Mutex<[Int]>([])
        let values = ParallelWork.map(count: count) { index in
            calls.withLock { $0.append(index) }
            return index * index
        }
        #expect(values == (0..<count).map { $0 * $0 })
        #expect(calls.withLock { $0.sorted() } == Array(0..<count))
    }

    /// Pieces that wait on background work of their own, as a document's load waits for its hash.
    @Test func piecesMayWaitOnBackgroundWork() {
        let values = ParallelWork.map(count: 64) { index in
            BackgroundWork { index + 1 }.result()
        }
        #expect(values == Array(1...64))
    }
}
