/// Parses N-Quads, and N-Triples as the special case without graph names, one line at a time.
///
/// Both syntaxes are line-based: every statement sits on its own line, so a parser that sees one line at a time can
/// stream files of any size in constant memory (see `NQuadsFileReader`). The parser works on UTF-8 bytes and only
/// builds `String`s for finished terms, which keeps it fast on large dumps.
///
/// ```swift
/// let parser = NQuadsParser(allowGraphs: false)          // N-Triples
/// let quads = try parser.parse(document: text)
/// ```
///
/// Related spec: RDF 1.1 N-Quads §3 and RDF 1.1 N-Triples §7 (grammar). Deviation on purpose: `:` is refused in
/// blank node labels, as the W3C test suite (nt-syntax-bad-bnode-01/02) and RDF 1.2 require.
public struct NQuadsParser: Sendable {
    /// False for N-Triples: a fourth term (a graph name) is then a syntax error.
    public let allowGraphs: Bool

    public init(allowGraphs: Bool = true) {
        self.allowGraphs = allowGraphs
    }

    /// Parses one line (without its line break).
    ///
    /// - Returns: the statement on the line, or nil for a blank or comment-only line.
    /// - Throws: `SyntaxError` with `lineNumber` and the 1-based column of the offending character.
    public func parse(line: Substring, lineNumber: Int) throws(SyntaxError) -> Quad? {
        var text = line
        let outcome = text.withUTF8 { bytes in Result { () throws(SyntaxError) in try parse(bytes: bytes, lineNumber: lineNumber) } }
        return try outcome.get()
    }

    /// Parses one line given as UTF-8 bytes (without its line break).
    public func parse(bytes: UnsafeBufferPointer<UInt8>, lineNumber: Int) throws(SyntaxError) -> Quad? {
        var scanner = NQuadsLineScanner(bytes: bytes, lineNumber: lineNumber)
        return try scanner.statement(allowGraphs: allowGraphs)
    }

    /// Parses one line, reusing the IRIs of earlier lines from `recent` when their bytes repeat (see
    /// `RecentIRIs`); the result is the same as without it.
    public func parse(bytes: UnsafeBufferPointer<UInt8>, lineNumber: Int,
                      recent: RecentIRIs) throws(SyntaxError) -> Quad? {
        var scanner = NQuadsLineScanner(bytes: bytes, lineNumber: lineNumber)
        scanner.recent = recent
        return try scanner.statement(allowGraphs: allowGraphs)
    }

    /// Parses a whole document held in memory. Lines end with LF, CR or CR LF.
    public func parse(document: String) throws(SyntaxError) -> [Quad] {
        var quads: [Quad] = []
        try forEachQuad(in: document) { quad in quads.append(quad) }
        return quads
    }

    /// Calls `body` for each statement of a document held in memory, without building an array.
    public func forEachQuad(in document: String, _ body: (Quad) -> Void) throws(SyntaxError) {
        var text = document
        let outcome = text.withUTF8 { bytes in
            Result { () throws(SyntaxError) in
                var lineNumber = 0
                _ = try NQuadsLineSplitter.forEachLine(in: bytes, isFinal: true) { (line) throws(SyntaxError) in
                    lineNumber += 1
                    if let quad = try parse(bytes: line, lineNumber: lineNumber) { body(quad) }
                }
            }
        }
        try outcome.get()
    }
}

/// Splits UTF-8 bytes into lines at LF, CR or CR LF (N-Triples' EOL is `[#xD#xA]+`; CR LF counts as one line break
/// so line numbers match what editors show).
enum NQuadsLineSplitter {
    /// Calls `body` for each complete line and returns how many bytes were consumed. When `isFinal` is false, the
    /// unterminated tail (and a CR that may be followed by LF in the next chunk) is left for the caller to carry over.
    static func forEachLine<E: Error>(
        in bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool,
        _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> Void
    ) throws(E) -> Int {
        let count = bytes.count
        var lineStart = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D && index + 1 == count && !isFinal { break }
                try body(UnsafeBufferPointer(rebasing: bytes[lineStart..<index]))
                if byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                lineStart = index
            } else {
                index += 1
            }
        }
        if isFinal {
            if lineStart < count { try body(UnsafeBufferPointer(rebasing: bytes[lineStart..<count])) }
            return count
        }
        return lineStart
    }
}

/// Reads the terms of one N-Quads line. Positions are byte offsets; errors convert them to scalar columns.
struct NQuadsLineScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let lineNumber: Int
    var position = 0
    /// IRIs of earlier lines to reuse, when the caller streams a file.
    var recent: RecentIRIs?

    init(bytes: UnsafeBufferPointer<UInt8>, lineNumber: Int) {
        self.bytes = bytes
        self.lineNumber = lineNumber
        // A byte order mark is tolerated at the start of a file, as most RDF tools do.
        if lineNumber == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    // MARK: Statement

    mutating func statement(allowGraphs: Bool) throws(SyntaxError) -> Quad? {
        skipWhitespace()
        if atEndOfContent { return nil }

        let subject: Term
        switch peek {
        case UInt8(ascii: "<"): subject = .iri(try iri(role: .subject))
        case UInt8(ascii: "_"): subject = .blank(try blankNode())
        case UInt8(ascii: "\""): throw error("a literal cannot be a subject; expected an IRI <...> or a blank node _:label")
        default: throw error("expected a subject: an IRI <...> or a blank node _:label")
        }
        skipWhitespace()

        guard peek == UInt8(ascii: "<") else {
            throw error(atEnd ? "the statement ends after the subject; expected a predicate IRI <...>"
                              : "expected a predicate: an IRI <...>")
        }
        let predicate = try iri(role: .predicate)
        skipWhitespace()

        let object: Term
        switch peek {
        case UInt8(ascii: "<"): object = .iri(try iri(role: .object))
        case UInt8(ascii: "_"): object = .blank(try blankNode())
        case UInt8(ascii: "\""): object = .literal(try literal())
        default:
            throw error(atEnd ? "the statement ends after the predicate; expected an object"
                              : "expected an object: an IRI <...>, a blank node _:label or a literal \"...\"")
        }
        skipWhitespace()

        var graph: Term?
        if peek == UInt8(ascii: "<") || peek == UInt8(ascii: "_") {
            guard allowGraphs else {
                throw error("N-Triples has no graph names: expected '.' to end the triple (use N-Quads for quads)")
            }
            graph = peek == UInt8(ascii: "<") ? .iri(try iri()) : .blank(try blankNode())
            skipWhitespace()
        } else if peek == UInt8(ascii: "\"") && allowGraphs {
            throw error("a literal cannot be a graph name; expected an IRI <...> or a blank node _:label")
        }

        guard peek == UInt8(ascii: ".") else {
            throw error(atEnd ? "the statement must end with '.'"
                              : allowGraphs ? "expected a graph name or '.' to end the statement"
                                            : "expected '.' to end the triple")
        }
        position += 1
        skipWhitespace()
        guard atEndOfContent else { throw error("unexpected text after '.'; one statement per line") }
        return Quad(subject, predicate, object, graph: graph)
    }

    // MARK: Terms

    /// IRIREF: `<` ([^#x00-#x20<>"{}|^`\] | UCHAR)* `>`, which must be absolute.
    mutating func iri(role: RecentIRIs.Role = .object) throws(SyntaxError) -> IRI {
        if let recent, let (iri, end) = recent.match(bytes, openingAt: position, role: role) {
            position = end + 1
            return iri
        }
        let open = position
        position += 1
        let start = position
        var decoded: [UInt8]?
        while true {
            guard position < bytes.count else { throw error("the IRI is not closed; expected '>'", at: open) }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "\\") {
                if decoded == nil { decoded = Array(bytes[start..<position]) }
                let escapeStart = position
                let next = position + 1 < bytes.count ? bytes[position + 1] : 0
                guard next == UInt8(ascii: "u") || next == UInt8(ascii: "U") else {
                    throw error("only \\uXXXX and \\UXXXXXXXX escapes are allowed in an IRI", at: escapeStart)
                }
                let scalar = try unicodeEscape()
                if scalar.value <= 0x20 || (scalar.value < 0x80 && NQuadsLineScanner.isForbiddenInIRI(UInt8(scalar.value))) {
                    throw error("the escape gives \(IRI.describe(scalar)), which is not allowed in an IRI", at: escapeStart)
                }
                decoded!.append(contentsOf: String(scalar).utf8)
                continue
            }
            if byte >= 0x80 {
                let length = try validScalarLength(at: position)
                decoded?.append(contentsOf: bytes[position..<position + length])
                position += length
                continue
            }
            if byte <= 0x20 || NQuadsLineScanner.isForbiddenInIRI(byte) {
                throw error("\(IRI.describe(Unicode.Scalar(byte))) is not allowed in an IRI", at: position)
            }
            decoded?.append(byte)
            position += 1
        }
        let end = position
        position += 1 // '>'
        // The bytes are valid UTF-8 by now, so decoding repairs nothing.
        let text: String
        let isAbsolute: Bool
        if let decoded {
            text = String(decoding: decoded, as: UTF8.self)
            isAbsolute = decoded.withUnsafeBufferPointer(\.hasScheme)
        } else {
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            text = String(decoding: slice, as: UTF8.self)
            isAbsolute = slice.hasScheme
        }
        guard isAbsolute else {
            throw error("relative IRI <\(text)>; N-Triples and N-Quads need absolute IRIs such as <http://example.org/x>", at: open)
        }
        let iri = IRI(unchecked: text)
        // Only IRIs written without escapes: their text is their bytes, which is what `match` compares.
        if let recent, decoded == nil { recent.remember(iri, role: role) }
        return iri
    }

    /// BLANK_NODE_LABEL: `_:` (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
    mutating func blankNode() throws(SyntaxError) -> BlankNode {
        guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ":") else {
            throw error("expected '_:' to start a blank node label")
        }
        position += 2
        let labelStart = position
        guard let (first, firstLength) = scalar(at: position),
              NQuadsLineScanner.isLabelStart(first) else {
            throw error("a blank node label starts with a letter, digit or '_'", at: position)
        }
        position += firstLength
        var lastNonDot = position
        while let (next, length) = scalar(at: position), NQuadsLineScanner.isLabelChar(next) || next == "." {
            position += length
            if next != "." { lastNonDot = position }
        }
        // A label cannot end with '.', so trailing dots belong to the statement ("_:b." is "_:b" then ".").
        position = lastNonDot
        if position < bytes.count, bytes[position] == UInt8(ascii: ":") {
            throw error("':' is not allowed in a blank node label", at: position)
        }
        return BlankNode(String(decoding: UnsafeBufferPointer(rebasing: bytes[labelStart..<position]), as: UTF8.self))
    }

    /// STRING_LITERAL_QUOTE followed by an optional `^^<datatype>` or `@language`.
    mutating func literal() throws(SyntaxError) -> Literal {
        let open = position
        position += 1
        let start = position
        var decoded: [UInt8]?
        while true {
            guard position < bytes.count else { throw error("the string is not closed; expected '\"'", at: open) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                if decoded == nil { decoded = Array(bytes[start..<position]) }
                let escapeStart = position
                let next = position + 1 < bytes.count ? bytes[position + 1] : 0
                let simple: UInt8?
                switch next {
                case UInt8(ascii: "t"): simple = 0x09
                case UInt8(ascii: "b"): simple = 0x08
                case UInt8(ascii: "n"): simple = 0x0A
                case UInt8(ascii: "r"): simple = 0x0D
                case UInt8(ascii: "f"): simple = 0x0C
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"): simple = next
                case UInt8(ascii: "u"), UInt8(ascii: "U"): simple = nil
                default:
                    throw error("unknown escape; use \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX or \\UXXXXXXXX", at: escapeStart)
                }
                if let simple {
                    decoded!.append(simple)
                    position += 2
                } else {
                    decoded!.append(contentsOf: String(try unicodeEscape()).utf8)
                }
                continue
            }
            if byte >= 0x80 {
                let length = try validScalarLength(at: position)
                decoded?.append(contentsOf: bytes[position..<position + length])
                position += length
                continue
            }
            if byte == 0x0A || byte == 0x0D {
                throw error("a line break inside a string must be written \\n or \\r", at: position)
            }
            decoded?.append(byte)
            position += 1
        }
        let end = position
        position += 1 // closing quote
        // The bytes are valid UTF-8 by now, so decoding repairs nothing.
        let lexical = decoded.map { String(decoding: $0, as: UTF8.self) }
            ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)

        if peek == UInt8(ascii: "@") {
            return Literal(lexical, knownLanguage: try languageTag())
        }
        if peek == UInt8(ascii: "^") {
            let caret = position
            guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "^") else {
                throw error("expected '^^' before a datatype IRI", at: caret)
            }
            position += 2
            guard peek == UInt8(ascii: "<") else { throw error("expected a datatype IRI <...> after '^^'") }
            let datatype = try iri(role: .object)
            if datatype == RDF.langString {
                throw error("rdf:langString needs a language tag: write \"...\"@fa, not ^^rdf:langString", at: caret)
            }
            return Literal(lexical, datatype: datatype)
        }
        return Literal(lexical)
    }

    /// LANGTAG: `@` [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
    mutating func languageTag() throws(SyntaxError) -> String {
        position += 1 // '@'
        let start = position
        while position < bytes.count, NQuadsLineScanner.isASCIILetter(bytes[position]) { position += 1 }
        guard position > start else { throw error("a language tag starts with letters, such as @fa or @en-GB") }
        while position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            position += 1
            let subtagStart = position
            while position < bytes.count, NQuadsLineScanner.isASCIILetter(bytes[position]) || NQuadsLineScanner.isASCIIDigit(bytes[position]) {
                position += 1
            }
            guard position > subtagStart else { throw error("a '-' in a language tag must be followed by letters or digits") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// UCHAR at `position` (which holds the backslash): `\u` and 4 hex digits or `\U` and 8. Advances past it.
    mutating func unicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
        let escapeStart = position
        let digits = bytes[position + 1] == UInt8(ascii: "u") ? 4 : 8
        position += 2
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard position < bytes.count, let digit = NQuadsLineScanner.hexValue(bytes[position]) else {
                throw error("\\\(digits == 4 ? "u" : "U") needs \(digits) hex digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("U+\(hex4(value)) is not a Unicode scalar value (surrogate or beyond U+10FFFF)", at: escapeStart)
        }
        return scalar
    }

    // MARK: Bytes

    var atEnd: Bool { position >= bytes.count }
    var peek: UInt8 { position < bytes.count ? bytes[position] : 0 }

    /// True at the end of the line or at a comment.
    var atEndOfContent: Bool { position >= bytes.count || bytes[position] == UInt8(ascii: "#") }

    /// WS is space or tab only (line breaks end the statement).
    mutating func skipWhitespace() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    }

    /// Decodes the UTF-8 scalar at `offset`, or nil at the end or on malformed bytes.
    func scalar(at offset: Int) -> (Unicode.Scalar, Int)? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard offset + length <= bytes.count else { return nil }
        for index in 1..<length {
            let byte = bytes[offset + index]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Overlong forms decode below the minimum for their length.
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The length of the well-formed UTF-8 sequence at `offset`, or an error pointing at the bad byte.
    func validScalarLength(at offset: Int) throws(SyntaxError) -> Int {
        guard let (_, length) = scalar(at: offset) else { throw error("invalid UTF-8 byte sequence", at: offset) }
        return length
    }

    func error(_ message: String, at offset: Int? = nil) -> SyntaxError {
        let end = min(offset ?? position, bytes.count)
        var column = 1
        for index in 0..<end where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return SyntaxError(line: lineNumber, column: column, message: message)
    }

    // MARK: Character classes

    static func isForbiddenInIRI(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "\\"):
            return true
        default:
            return false
        }
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    static func isASCIIDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    /// PN_CHARS_BASE from the N-Triples grammar.
    static func isNameBase(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
             0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
             0x10000...0xEFFFF:
            return true
        default:
            return false
        }
    }

    /// First character of a label: PN_CHARS_U (without ':') or a digit.
    static func isLabelStart(_ scalar: Unicode.Scalar) -> Bool {
        isNameBase(scalar) || scalar == "_" || (0x30...0x39).contains(scalar.value)
    }

    /// PN_CHARS (without ':').
    static func isLabelChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x30...0x39, 0x5F, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return isNameBase(scalar)
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// True when the bytes start with a URI scheme and ':' (`[A-Za-z][A-Za-z0-9+.-]*:`), i.e. the IRI is absolute.
    var hasScheme: Bool {
        guard let first = first, NQuadsLineScanner.isASCIILetter(first) else { return false }
        for byte in dropFirst() {
            if byte == UInt8(ascii: ":") { return true }
            guard NQuadsLineScanner.isASCIILetter(byte) || NQuadsLineScanner.isASCIIDigit(byte)
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return false }
        }
        return false
    }
}
