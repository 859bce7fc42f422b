/// Reads lines from standard input (or any `FILE`), for piped or redirected input: no prompts, no history.
public final class PlainLineReader: LineReader {
    private let next: () -> String?

    /// Lines from standard input.
    public init() {
        next = { Swift.readLine(strippingNewline: true) }
    }

    /// Lines from a fixed list, for tests and `khesht query -f`.
    public init(lines: [String]) {
        var iterator = lines.makeIterator()
        next = { iterator.next() }
    }

    public func readLine(prompt: String) -> LineInput {
        guard var line = next() else { return .end }
        if line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }

    public func addHistory(_ entry: String) {}

    public var isInteractive: Bool { false }
}
