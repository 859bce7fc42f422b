#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folded word used as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// Why not `String` itself: hashing or comparing a non-ASCII `String` normalizes it to NFC first, which made
/// word-table lookups the largest cost of tokenizing and date scanning. For text that `TextNormalizer` has
/// already folded (see `TextNormalizer.isFolded`) byte equality and `String` equality agree with the tables'
/// keys: folding removes the combining hamza and madda (U+0653–U+0655) that are the only ways to spell a Persian
/// letter two ways, and no canonical decomposition ends in a plain ASCII letter or digit. Callers therefore
/// look up only folded text this way and keep the `String` path for anything else.
public struct UTF8Key: Hashable, Sendable {
    public let string: String

    public init(_ string: String) { self.string = string }

    public func hash(into hasher: inout Hasher) {
        UTF8Key.withBytes(of: string) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The hash dictionaries and sets use, computed here without `Hasher`: word tables are probed for every token
    /// and phrase of every sentence, and SipHash's set-up and finalization cost more than hashing a short word
    /// itself (about a tenth of extraction). Eight bytes at a time, mixed by multiplication, with the table's seed
    /// folded in and a final avalanche so the low bits (the bucket) depend on every byte. Equal keys (equal bytes)
    /// hash alike, as `==` requires.
    public func _rawHashValue(seed: Int) -> Int {
        UTF8Key.withBytes(of: string) { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            let count = raw.count
            var hash = UInt64(truncatingIfNeeded: seed) ^ (UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15)
            var offset = 0
            while offset + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                hash = UTF8Key.mix(hash ^ (word &* 0x87C3_7B91_1142_53D5))
                offset += 8
            }
            if offset < count {
                var tail: UInt64 = 0
                var shift: UInt64 = 0
                while offset < count {
                    tail |= UInt64(raw[offset]) << shift
                    shift += 8
                    offset += 1
                }
                hash = UTF8Key.mix(hash ^ (tail &* 0x4CF5_AD43_2745_937F))
            }
            return Int(truncatingIfNeeded: UTF8Key.avalanche(hash))
        }
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        ((value << 31) | (value >> 33)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// MurmurHash3's 64-bit finalizer: every input bit reaches every output bit.
    private static func avalanche(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    public static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        guard lhs.string.utf8.count == rhs.string.utf8.count else { return false }
        return withBytes(of: lhs.string) { left in
            withBytes(of: rhs.string) { right in sameBytes(left, right) }
        }
    }

    /// Whether two buffers of equal length hold the same bytes, by `memcmp` (a generic `elementsEqual` walks them one
    /// byte at a time, and word tables and quad keys compare long IRIs and phrases this way many times per sentence).
    @inline(__always)
    static func sameBytes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard left.count == right.count else { return false }
        guard let a = left.baseAddress, let b = right.baseAddress else { return left.count == 0 }
        return memcmp(a, b, left.count) == 0
    }

    /// True when comparing `string` by its bytes gives the same answer as comparing it as a `String` (which compares
    /// canonical equivalents equal) against any other string this also holds for: every scalar is below U+0300 (no
    /// combining marks there), an Arabic-block letter, digit or sign (not one of its combining marks), or a
    /// non-joiner or joiner (U+200C, U+200D; see `isJoinerControl`). Such a string is in NFC already, so two of them are canonically equivalent exactly when their
    /// bytes are equal. One pass over the bytes, no Unicode tables: the check that lets word tables keyed by
    /// `UTF8Key` stand in for `String`-keyed ones on any input, folded or not.
    public static func comparesAsBytes(_ string: String) -> Bool {
        // Asked for every word-table look-up, so written for speed: eight ASCII bytes at a time, and the Arabic
        // block's combining marks as a bitmap (one row of 64 scalars per lead byte D8–DB).
        withBytes(of: string) { bytes in
            guard let base = bytes.baseAddress else { return true }
            let count = bytes.count
            let raw = UnsafeRawPointer(base)
            var index = 0
            while index < count {
                let lead = base[index]
                if lead < 0x80 {
                    let ascii = index + 8 <= count
                        && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                    index += ascii ? 8 : 1
                    continue
                }
                guard index + 1 < count else { return false }
                switch lead {
                case 0xC2...0xCB: break                                        // U+0080–U+02FF
                case 0xD8...0xDB:                                              // U+0600–U+06FF
                    // U+0610–U+061A, U+064B–U+065F, U+0670, U+06D6–U+06ED: combining marks.
                    if combiningMarkRow(lead) & (1 << UInt64(base[index + 1] & 0x3F)) != 0 { return false }
                case 0xE2:                                                     // U+200C, U+200D only
                    guard isJoinerControl(base, at: index, count: count) else { return false }
                    index += 3
                    continue
                default: return false
                }
                index += 2
            }
            return true
        }
    }

    /// Whether the three bytes at `index` are ZERO WIDTH NON-JOINER (E2 80 8C) or ZERO WIDTH JOINER (E2 80 8D).
    /// Persian spells most compounds and plurals with a non-joiner, so without this nearly every Persian phrase,
    /// label and IRI would take `String`'s normalizing path. Both are safe as bytes: canonical combining class 0, no
    /// decomposition, NFC_Quick_Check Yes, and neither is the first or second scalar of any canonical composition,
    /// so they never change under NFC and a mark after one can never compose across it with the letter before.
    @inline(__always)
    static func isJoinerControl(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Bool {
        index + 2 < count && base[index + 1] == 0x80 && (base[index + 2] == 0x8C || base[index + 2] == 0x8D)
    }

    /// The combining marks among the 64 scalars a lead byte D8–DB starts (bit n: continuation byte 0x80 + n).
    @inline(__always)
    private static func combiningMarkRow(_ lead: UInt8) -> UInt64 {
        switch lead {
        case 0xD8: 0x0000_0000_07FF_0000          // U+0610–U+061A
        case 0xD9: 0x0001_0000_FFFF_F800          // U+064B–U+065F, U+0670
        case 0xDA: 0
        default: 0x0000_3FFF_FFC0_0000            // U+06D6–U+06ED
        }
    }

    /// `text.hasSuffix(suffix)`, by bytes when both compare as bytes (see `comparesAsBytes`; in such text every
    /// scalar is its own grapheme, so a byte suffix is a `Character` suffix), else by `String`'s own rule. Folded
    /// words are tested for endings many times per sentence, and `String.hasSuffix` normalizes Persian text first.
    ///
    /// The joiners `comparesAsBytes` accepts are grapheme extenders (a non-joiner or joiner belongs to the character
    /// before it), so a suffix that starts with one is never a `Character` suffix of a longer text though it may be a
    /// byte suffix: such a suffix keeps `String`'s rule. Any other suffix starts with a scalar that begins a grapheme
    /// in these texts, so byte and `Character` suffixes agree.
    public static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        guard comparesAsBytes(text), comparesAsBytes(suffix), !startsWithJoinerControl(suffix) else {
            return text.hasSuffix(suffix)
        }
        return withBytes(of: text) { bytes in
            withBytes(of: suffix) { end in
                end.count <= bytes.count
                    && sameBytes(UnsafeBufferPointer(rebasing: bytes[(bytes.count - end.count)...]), end)
            }
        }
    }

    /// Whether `string` starts with U+200C or U+200D.
    static func startsWithJoinerControl(_ string: String) -> Bool {
        withBytes(of: string) { bytes in
            guard let base = bytes.baseAddress, bytes.count >= 3, base[0] == 0xE2 else { return false }
            return isJoinerControl(base, at: 0, count: bytes.count)
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
