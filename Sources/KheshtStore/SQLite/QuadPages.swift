import GRDB
import KheshtGraph

/// The lazy result of `SQLiteStore.match`: reads `pageSize` quads at a time, resuming after the last key of the
/// previous page (keyset pagination on the chosen index), so memory stays flat however many quads match.
///
/// Each page is its own short read transaction, so a writer is never held back by a slow consumer; the price is
/// that a graph replaced mid-iteration may show old quads in earlier pages and new ones in later pages.
struct QuadPages: Sequence {
    let store: SQLiteStore
    let query: QuadQuery?
    let pageSize: Int
    /// The first page, read when `match` was called so that errors in it surface there.
    let firstPage: [Quad]
    let firstPageKey: [Int64]?

    func makeIterator() -> Iterator {
        Iterator(pages: self, buffer: firstPage, lastKey: firstPageKey, exhausted: firstPage.count < pageSize)
    }

    struct Iterator: IteratorProtocol {
        let pages: QuadPages
        var buffer: [Quad]
        var position = 0
        var lastKey: [Int64]?
        var exhausted: Bool

        init(pages: QuadPages, buffer: [Quad], lastKey: [Int64]?, exhausted: Bool) {
            self.pages = pages
            self.buffer = buffer
            self.lastKey = lastKey
            self.exhausted = exhausted
        }

        mutating func next() -> Quad? {
            if position < buffer.count {
                defer { position += 1 }
                return buffer[position]
            }
            guard !exhausted, let query = pages.query else { return nil }
            do {
                let page = try pages.store.readPage(query, after: lastKey, limit: pages.pageSize)
                buffer = page.quads
                lastKey = page.lastKey
                position = 0
                exhausted = page.quads.count < pages.pageSize
            } catch {
                // A sequence cannot throw; silently stopping would return a truncated answer as if complete.
                // `SQLiteStore.forEachMatch` is the throwing alternative for callers that must recover.
                fatalError("reading \(pages.store.path) failed while paging through results: \(error)")
            }
            return next()
        }
    }
}
