import KheshtText

/// Turns query text into tokens. Persian and Arabic-Indic digits become ASCII digits; letters of any script
/// form words, so Persian property and class names are words too.
///
/// The lexer reads the text's UTF-8 bytes: ASCII (keywords, variables, punctuation — most of a query) is decided
/// byte by byte, and only where a non-ASCII byte follows is the whole character (grapheme cluster) decoded, so a
/// query never pays for splitting all of its text into `Character`s. Positions still count characters.
struct Lexer {
    private let text: String
    private let bytes: [UInt8]
    /// Byte offset of the current character in `bytes`.
    private var at = 0
    /// Character offset of the current character (what positions report).
    private var index = 0
    private var line = 1
    private var column = 1
    private let reporter: ErrorReporter
    private let clusters: ClusterCursor

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        clusters = ClusterCursor(text.startIndex)
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

    // MARK: Characters

    /// Byte width of the character starting at byte `b` (0 at the end). An ASCII byte followed by another is a
    /// character of its own (only CR LF joins); anything else asks `String` where the grapheme cluster ends.
    private func width(at b: Int) -> Int {
        guard b < bytes.count else { return 0 }
        let x = bytes[b]
        if x < 0x80 {
            guard b + 1 < bytes.count else { return 1 }
            let y = bytes[b + 1]
            if y < 0x80 { return x == 0x0D && y == 0x0A ? 2 : 1 }
        }
        if clusters.widthByte == b { return clusters.width }
        let utf8 = text.utf8
        // An index `String` itself handed out is known to start a character; one made from a byte offset would
        // first be rounded to a character boundary by a backward search, which costs more than the step itself.
        let start = clusters.nextByte == b ? clusters.next : utf8.index(utf8.startIndex, offsetBy: b)
        let next = text.index(after: start)
        let width = utf8.distance(from: start, to: next)
        clusters.widthByte = b
        clusters.width = width
        clusters.nextByte = b + width
        clusters.next = next
        return width
    }

    /// The last character boundary `width(at:)` found through `String`, and the width it measured: a run of
    /// non-ASCII text is then stepped through character by character, each measured once.
    private final class ClusterCursor {
        var nextByte = -1
        var next: String.Index
        var widthByte = -1
        var width = 0

        init(_ start: String.Index) { next = start }
    }

    /// The character at byte `b`, `width` bytes long.
    private func character(at b: Int, width: Int) -> Character {
        if width == 1 { return Character(Unicode.Scalar(bytes[b])) }
        return Character(String(decoding: bytes[b..<(b + width)], as: UTF8.self))
    }

    /// The byte of the current character when it is a lone ASCII byte (nil for the end, CR LF and any other
    /// character, which `peek` decodes).
    private var ascii: UInt8? {
        guard at < bytes.count, bytes[at] < 0x80 else { return nil }
        return width(at: at) == 1 ? bytes[at] : nil
    }

    /// The byte of the character after the current one when it is a lone ASCII byte.
    private var nextASCII: UInt8? {
        let w = width(at: at)
        guard w > 0, at + w < bytes.count, bytes[at + w] < 0x80, width(at: at + w) == 1 else { return nil }
        return bytes[at + w]
    }

    private func peek(_ ahead: Int = 0) -> Character? {
        var b = at
        for _ in 0..<ahead {
            let w = width(at: b)
            guard w > 0 else { return nil }
            b += w
        }
        let w = width(at: b)
        return w == 0 ? nil : character(at: b, width: w)
    }

    private mutating func advance() {
        let w = width(at: at)
        if w == 1 && bytes[at] == 0x0A { line += 1; column = 1 } else { column += 1 }
        at += w
        index += 1
    }

    /// The query text from byte `start` to the current position.
    private func source(from start: Int) -> String { String(decoding: bytes[start..<at], as: UTF8.self) }

    private var position: SourcePosition { SourcePosition(line: line, column: column, offset: index) }

    private mutating func skipSpaceAndComments() {
        while at < bytes.count {
            if let ascii {
                // ASCII first: Unicode properties cost a table look-up each, and most query text is ASCII.
                if ascii == 0x20 || (0x09...0x0D).contains(ascii) { advance(); continue }
                if ascii != UInt8(ascii: "#") { return }
                // A comment runs to the end of the line.
                while at < bytes.count, !(bytes[at] == 0x0A && width(at: at) == 1) { advance() }
                continue
            }
            guard let c = peek() else { return }
            if c.isWhitespace || c == "\u{200C}" || c == "\u{200F}" || c == "\u{200E}" || c == "\u{FEFF}" {
                advance()
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

    /// The ASCII digit the current character is or folds to (Persian and Arabic-Indic digits), if any.
    private func digitHere(ahead: Int = 0) -> UInt8? {
        if ahead == 0, let ascii { return (0x30...0x39).contains(ascii) ? ascii : nil }
        if ahead == 1, let next = nextASCII { return (0x30...0x39).contains(next) ? next : nil }
        guard let c = peek(ahead), let digit = Lexer.asciiDigit(c) else { return nil }
        return digit.asciiValue
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

    private static func isASCIIWordPart(_ ascii: UInt8) -> Bool {
        isASCIILetter(ascii) || (0x30...0x39).contains(ascii) || ascii == UInt8(ascii: "_")
    }

    /// Whether the current character is part of a word (`isWordPart`), deciding ASCII by its byte.
    private var atWordPart: Bool {
        if let ascii { return Lexer.isASCIIWordPart(ascii) }
        return peek().map(Lexer.isWordPart) ?? false
    }

    private static func isASCIILetter(_ ascii: UInt8) -> Bool {
        (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
    }

    /// Punctuation that is a token on its own.
    private static func isSingleSymbol(_ ascii: UInt8) -> Bool {
        switch ascii {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."),
             UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"),
             UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "!"), UInt8(ascii: "="), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "?"): true
        default: false
        }
    }

    /// Whether `first` and `second` form one of the two-character operators.
    private static func isTwoCharacterSymbol(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (UInt8(ascii: "!"), UInt8(ascii: "=")), (UInt8(ascii: "<"), UInt8(ascii: "=")),
             (UInt8(ascii: ">"), UInt8(ascii: "=")), (UInt8(ascii: "&"), UInt8(ascii: "&")),
             (UInt8(ascii: "|"), UInt8(ascii: "|")), (UInt8(ascii: "^"), UInt8(ascii: "^")): true
        default: false
        }
    }

    // MARK: Tokens

    private mutating func next(after previous: Token?) throws(QueryError) -> Token {
        skipSpaceAndComments()
        let start = position
        let startByte = at
        guard at < bytes.count else { return Token(kind: .end, text: "", start: start, length: 1) }
        func make(_ kind: Token.Kind) -> Token {
            Token(kind: kind, text: source(from: startByte), start: start, length: index - start.offset)
        }
        let c = ascii

        if c == UInt8(ascii: "?") || c == UInt8(ascii: "$") {
            let startsName: Bool
            if let n = nextASCII { startsName = Lexer.isASCIILetter(n) || n == UInt8(ascii: "_") || (0x30...0x39).contains(n) }
            else { startsName = peek(1).map { Lexer.isWordStart($0) || $0.isNumber } ?? false }
            if startsName {
                advance()
                let nameStart = at
                while atWordPart { advance() }
                return make(.variable(source(from: nameStart)))
            }
            if c == UInt8(ascii: "$") {
                advance()
                throw reporter.error("a variable needs a name", at: start, length: 1,
                                     expected: "a name after '$', like $event", found: "'$'")
            }
            advance()
            return make(.symbol("?"))
        }
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { return try lexString(quote: c!, start: start, startByte: startByte) }
        if c == UInt8(ascii: "@"), let previous, case .string = previous.kind {
            advance()
            let tagStart = at
            while let d = ascii, Lexer.isASCIILetter(d) || (0x30...0x39).contains(d) || d == UInt8(ascii: "-") { advance() }
            if at == tagStart {
                throw reporter.error("a language tag is missing", at: start, length: 1,
                                     expected: "a language tag such as @fa or @en", found: "'@'")
            }
            return make(.languageTag(source(from: tagStart)))
        }
        if c == UInt8(ascii: "<"), let (iri, characters) = scanIRI() {
            for _ in 0..<(characters + 2) { advance() }
            return make(.iri(iri))
        }
        if digitHere() != nil
            || (c == UInt8(ascii: "-") && digitHere(ahead: 1) != nil && !(previous.map(Lexer.endsOperand) ?? false)) {
            return lexNumber(start: start, startByte: startByte)
        }
        let wordStart: Bool
        if let c { wordStart = Lexer.isASCIILetter(c) || c == UInt8(ascii: "_") } else { wordStart = peek().map(Lexer.isWordStart) ?? false }
        if wordStart {
            while atWordPart { advance() }
            let word = source(from: startByte)
            if ascii == UInt8(ascii: ":"), let n = peek(1), Lexer.isWordStart(n) || n.isNumber || n == "-" || n == "_" {
                advance()
                let localStart = at
                while true {
                    if atWordPart || ascii == UInt8(ascii: "-") { advance(); continue }
                    if ascii == UInt8(ascii: "."), peek(1).map(Lexer.isWordPart) == true { advance(); continue }
                    break
                }
                return make(.prefixedName(prefix: word, local: source(from: localStart)))
            }
            return make(.word(word))
        }
        if let c, let second = nextASCII, Lexer.isTwoCharacterSymbol(c, second) {
            advance(); advance()
            return make(.symbol(source(from: startByte)))
        }
        if let c, Lexer.isSingleSymbol(c) {
            advance()
            return make(.symbol(source(from: startByte)))
        }
        let unexpected = peek() ?? " "
        advance()
        throw reporter.error("unexpected character '\(unexpected)'", at: start, length: 1,
                             expected: "a keyword, variable, name, string, number or punctuation",
                             found: "'\(unexpected)'")
    }

    /// A `-` after an operand is a minus sign, not the sign of a number.
    static func endsOperand(_ token: Token) -> Bool {
        switch token.kind {
        case .variable, .number, .string, .dateText: true
        case .symbol(let s): s == ")"
        default: false
        }
    }

    /// `<…>` is an IRI when it closes on the same line with no space inside and holds a `:`: its text and its
    /// length in characters.
    private func scanIRI() -> (String, Int)? {
        var b = at + 1
        var characters = 0
        var hasColon = false
        while b < bytes.count {
            let w = width(at: b)
            if w == 1 {
                switch bytes[b] {
                case UInt8(ascii: ">"):
                    return hasColon ? (String(decoding: bytes[(at + 1)..<b], as: UTF8.self), characters) : nil
                case UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"): return nil
                case UInt8(ascii: ":"): hasColon = true
                case let x where x < 0x80: if x == 0x20 || (0x09...0x0D).contains(x) { return nil }
                default: break
                }
            } else if character(at: b, width: w).isWhitespace {
                return nil
            }
            characters += 1
            b += w
        }
        return nil
    }

    private mutating func lexNumber(start: SourcePosition, startByte: Int) -> Token {
        var text: [UInt8] = []
        var separators = false
        var hasPoint = false
        if ascii == UInt8(ascii: "-") { text.append(UInt8(ascii: "-")); advance() }
        while at < bytes.count {
            if let digit = digitHere() {
                text.append(digit); advance()
            } else if let c = ascii, c == UInt8(ascii: "-") || c == UInt8(ascii: "/"), !text.isEmpty, text != [UInt8(ascii: "-")],
                      digitHere(ahead: 1) != nil {
                separators = true
                text.append(c); advance()
            } else if ascii == UInt8(ascii: "."), !separators, !hasPoint, digitHere(ahead: 1) != nil {
                hasPoint = true
                text.append(UInt8(ascii: ".")); advance()
            } else {
                break
            }
        }
        let digits = String(decoding: text, as: UTF8.self)
        let kind: Token.Kind = separators ? .dateText(digits) : .number(digits)
        return Token(kind: kind, text: source(from: startByte), start: start, length: index - start.offset)
    }

    private mutating func lexString(quote: UInt8, start: SourcePosition, startByte: Int) throws(QueryError) -> Token {
        advance()
        var value: [UInt8] = []
        while true {
            let w = width(at: at)
            guard w > 0, !(w == 1 && bytes[at] == 0x0A) else {
                throw reporter.error("this string is never closed", at: start, length: max(1, index - start.offset),
                                     expected: "a closing \(Character(Unicode.Scalar(quote))) on the same line",
                                     found: w == 0 ? "end of query" : "end of line")
            }
            let c: UInt8? = w == 1 ? bytes[at] : nil
            let from = at
            advance()
            if c == quote { break }
            if c == UInt8(ascii: "\\") {
                let escapeStart = SourcePosition(line: line, column: column - 1, offset: index - 1)
                guard let e = peek() else { continue }
                advance()
                switch e {
                case "n": value.append(0x0A)
                case "t": value.append(0x09)
                case "r": value.append(0x0D)
                case "\\", "\"", "'": value.append(contentsOf: String(e).utf8)
                case "u":
                    var hex = ""
                    while hex.count < 4, let h = peek(), h.isHexDigit { hex.append(h); advance() }
                    guard hex.count == 4, let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) else {
                        throw reporter.error("bad \\u escape", at: escapeStart, length: 2 + hex.count,
                                             expected: "four hex digits after \\u", found: "\\u" + hex)
                    }
                    value.append(contentsOf: String(scalar).utf8)
                default:
                    throw reporter.error("unknown escape \\\(e)", at: escapeStart, length: 2,
                                         expected: "one of \\\" \\' \\\\ \\n \\t \\r \\uXXXX", found: "\\\(e)")
                }
            } else {
                value.append(contentsOf: bytes[from..<at])
            }
        }
        return Token(kind: .string(String(decoding: value, as: UTF8.self)), text: source(from: startByte), start: start,
                     length: index - start.offset)
    }
}
