#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a producer (a parser) on its own thread and hands its output over in batches, so parsing one part of a
/// file overlaps with consuming the previous part (storing it, or writing it as RDF/XML): on a machine with two
/// cores the parse leaves the critical path.
///
/// Memory stays bounded: at most `depth` batches wait. An error thrown by the producer reaches the consumer after
/// the batches produced before it; an error thrown by the consumer stops the producer at its next batch.
///
/// Built on POSIX threads because KheshtGraph does without Foundation.
///
/// ```swift
/// try BatchPipeline<Quad>.run(produce: { emit in try reader.forEachQuad(emit) },
///                             consume: { quad in try store(quad) })
/// ```
public final class BatchPipeline<Item>: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var batches: [[Item]] = []
    private var finished = false
    private var producerError: Error?
    private var cancelled = false
    private let depth: Int
    private let batchSize: Int

    private init(depth: Int, batchSize: Int) {
        self.depth = depth
        self.batchSize = batchSize
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(changed, nil)
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(mutex)
        changed.deallocate()
        mutex.deallocate()
    }

    /// Calls `produce` on a new thread and `consume` on this one with each item, in order.
    ///
    /// - Throws: the producer's error (after everything before it was consumed) or the consumer's.
    public static func run(depth: Int = 4, batchSize: Int = 4096,
                           produce: @escaping @Sendable (_ emit: (Item) throws -> Void) throws -> Void,
                           consume: (Item) throws -> Void) throws {
        let pipeline = BatchPipeline<Item>(depth: depth, batchSize: batchSize)
        try pipeline.startProducer(produce)
        defer { pipeline.cancelAndWait() }
        while let batch = try pipeline.nextBatch() {
            for item in batch { try consume(item) }
        }
    }

    private func startProducer(_ produce: @escaping @Sendable (_ emit: (Item) throws -> Void) throws -> Void) throws {
        let pipeline = self
        try startThread(PipelineThreadStart { pipeline.produce(produce) })
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
            locked { producerError = error }
        }
        locked {
            finished = true
            pthread_cond_broadcast(changed)
        }
    }

    private struct Cancelled: Error {}

    private func push(_ batch: [Item]) throws {
        try locked {
            while batches.count >= depth && !cancelled { pthread_cond_wait(changed, mutex) }
            if cancelled { throw Cancelled() }
            batches.append(batch)
            pthread_cond_broadcast(changed)
        }
    }

    private func nextBatch() throws -> [Item]? {
        try locked {
            while batches.isEmpty && !finished { pthread_cond_wait(changed, mutex) }
            if !batches.isEmpty {
                pthread_cond_broadcast(changed)
                return batches.removeFirst()
            }
            if let producerError, !(producerError is Cancelled) { throw producerError }
            return nil
        }
    }

    /// Stops the producer (if still running) and waits until it has finished.
    private func cancelAndWait() {
        locked {
            cancelled = true
            pthread_cond_broadcast(changed)
            while !finished { pthread_cond_wait(changed, mutex) }
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}

/// What a new thread runs, carried through `pthread_create`'s context pointer.
private final class PipelineThreadStart: @unchecked Sendable {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}

/// Starts a detached thread with an 8 MiB stack (parsers recurse little, but Swift frames are large) running `start`.
private func startThread(_ start: PipelineThreadStart) throws {
    let context = Unmanaged.passRetained(start).toOpaque()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 8 << 20)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    #if canImport(Darwin)
    var thread: pthread_t?
    #else
    var thread = pthread_t()
    #endif
    let result = pthread_create(&thread, &attributes, { context in
        Unmanaged<PipelineThreadStart>.fromOpaque(context!).takeRetainedValue().body()
        return nil
    }, context)
    guard result == 0 else {
        Unmanaged<PipelineThreadStart>.fromOpaque(context).release()
        throw PipelineError(reason: String(cString: strerror(result)))
    }
}

/// The producer thread could not be started.
public struct PipelineError: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { "cannot start a parsing thread: \(reason)" }
}
