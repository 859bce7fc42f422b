/// Character classes from XML 1.0 and Namespaces in XML that the RDF/XML writer must check itself, because
/// libxml2's text writer passes any bytes through.
///
/// Related spec: XML 1.0 (Fifth Edition) §2.2 Characters [2] Char; Namespaces in XML 1.0 [4] NCName.
enum XMLCharacters {
    /// `Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]` (Swift strings hold no
    /// surrogates, so only the C0 controls and U+FFFE/U+FFFF can fail).
    @inline(__always)
    static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x20 { return v != 0xFFFE && v != 0xFFFF }
        return v == 0x9 || v == 0xA || v == 0xD
    }

    /// True when every character of `text` is an XML 1.0 `Char`.
    static func allXMLChars(_ text: String) -> Bool {
        scan(text).isValid
    }

    /// What one pass over a text's UTF-8 found: whether XML 1.0 can carry it, and whether libxml2's content
    /// escaping (`xmlEncodeSpecialChars`: `< > & "` and CR) would change any byte of it.
    struct Scan {
        var isValid: Bool
        var needsContentEscaping: Bool
    }

    /// Scans `text` once. Fast path: eight bytes at a time, a block is skipped when it holds no byte below 0x20, no
    /// 0xEF (the lead byte of U+FFFE/U+FFFF) and none of `< > & "`; only flagged blocks are looked at byte by byte.
    /// Only bytes below 0x20 other than TAB/LF/CR and the sequences EF BF BE / EF BF BF (U+FFFE, U+FFFF) are invalid.
    static func scan(_ text: String) -> Scan {
        var copy = text
        return copy.withUTF8 { scan($0) }
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
        var result = Scan(isValid: true, needsContentEscaping: false)
        guard let base = bytes.baseAddress else { return result }
        let count = bytes.count
        var index = 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let flagged = (word &- ones &* 0x20) & ~word & highs != 0
                || hasZeroByte(word ^ (ones &* 0xEF)) || hasZeroByte(word ^ (ones &* 0x3C))
                || hasZeroByte(word ^ (ones &* 0x3E)) || hasZeroByte(word ^ (ones &* 0x26))
                || hasZeroByte(word ^ (ones &* 0x22))
            if flagged {
                for offset in index..<(index + 8) where !check(base, count, offset, &result) { return result }
            }
            index += 8
        }
        while index < count {
            if !check(base, count, index, &result) { return result }
            index += 1
        }
        return result
    }

    /// Checks the byte at `index`; false when it makes the text invalid.
    @inline(__always)
    private static func check(_ base: UnsafePointer<UInt8>, _ count: Int, _ index: Int, _ result: inout Scan) -> Bool {
        let byte = base[index]
        if byte < 0x20 {
            if byte == 0x0D { result.needsContentEscaping = true; return true }
            if byte != 0x9 && byte != 0xA { result.isValid = false; return false }
        } else if byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 {
            result.needsContentEscaping = true
        } else if byte == 0xEF, index + 2 < count, base[index + 1] == 0xBF,
                  base[index + 2] == 0xBE || base[index + 2] == 0xBF {
            result.isValid = false
            return false
        }
        return true
    }

    /// `text` with every non-`Char` replaced by U+FFFD.
    static func replacingInvalid(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isXMLChar(scalar) ? scalar : "\u{FFFD}")
        }
        return String(out)
    }

    /// The name characters this writer uses in the element names it makes: ASCII only.
    ///
    /// XML 1.0 Fifth Edition allows most of Unicode in names, but parsers still in wide use (expat, under rdflib,
    /// follows the First Edition's Appendix B tables) reject many of those characters. Element names made only of
    /// `[A-Za-z_][A-Za-z0-9._-]*` are read the same way by every XML parser.
    @inline(__always)
    static func isNameStartChar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
    }

    @inline(__always)
    static func isNameChar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return isNameStartChar(scalar) || (v >= 0x30 && v <= 0x39) || v == 0x2D || v == 0x2E
    }

    /// True for a (conservative, ASCII) NCName: a name start character followed by name characters.
    static func isNCName(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, isNameStartChar(first) else { return false }
        return text.unicodeScalars.dropFirst().allSatisfy(isNameChar)
    }

    /// `isNCName` over UTF-8 bytes: the accepted characters are all ASCII, so any other byte fails.
    static func isNCName(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let first = bytes.first, isNameStartChar(Unicode.Scalar(first)) else { return false }
            for byte in bytes.dropFirst() where !isNameChar(Unicode.Scalar(byte)) { return false }
            return true
        }
    }
}
