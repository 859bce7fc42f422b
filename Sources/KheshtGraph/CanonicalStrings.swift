/// Hashing of the strings inside terms (IRIs, literals, blank node labels) without Unicode normalization when it
/// cannot change the hash.
///
/// Why: `String` hashes canonically equivalent text alike, so it normalizes any non-ASCII string to NFC on every
/// hash. Terms minted from Persian text (IRIs, labels, quotes) are hashed constantly while an article's quads are
/// collected, resolved and stored — that normalization was about a tenth of ingest's instructions. Text whose every
/// scalar is below U+0300, an Arabic-block scalar that is not a combining mark, or a non-joiner or joiner (which
/// Persian uses in most compounds) is already NFC, so it is hashed by
/// its bytes; anything else takes `String`'s own path. Equality stays `String`'s (synthesized): it already compares
/// bytes up to the first difference, and answering equal bytes first here measured slower (static IRIs share storage,
/// which `String` notices at once).
enum CanonicalStrings {
    /// Feeds `string` to `hasher` exactly as `String.hash(into:)` does for text already in NFC (its UTF-8 bytes, then
    /// the terminator 0xFF), so a known-NFC string and any canonically equivalent spelling (hashed by `String`'s own
    /// normalizing path) give the same hash, as `==` requires.
    @inline(__always)
    static func hash(_ string: String, into hasher: inout Hasher) {
        guard isKnownNFC(string) else {
            hasher.combine(string)
            return
        }
        withBytes(of: string) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)
    }

    /// Whether every scalar is below U+0300, in U+0600–U+06FF and not one of that block's combining marks, or a
    /// non-joiner or joiner (U+200C, U+200D: combining class 0, no decomposition, in no canonical composition, so
    /// never changed by NFC and never letting a mark compose across them) — the same test as KheshtText's
    /// `UTF8Key.comparesAsBytes`, which this target cannot import.
    static func isKnownNFC(_ string: String) -> Bool {
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
                    let row: UInt64
                    switch lead {
                    case 0xD8: row = 0x0000_0000_07FF_0000          // U+0610–U+061A
                    case 0xD9: row = 0x0001_0000_FFFF_F800          // U+064B–U+065F, U+0670
                    case 0xDA: row = 0
                    default: row = 0x0000_3FFF_FFC0_0000            // U+06D6–U+06ED
                    }
                    if row & (1 << UInt64(base[index + 1] & 0x3F)) != 0 { return false }
                case 0xE2:                                                     // U+200C, U+200D only
                    guard index + 2 < count, base[index + 1] == 0x80, base[index + 2] == 0x8C || base[index + 2] == 0x8D
                    else { return false }
                    index += 3
                    continue
                default: return false
                }
                index += 2
            }
            return true
        }
    }

    private static func withBytes<R>(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = string
        copy.makeContiguousUTF8()
        return copy.withUTF8(body)
    }
}

extension IRI {
    public func hash(into hasher: inout Hasher) { CanonicalStrings.hash(value, into: &hasher) }
}

extension BlankNode {
    public func hash(into hasher: inout Hasher) { CanonicalStrings.hash(label, into: &hasher) }
}

extension Literal {
    public func hash(into hasher: inout Hasher) {
        CanonicalStrings.hash(lexicalForm, into: &hasher)
        datatype.hash(into: &hasher)
        if let language {
            hasher.combine(1 as UInt8)
            CanonicalStrings.hash(language, into: &hasher)
        } else {
            hasher.combine(0 as UInt8)
        }
    }
}
