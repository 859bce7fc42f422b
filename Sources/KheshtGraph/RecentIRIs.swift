#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The IRIs of the last few statements, by position, so a streaming parser can hand back the same `IRI` when the
/// same bytes come again instead of validating, decoding and allocating the string anew.
///
/// Dumps repeat IRIs heavily: a subject on several consecutive lines, a handful of predicates, a few classes and
/// datatypes. A hit costs a `memchr` for `>` and a `memcmp`; the returned value is the one an earlier line
/// produced from identical bytes, so the parse result (and every error) is the same as without the cache. Equal
/// IRIs then also share storage, which makes later comparisons (grouping by subject) a pointer check.
///
/// Not thread-safe: one instance per stream (`NQuadsFileReader.forEachQuad` makes its own).
public final class RecentIRIs {
    /// Where in a statement an IRI stands; each role keeps its own entries, so unique objects do not push out
    /// the predicates.
    public enum Role: Int {
        case subject = 0, predicate = 1, object = 2
    }

    /// Entries kept per role.
    public static let capacity = 8
    /// IRIs longer than this are not remembered (their bytes are copied once per entry).
    static let maximumLength = 512

    private struct Entry {
        var iri: IRI
        var length: Int
    }

    private static let roles = 3
    /// `roles × capacity` entries; `bytes` holds each entry's UTF-8 at `slot × maximumLength`.
    private let entries: UnsafeMutablePointer<Entry?>
    private let bytes: UnsafeMutablePointer<UInt8>
    private let counts: UnsafeMutablePointer<Int>
    /// Per role: the slot that matched last (checked first: the next line usually repeats it, or its successor).
    private let lastHit: UnsafeMutablePointer<Int>
    private let nextSlot: UnsafeMutablePointer<Int>

    public init() {
        let slots = RecentIRIs.roles * RecentIRIs.capacity
        entries = .allocate(capacity: slots)
        entries.initialize(repeating: nil, count: slots)
        bytes = .allocate(capacity: slots * RecentIRIs.maximumLength)
        counts = .allocate(capacity: RecentIRIs.roles)
        counts.initialize(repeating: 0, count: RecentIRIs.roles)
        lastHit = .allocate(capacity: RecentIRIs.roles)
        lastHit.initialize(repeating: 0, count: RecentIRIs.roles)
        nextSlot = .allocate(capacity: RecentIRIs.roles)
        nextSlot.initialize(repeating: 0, count: RecentIRIs.roles)
    }

    deinit {
        entries.deinitialize(count: RecentIRIs.roles * RecentIRIs.capacity)
        entries.deallocate()
        bytes.deallocate()
        counts.deallocate()
        lastHit.deallocate()
        nextSlot.deallocate()
    }

    /// When the IRI opening with `<` at `open` in `line` has the same bytes as a remembered one: that IRI and the
    /// offset of its closing `>`.
    func match(_ line: UnsafeBufferPointer<UInt8>, openingAt open: Int, role: Role) -> (IRI, Int)? {
        let r = role.rawValue
        let count = counts[r]
        guard count > 0, let base = line.baseAddress else { return nil }
        let start = open + 1
        guard start < line.count,
              let close = memchr(base + start, Int32(UInt8(ascii: ">")), line.count - start) else { return nil }
        let length = UnsafeRawPointer(close) - UnsafeRawPointer(base + start)
        let first = lastHit[r]
        for step in 0..<count {
            let slot = (first + step) % count
            let index = r * RecentIRIs.capacity + slot
            guard let entry = entries[index], entry.length == length,
                  memcmp(bytes + index * RecentIRIs.maximumLength, base + start, length) == 0 else { continue }
            lastHit[r] = slot
            return (entry.iri, start + length)
        }
        return nil
    }

    /// Remembers `iri`, read from exactly its own UTF-8 bytes (no escapes), for `role`.
    func remember(_ iri: IRI, role: Role) {
        let r = role.rawValue
        var text = iri.value
        text.withUTF8 { utf8 in
            guard utf8.count <= RecentIRIs.maximumLength, let source = utf8.baseAddress else { return }
            let slot: Int
            if counts[r] < RecentIRIs.capacity {
                slot = counts[r]
                counts[r] += 1
            } else {
                slot = nextSlot[r]
                nextSlot[r] = (slot + 1) % RecentIRIs.capacity
            }
            let index = r * RecentIRIs.capacity + slot
            (bytes + index * RecentIRIs.maximumLength).update(from: source, count: utf8.count)
            entries[index] = Entry(iri: iri, length: utf8.count)
            lastHit[r] = slot
        }
    }
}
