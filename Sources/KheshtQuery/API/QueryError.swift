/// A mistake in a query, located precisely and explained so a user can fix it without reading the grammar.
///
/// `description` renders the offending line with a caret under the token:
/// ```
/// error at 1:20: unknown property 'locaton'
///   find ?e where { ?e locaton "برج میلاد" }
///                      ^^^^^^^
///   expected: a property name
///   found: 'locaton'
///   did you mean: location, inLanguage?
/// ```
public struct QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, in one line.
    public let message: String
    public let position: SourcePosition
    /// Characters to underline (at least 1).
    public let length: Int
    /// The full text of the query line holding `position`.
    public let sourceLine: String
    /// What the parser or binder would have accepted here.
    public let expected: String?
    /// What it found instead.
    public let found: String?
    /// Closest known names (keywords, properties, classes or entity labels), best first.
    public let suggestions: [String]

    public var line: Int { position.line }
    public var column: Int { position.column }

    public init(message: String, position: SourcePosition, length: Int, sourceLine: String,
                expected: String? = nil, found: String? = nil, suggestions: [String] = []) {
        self.message = message
        self.position = position
        self.length = max(1, length)
        self.sourceLine = sourceLine
        self.expected = expected
        self.found = found
        self.suggestions = suggestions
    }

    /// The caret line: spaces up to the column, then one `^` per character of the token.
    public var caretLine: String {
        let prefix = sourceLine.prefix(max(0, position.column - 1)).map { $0 == "\t" ? "\t" : " " as Character }
        let width = max(1, min(length, max(1, sourceLine.count - position.column + 1)))
        return String(prefix) + String(repeating: "^", count: width)
    }

    public var description: String {
        var lines = ["error at \(position): \(message)", "  " + sourceLine, "  " + caretLine]
        if let expected { lines.append("  expected: \(expected)") }
        if let found { lines.append("  found: \(found)") }
        if !suggestions.isEmpty { lines.append("  did you mean: \(suggestions.joined(separator: ", "))?") }
        return lines.joined(separator: "\n")
    }
}

/// Builds `QueryError`s against one query text.
struct ErrorReporter: Sendable {
    let text: String

    /// Keeps the text only: the lexer, parser and binder each hold a reporter, and a query that has no mistake
    /// (the common case) should not pay for splitting its lines three times.
    init(text: String) {
        self.text = text
    }

    /// The query's lines, without line terminators (computed when an error is reported).
    var lines: [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
    }

    func error(_ message: String, at position: SourcePosition, length: Int, expected: String? = nil,
               found: String? = nil, suggestions: [String] = []) -> QueryError {
        let lines = self.lines
        let line = position.line - 1 < lines.count ? lines[position.line - 1] : ""
        return QueryError(message: message, position: position, length: length, sourceLine: line,
                          expected: expected, found: found, suggestions: suggestions)
    }

    func error(_ message: String, at token: Token, expected: String? = nil, suggestions: [String] = []) -> QueryError {
        error(message, at: token.start, length: token.length, expected: expected, found: token.display,
              suggestions: suggestions)
    }
}
