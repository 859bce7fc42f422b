import KheshtText

/// Turns query text into tokens. Persian and Arabic-Indic digits become ASCII digits; letters of any script
/// form words, so Persian property and class names are words too.
struct Lexer {
    private let chars: [Character]
    private let text: String
    /// Where each character of `chars` starts in `text`, and `text.endIndex` last: a token's text is then one
    /// substring copy instead of a String built Character by Character.
    private let starts: [String.Index]
    private var index = 0
    private var line = 1
    private var column = 1
    private let reporter: ErrorReporter

    init(_ text: String) {
        chars = Array(text)
        self.text = text
        starts = Array(text.indices) + [text.endIndex]
        reporter = ErrorReporter(text: text)
    }

    static func tokenize(_ text: String) throws(QueryError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next(after: tokens.last)
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// The query text from character `offset` to the current position.
    private func source(from offset: Int) -> String { String(text[starts[offset]..<starts[index]]) }

    private var position: SourcePosition { SourcePosition(line: line, column: column, offset: index) }

    private func peek(_ ahead: Int = 0) -> Character? {
        index + ahead < chars.count ? chars[index + ahead] : nil
    }

    private mutating func advance() {
        if chars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek() {
            if let ascii = c.asciiValue {
                // ASCII first: Unicode properties cost a table look-up each, and most query text is ASCII.
                if ascii == 0x20 || (0x09...0x0D).contains(ascii) { advance(); continue }
                if ascii != UInt8(ascii: "#") { return }
            }
            if c.isWhitespace || c == "\u{200C}" || c == "\u{200F}" || c == "\u{200E}" || c == "\u{FEFF}" {
                advance()
            } else if c == "#" {
                while let d = peek(), d != "\n" { _ = d; advance() }
            } else {
                return
            }
        }
    }

    static func asciiDigit(_ c: Character) -> Character? {
        if let ascii = c.asciiValue { return (0x30...0x39).contains(ascii) ? c : nil }
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first,
              let folded = TextNormalizer.fold(s), (0x30...0x39).contains(folded.value) else { return nil }
        return Character(folded)
    }

    static func isWordStart(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return isASCIILetter(ascii) || ascii == UInt8(ascii: "_") }
        return c.isLetter
    }
    static func isWordPart(_ c: Character) -> Bool {
        if let ascii = c.asciiValue {
            return isASCIILetter(ascii) || (0x30...0x39).contains(ascii) || ascii == UInt8(ascii: "_")
        }
        return c.isLetter || c.isNumber || c == "_" || c == "\u{200C}" || c.unicodeScalars.first.map {
            $0.properties.generalCategory == .nonspacingMark
        } == true
    }

    private static func isASCIILetter(_ ascii: UInt8) -> Bool {
        (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
    }

    /// Punctuation that is a token on its own.
    private static let singleSymbols: Set<Character> = Set("{}().;,*+/|^!=<>?")

    /// Whether `first` and `second` form one of the two-character operators.
    private static func isTwoCharacterSymbol(_ first: Character, _ second: Character) -> Bool {
        switch (first, second) {
        case ("!", "="), ("<", "="), (">", "="), ("&", "&"), ("|", "|"), ("^", "^"): true
        default: false
        }
    }

    private mutating func next(after previous: Token?) throws(QueryError) -> Token {
        skipSpaceAndComments()
        let start = position
        guard let c = peek() else { return Token(kind: .end, text: "", start: start, length: 1) }
        func make(_ kind: Token.Kind) -> Token {
            Token(kind: kind, text: source(from: start.offset), start: start, length: index - start.offset)
        }

        if c == "?" || c == "$" {
            if let n = peek(1), Lexer.isWordStart(n) || n.isNumber {
                advance()
                var name = ""
                while let d = peek(), Lexer.isWordPart(d) { name.append(d); advance() }
                return make(.variable(name))
            }
            if c == "$" {
                advance()
                throw reporter.error("a variable needs a name", at: start, length: 1,
                                     expected: "a name after '$', like $event", found: "'$'")
            }
            advance()
            return make(.symbol("?"))
        }
        if c == "\"" || c == "'" { return try lexString(quote: c, start: start) }
        if c == "@", let previous, case .string = previous.kind {
            advance()
            var tag = ""
            while let d = peek(), d.isASCII, d.isLetter || d.isNumber || d == "-" { tag.append(d); advance() }
            if tag.isEmpty {
                throw reporter.error("a language tag is missing", at: start, length: 1,
                                     expected: "a language tag such as @fa or @en", found: "'@'")
            }
            return make(.languageTag(tag))
        }
        if c == "<", let iri = scanIRI() {
            for _ in 0..<(iri.count + 2) { advance() }
            return make(.iri(iri))
        }
        if Lexer.asciiDigit(c) != nil || (c == "-" && peek(1).flatMap(Lexer.asciiDigit) != nil && !(previous.map(Lexer.endsOperand) ?? false)) {
            return lexNumber(start: start)
        }
        if Lexer.isWordStart(c) {
            var word = ""
            while let d = peek(), Lexer.isWordPart(d) { word.append(d); advance() }
            if peek() == ":", let n = peek(1), Lexer.isWordStart(n) || n.isNumber || n == "-" || n == "_" {
                advance()
                var local = ""
                while let d = peek(), Lexer.isWordPart(d) || d == "-" || d == "." && peek(1).map(Lexer.isWordPart) == true {
                    local.append(d); advance()
                }
                return make(.prefixedName(prefix: word, local: local))
            }
            return make(.word(word))
        }
        if let second = peek(1), Lexer.isTwoCharacterSymbol(c, second) {
            advance(); advance()
            return make(.symbol(String(c) + String(second)))
        }
        if Lexer.singleSymbols.contains(c) {
            advance()
            return make(.symbol(String(c)))
        }
        advance()
        throw reporter.error("unexpected character '\(c)'", at: start, length: 1,
                             expected: "a keyword, variable, name, string, number or punctuation",
                             found: "'\(c)'")
    }

    /// A `-` after an operand is a minus sign, not the sign of a number.
    static func endsOperand(_ token: Token) -> Bool {
        switch token.kind {
        case .variable, .number, .string, .dateText: true
        case .symbol(let s): s == ")"
        default: false
        }
    }

    /// `<…>` is an IRI when it closes on the same line with no space inside and holds a `:`.
    private func scanIRI() -> String? {
        var i = index + 1
        var text = ""
        while i < chars.count {
            let d = chars[i]
            if d == ">" { return text.contains(":") ? text : nil }
            if d.isWhitespace || d == "<" || d == "\"" || d == "{" || d == "}" { return nil }
            text.append(d)
            i += 1
        }
        return nil
    }

    private mutating func lexNumber(start: SourcePosition) -> Token {
        var text = ""
        var separators = false
        if peek() == "-" { text.append("-"); advance() }
        while let c = peek() {
            if let digit = Lexer.asciiDigit(c) {
                text.append(digit); advance()
            } else if (c == "-" || c == "/"), !text.isEmpty, text != "-", peek(1).flatMap(Lexer.asciiDigit) != nil {
                separators = true
                text.append(c); advance()
            } else if c == ".", !separators, !text.contains("."), peek(1).flatMap(Lexer.asciiDigit) != nil {
                text.append(c); advance()
            } else {
                break
            }
        }
        let kind: Token.Kind = separators ? .dateText(text) : .number(text)
        return Token(kind: kind, text: source(from: start.offset), start: start, length: index - start.offset)
    }

    private mutating func lexString(quote: Character, start: SourcePosition) throws(QueryError) -> Token {
        advance()
        var value = ""
        while true {
            guard let c = peek(), c != "\n" else {
                throw reporter.error("this string is never closed", at: start, length: max(1, index - start.offset),
                                     expected: "a closing \(quote) on the same line",
                                     found: peek() == nil ? "end of query" : "end of line")
            }
            advance()
            if c == quote { break }
            if c == "\\" {
                let escapeStart = SourcePosition(line: line, column: column - 1, offset: index - 1)
                guard let e = peek() else { continue }
                advance()
                switch e {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "r": value.append("\r")
                case "\\", "\"", "'": value.append(e)
                case "u":
                    var hex = ""
                    while hex.count < 4, let h = peek(), h.isHexDigit { hex.append(h); advance() }
                    guard hex.count == 4, let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) else {
                        throw reporter.error("bad \\u escape", at: escapeStart, length: 2 + hex.count,
                                             expected: "four hex digits after \\u", found: "\\u" + hex)
                    }
                    value.unicodeScalars.append(scalar)
                default:
                    throw reporter.error("unknown escape \\\(e)", at: escapeStart, length: 2,
                                         expected: "one of \\\" \\' \\\\ \\n \\t \\r \\uXXXX", found: "\\\(e)")
                }
            } else {
                value.append(c)
            }
        }
        return Token(kind: .string(value), text: source(from: start.offset), start: start,
                     length: index - start.offset)
    }
}
