import Testing
@testable import KheshtExport

/// The writer's one-pass scan decides both refusal (non-XML characters) and whether literal text may skip libxml2's
/// escaping, so it must agree with the per-scalar definitions for every alignment of the eight-byte blocks.
@Suite struct XMLCharactersScanTests {
    static let alphabet: [Unicode.Scalar] = [
        "a", "Z", "0", " ", "<", ">", "&", "\"", "'", "\r", "\n", "\t", "\u{1}", "\u{1F}", "\u{7F}", "\u{EF}",
        "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{F000}", "\u{FEFF}", "ج", "ی", "😀", "\u{10FFFF}",
    ]

    static func reference(_ text: String) -> XMLCharacters.Scan {
        let valid = text.unicodeScalars.allSatisfy(XMLCharacters.isXMLChar)
        let escape = text.unicodeScalars.contains { "<>&\"\r".unicodeScalars.contains($0) }
        return XMLCharacters.Scan(isValid: valid, needsContentEscaping: escape)
    }

    @Test func agreesWithTheDefinitionsOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...40, using: &generator)
            // Mostly ASCII letters, so the rare characters land at every offset of a block.
            let scalars = (0..<length).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? Self.alphabet.randomElement(using: &generator)!
                    : Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &generator))
            }
            let text = String(String.UnicodeScalarView(scalars))
            let scan = XMLCharacters.scan(text), expected = Self.reference(text)
            #expect(scan.isValid == expected.isValid, "\(text.debugDescription)")
            if expected.isValid {
                #expect(scan.needsContentEscaping == expected.needsContentEscaping, "\(text.debugDescription)")
            }
        }
    }

    @Test func findsEachSpecialCharacterAtEveryOffset() {
        for special in ["<", ">", "&", "\"", "\r", "\u{1}", "\u{FFFE}", "\u{FFFF}"] {
            for offset in 0..<17 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 9)
                let scan = XMLCharacters.scan(text), expected = Self.reference(text)
                #expect(scan.isValid == expected.isValid, "\(special.debugDescription) at \(offset)")
                if expected.isValid { #expect(scan.needsContentEscaping, "\(special.debugDescription) at \(offset)") }
            }
        }
    }
}
