import KheshtText
import KheshtQuery

/// A query mistake shown so it can be fixed at a glance: `line:column`, the line, a caret under the culprit,
/// what was expected, what was found, and the nearest known names.
///
/// The caret is placed by terminal cells, not characters: ZWNJ and Persian diacritics take no cell and CJK or
/// emoji take two, so counting characters (as `QueryError.caretLine` does) would point at the wrong place.
public struct QueryErrorDisplay: Sendable {
    public let style: TerminalStyle

    public init(style: TerminalStyle) { self.style = style }

    public func render(_ error: QueryError) -> String {
        var lines = [style.error("error at \(error.line):\(error.column): \(error.message)")]
        lines.append("  " + error.sourceLine)
        lines.append("  " + style.caret(caretLine(error)))
        if let expected = error.expected { lines.append("  expected: \(expected)") }
        if let found = error.found { lines.append("  found: \(found)") }
        if !error.suggestions.isEmpty {
            lines.append("  did you mean: " + style.emphasis(error.suggestions.joined(separator: ", ")) + "?")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Spaces (tabs kept, so the caret lines up under tabs too) up to the column, then `^` under each cell of
    /// the token.
    public func caretLine(_ error: QueryError) -> String {
        let characters = Array(error.sourceLine)
        let start = min(max(0, error.column - 1), characters.count)
        var out = ""
        for c in characters[..<start] {
            out += c == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(c))
        }
        let end = min(characters.count, start + error.length)
        let width = characters[start..<end].reduce(0) { $0 + DisplayWidth.of($1) }
        return out + String(repeating: "^", count: max(1, width))
    }
}
