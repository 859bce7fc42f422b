@testable import KheshtQuery
import Testing

/// The lexer reads UTF-8 bytes and decodes whole characters only where non-ASCII text is: these check that what
/// it hands on is still counted in characters (grapheme clusters) — a token's text, offset, line and column — on
/// text mixing Persian, combining marks, ZWNJ, CR LF and emoji, and that values fold as before.
@Suite struct LexerTests {
    /// The characters of `text` from `offset` for `length` characters.
    static func characters(_ text: String, _ offset: Int, _ length: Int) -> String {
        let chars = Array(text)
        return String(chars[offset..<min(chars.count, offset + length)])
    }

    /// Line and column of character `offset`, counting a lone "\n" character as a line end (as the lexer does).
    static func lineAndColumn(_ text: String, _ offset: Int) -> (Int, Int) {
        var line = 1, column = 1
        for c in Array(text)[..<offset] {
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    static let pieces: [String] = [
        "find", "?e", "?مکان", "$x", "{", "}", "(", ")", ".", ";", "!=", "<=", "&&", "||", "^^", "@fa", "a",
        "\"برج میلاد\"", "\"e\u{301}t\u{E9}\"", "'x\\u0041y'", "\"tab\\there\"", "\"مُحسن هاشمی\"", "\"🙂 ok\"",
        "<https://schema.org/location>", "<bad iri>", "schema:location", "kh:a.b-c", "1398", "۱۳۹۸/۰۸", "٢٠١٩-١١-٠٢",
        "-5", "3.5", "#comment\n", "\n", "\r\n", "\t", " ", "\u{200C}", "\u{FEFF}", "نمایش\u{200C}گاه", "e\u{301}",
        "x\u{200C}", "مکان", "سخنران", "_under", "rôle",
    ]

    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func tokenPositionsCountCharacters() throws {
        var rng = SeededGenerator(state: 4)
        var checked = 0
        for _ in 0..<600 {
            var text = ""
            for _ in 0..<Int.random(in: 1...14, using: &rng) {
                text += Self.pieces.randomElement(using: &rng)!
                if Bool.random(using: &rng) { text += " " }
            }
            let count = text.count
            do {
                let tokens = try Lexer.tokenize(text)
                #expect(tokens.last?.kind == .end)
                for token in tokens where token.kind != .end {
                    #expect(Self.characters(text, token.start.offset, token.length) == token.text, "\(text.debugDescription): \(token)")
                    let (line, column) = Self.lineAndColumn(text, token.start.offset)
                    #expect(token.start.line == line && token.start.column == column, "\(text.debugDescription): \(token)")
                    checked += 1
                }
            } catch {
                #expect(error.position.offset >= 0 && error.position.offset <= count, "\(text.debugDescription): \(error)")
                let (line, column) = Self.lineAndColumn(text, error.position.offset)
                #expect(error.position.line == line && error.position.column == column, "\(text.debugDescription): \(error)")
            }
        }
        #expect(checked > 1000)
    }

    @Test func valuesFoldAndUnescape() throws {
        let text = "-۵ ?مکان \"e\u{301}\\u0041\\n\" ۱۳۹۸/۰۸ 3.5 kh:a.b <https://x.org/y>\r\n\"x\"@en ?a!=?b"
        let kinds = try Lexer.tokenize(text).map(\.kind)
        #expect(kinds == [
            .number("-5"), .variable("مکان"), .string("e\u{301}A\n"), .dateText("1398/08"), .number("3.5"),
            .prefixedName(prefix: "kh", local: "a.b"), .iri("https://x.org/y"), .string("x"), .languageTag("en"),
            .variable("a"), .symbol("!="), .variable("b"), .end,
        ])
    }

    @Test func errorsPointAtCharacters() {
        // "é" written as e + combining acute is one character: the caret after it is at column 3, not 4.
        #expect(throws: QueryError.self) { try Lexer.tokenize("e\u{301} %") }
        do { _ = try Lexer.tokenize("e\u{301} %") } catch {
            #expect(error.position.column == 3 && error.position.offset == 2)
            #expect(error.message.contains("'%'"))
        }
        do { _ = try Lexer.tokenize("find \"مُحسن\n\"") } catch {
            #expect(error.message.contains("never closed"))
            #expect(error.position.column == 6)
        }
    }
}
