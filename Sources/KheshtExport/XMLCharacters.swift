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

    /// True when every character of `text` is an XML 1.0 `Char`. Fast path over UTF-8: only bytes below 0x20 and
    /// the sequences EF BF BE / EF BF BF (U+FFFE, U+FFFF) can fail.
    static func allXMLChars(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x9 && byte != 0xA && byte != 0xD { return false }
                } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF,
                          bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF {
                    return false
                }
                index += 1
            }
            return true
        }
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

    static func isNCName(_ text: String) -> Bool { isNCName(text[...]) }
}
