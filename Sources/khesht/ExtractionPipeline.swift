import Foundation
import KheshtIngest

/// Reads and extracts article files on a second thread while the caller stores the articles of earlier files.
///
/// Why: extraction is a pure function of the article (`Extractor` holds only loaded schema data) and takes about half
/// of ingest's CPU; the store's writes and the name resolver take the other half and must stay in file order on one
/// thread. With two cores the two halves overlap, so wall time drops while the CPU time per article stays the same
/// (a little more for the hand-over). Files come out in the order given, each with its articles and their
/// extractions or the error reading it, so what is stored, printed and counted is exactly what the one-thread loop
/// does. At most `capacity` files wait, so memory stays flat whatever the corpus size.
final class ExtractionPipeline: @unchecked Sendable {
    /// One file as the extraction thread left it.
    struct FileResult {
        let file: String
        let outcome: Result<[(article: Article, result: ExtractionResult)], any Error>
    }

    private let condition = NSCondition()
    private var ready: [FileResult] = []
    private var head = 0
    private let capacity: Int

    /// Starts extracting `files` in order on a new thread.
    init(files: [String], reader: ArticleReader, extractor: Extractor, capacity: Int = 8) {
        self.capacity = capacity
        let thread = Thread { [self] in
            for file in files {
                let outcome = Result<[(article: Article, result: ExtractionResult)], any Error> {
                    try reader.read(contentsOf: URL(fileURLWithPath: file)).map { ($0, extractor.extract($0)) }
                }
                put(FileResult(file: file, outcome: outcome))
            }
        }
        thread.stackSize = 8 << 20      // extraction recurses (rule matching) as deep as on the main thread
        thread.start()
    }

    private func put(_ item: FileResult) {
        condition.lock()
        while ready.count - head >= capacity { condition.wait() }
        ready.append(item)
        condition.broadcast()
        condition.unlock()
    }

    /// The next file's result, waiting for it if it is not extracted yet. Call once per file given, in order.
    func next() -> FileResult {
        condition.lock()
        defer { condition.unlock() }
        while head == ready.count { condition.wait() }
        let item = ready[head]
        head += 1
        if head == ready.count {
            ready.removeAll(keepingCapacity: true)
            head = 0
        }
        condition.broadcast()
        return item
    }
}
