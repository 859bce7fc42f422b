/// Turns an article file's bytes into text: UTF-8 (with or without a byte-order mark), UTF-16 LE/BE with a
/// byte-order mark (or without one when the NUL pattern is unmistakable), and Windows-1256.
///
/// Decoding is strict: a file that is none of these is refused with the offset of the first bad byte, rather
/// than read with replacement characters that would end up in the knowledge base.
enum ArticleTextDecoder {
    /// The encoding the bytes were found to be in.
    enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case windows1256 = "windows-1256"
    }

    static func decode(_ bytes: [UInt8], path: String) throws(ReadError) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try (utf8(bytes[3...], path: path), .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try (utf16(bytes[2...], bigEndian: false, path: path), .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try (utf16(bytes[2...], bigEndian: true, path: path), .utf16BigEndian)
        }
        if let nul = bytes.firstIndex(of: 0) {
            if let bigEndian = unmarkedUTF16ByteOrder(bytes) {
                return try (utf16(bytes[...], bigEndian: bigEndian, path: path),
                            bigEndian ? .utf16BigEndian : .utf16LittleEndian)
            }
            throw .binaryFile(path: path, offset: nul)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        if Windows1256.isPlausible(bytes) {
            return (Windows1256.decode(bytes), .windows1256)
        }
        throw .invalidEncoding(path: path, offset: firstInvalidUTF8Offset(bytes[...]))
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, path: String) throws(ReadError) -> String {
        if bytes.contains(0) { throw .binaryFile(path: path, offset: bytes.firstIndex(of: 0)!) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalidEncoding(path: path, offset: firstInvalidUTF8Offset(bytes))
        }
        return text
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, path: String) throws(ReadError) -> String {
        guard bytes.count % 2 == 0 else { throw .invalidEncoding(path: path, offset: bytes.endIndex - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var unitOffset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { throw .binaryFile(path: path, offset: bytes.startIndex + unitOffset * 2) }
                scalars.append(scalar)
                unitOffset += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput:
                break loop
            case .error:
                throw .invalidEncoding(path: path, offset: bytes.startIndex + unitOffset * 2)
            }
        }
        return String(scalars)
    }

    /// For UTF-16 without a byte-order mark: ASCII-heavy or Persian UTF-16 has its NULs (or 0x06 high bytes) in
    /// every other position. Returns the byte order, or nil when the NULs are scattered like a binary file's.
    private static func unmarkedUTF16ByteOrder(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        var evenZero = 0, oddZero = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
        }
        let pairs = sample.count / 2
        if oddZero * 10 >= pairs * 3 && evenZero == 0 { return false }
        if evenZero * 10 >= pairs * 3 && oddZero == 0 { return true }
        return nil
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            if let _ = String(validating: bytes[index..<(index + length)], as: UTF8.self) {
                index += length
            } else {
                return index
            }
        }
        return bytes.endIndex
    }
}
