import Foundation
/// Runs a producer (a parser) on its own thread and hands its output over in batches, so parsing one part
/// of a file overlaps with storing the previous part: on a machine with two cores the parse leaves the critical path.
///
/// Memory stays bounded: at most `depth` batches wait. An error thrown by the producer reaches the consumer after
/// the batches produced before it; an error thrown by the consumer stops the producer at its next batch.
final class BatchPipeline<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[Item]] = []
    private var finished = false
    private var producerError: Error?
    private var cancelled = false
    private let depth: Int
    private let batchSize: Int

    init(depth: Int = 4, batchSize: Int = 4096) {
        self.depth = depth
        self.batchSize = batchSize
    }

    /// Calls `produce` on a new thread and `consume` on this one with each item, in order.
    ///
    /// - Throws: the producer's error (after everything before it was consumed) or the consumer's.
    static func run(produce: @escaping @Sendable (_ emit: (Item) throws -> Void) throws -> Void,
                    consume: (Item) throws -> Void) throws {
        let pipeline = BatchPipeline<Item>()
        let thread = Thread { pipeline.produce(produce) }
        thread.stackSize = 8 << 20
        thread.start()
        defer { pipeline.cancelAndWait() }
        while let batch = try pipeline.nextBatch() {
            for item in batch { try consume(item) }
        }
    }

    private func produce(_ produce: (_ emit: (Item) throws -> Void) throws -> Void) {
        var batch: [Item] = []
        batch.reserveCapacity(batchSize)
        do {
            try produce { item in
                batch.append(item)
                if batch.count == batchSize {
                    try push(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try push(batch) }
        } catch {
            condition.lock()
            producerError = error
            condition.unlock()
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    private struct Cancelled: Error {}

    private func push(_ batch: [Item]) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= depth && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        batches.append(batch)
        condition.broadcast()
    }

    private func nextBatch() throws -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let producerError, !(producerError is Cancelled) { throw producerError }
        return nil
    }

    /// Stops the producer (if still running) and waits until it has finished.
    private func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
