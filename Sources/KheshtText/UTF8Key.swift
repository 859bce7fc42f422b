/// A folded word used as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// Why not `String` itself: hashing or comparing a non-ASCII `String` normalizes it to NFC first, which made
/// word-table lookups the largest cost of tokenizing and date scanning. For text that `TextNormalizer` has
/// already folded (see `TextNormalizer.isFolded`) byte equality and `String` equality agree with the tables'
/// keys: folding removes the combining hamza and madda (U+0653–U+0655) that are the only ways to spell a Persian
/// letter two ways, and no canonical decomposition ends in a plain ASCII letter or digit. Callers therefore
/// look up only folded text this way and keep the `String` path for anything else.
struct UTF8Key: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    func hash(into hasher: inout Hasher) {
        UTF8Key.withBytes(of: string) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        guard lhs.string.utf8.count == rhs.string.utf8.count else { return false }
        return withBytes(of: lhs.string) { left in
            withBytes(of: rhs.string) { right in left.elementsEqual(right) }
        }
    }

    /// Calls `body` with the string's UTF-8 bytes, copying them only if the string is not stored contiguously.
    static func withBytes<R>(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = string
        copy.makeContiguousUTF8()
        return copy.withUTF8(body)
    }
}

extension String {
    /// A string of `scalars`, encoded in one pass (appending to a `UnicodeScalarView` one scalar at a time
    /// re-checks the whole string's invariants on every append).
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var offset = 0
            for scalar in scalars {
                UTF8.encode(scalar, into: { byte in
                    buffer[offset] = byte
                    offset += 1
                })
            }
            return offset
        }
    }
}
