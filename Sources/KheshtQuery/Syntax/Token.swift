/// A position in query text: 1-based line and column (columns count characters, so Persian text lines up).
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    /// Character offset from the start of the query text.
    public let offset: Int

    public var description: String { "\(line):\(column)" }
}

/// One lexical unit of the query language.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `?name` or `$name` (the name without the sigil).
        case variable(String)
        /// A bare word: keyword, property, class or function name. Keywords are recognised by the parser.
        case word(String)
        /// `prefix:local`.
        case prefixedName(prefix: String, local: String)
        /// `<…>` without the brackets.
        case iri(String)
        /// A quoted string with escapes resolved.
        case string(String)
        /// `@fa` right after a string.
        case languageTag(String)
        /// Digits (any script, already folded to ASCII), optionally with a decimal part.
        case number(String)
        /// Digits with `-` or `/` separators: `2019-11-02`, `1398/08`.
        case dateText(String)
        /// Punctuation and operators: `{ } ( ) . ; , * + / | ^ ! = != < <= > >= && || ? ^^`.
        case symbol(String)
        case end
    }

    let kind: Kind
    /// The text as written.
    let text: String
    let start: SourcePosition
    /// Length in characters (for the caret underline).
    let length: Int

    /// How the token is shown in "found …" messages.
    var display: String {
        switch kind {
        case .end: "end of query"
        case .string: "string \(text)"
        case .variable: "variable \(text)"
        case .number, .dateText: "number \(text)"
        default: "'\(text)'"
        }
    }

    func isWord(_ keyword: String) -> Bool {
        if case .word(let w) = kind { return w.lowercased() == keyword }
        return false
    }

    func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(let s) = kind { return s == symbol }
        return false
    }
}
