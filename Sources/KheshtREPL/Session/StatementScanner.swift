/// Decides where a statement typed over several lines ends, the way the query lexer sees the text.
///
/// A statement ends with a `;` at the end of a line outside braces, strings and comments, or with a blank line.
/// A `;` inside `{ … }` is the language's "same subject" separator and never ends a statement. Strings (`"…"`,
/// `'…'` with backslash escapes), IRIs (`<…>` without spaces) and comments (`#` to the end of the line) are
/// skipped, so a `#` inside `<…rdf-schema#label>` or a `}` inside a string does not count.
public struct StatementScanner: Sendable {
    /// Lines gathered so far.
    public private(set) var lines: [String] = []
    private var depth = 0

    public init() {}

    public var isEmpty: Bool { lines.isEmpty }

    /// Adds a line; returns the finished statement (without its final `;`) when this line ends one.
    public mutating func add(_ line: String) -> String? {
        if line.allSatisfy(\.isWhitespace) {
            return lines.isEmpty ? nil : finish(dropSemicolon: false)
        }
        lines.append(line)
        let (delta, endsWithSemicolon) = Self.scan(line)
        depth += delta
        if depth <= 0 && endsWithSemicolon { return finish(dropSemicolon: true) }
        return nil
    }

    /// Whatever is pending, as a statement (at end of input); nil when nothing is.
    public mutating func flush() -> String? {
        lines.isEmpty ? nil : finish(dropSemicolon: false)
    }

    /// Drops a half-typed statement.
    public mutating func reset() {
        lines = []
        depth = 0
    }

    private mutating func finish(dropSemicolon: Bool) -> String {
        var text = lines.joined(separator: "\n")
        if dropSemicolon, let at = Self.lastCodeSemicolon(text) { text.remove(at: at) }
        reset()
        return text.trimmingWhitespace()
    }

    /// One line's change in brace depth, and whether its last code character (before any comment) is `;`.
    static func scan(_ line: String) -> (depthChange: Int, endsWithSemicolon: Bool) {
        var depth = 0
        var last: Character?
        forEachCodeCharacter(line) { c, _ in
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
            if !c.isWhitespace { last = c }
        }
        return (depth, last == ";")
    }

    /// The index of the last `;` that is code (not in a string, IRI or comment).
    static func lastCodeSemicolon(_ text: String) -> String.Index? {
        var found: String.Index?
        forEachCodeCharacter(text) { c, index in if c == ";" { found = index } }
        return found
    }

    /// The text with comments removed and its lines joined by spaces: one history entry per statement.
    public static func singleLine(_ text: String) -> String {
        var out = ""
        forEachCodeCharacter(text, includeLiterals: true) { c, _ in out.append(c.isNewline ? " " : c) }
        return out.trimmingWhitespace()
    }

    /// Calls `body` for each character outside comments; strings and IRIs are skipped unless `includeLiterals`.
    static func forEachCodeCharacter(_ text: String, includeLiterals: Bool = false, _ body: (Character, String.Index) -> Void) {
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "#" {
                while i < text.endIndex && text[i] != "\n" { i = text.index(after: i) }
                continue
            }
            if c == "\"" || c == "'" {
                var j = text.index(after: i)
                while j < text.endIndex && text[j] != c && text[j] != "\n" {
                    if text[j] == "\\" { j = text.index(after: j); if j == text.endIndex { break } }
                    j = text.index(after: j)
                }
                let end = j < text.endIndex && text[j] == c ? text.index(after: j) : j
                if includeLiterals { var k = i; while k < end { body(text[k], k); k = text.index(after: k) } }
                i = end
                continue
            }
            if c == "<", let close = iriEnd(text, from: i) {
                if includeLiterals { var k = i; while k < close { body(text[k], k); k = text.index(after: k) } }
                i = close
                continue
            }
            body(c, i)
            i = text.index(after: i)
        }
    }

    /// The index after the `>` closing an IRI opened at `start`, when one closes before a space or quote.
    private static func iriEnd(_ text: String, from start: String.Index) -> String.Index? {
        var j = text.index(after: start)
        while j < text.endIndex {
            let c = text[j]
            if c == ">" { return j == text.index(after: start) ? nil : text.index(after: j) }
            if c.isWhitespace || c == "<" || c == "\"" || c == "{" || c == "}" { return nil }
            j = text.index(after: j)
        }
        return nil
    }
}

extension String {
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
