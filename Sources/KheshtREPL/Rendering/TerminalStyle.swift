/// ANSI colours for a terminal, or none at all.
///
/// Colour is on only for a terminal and never when `NO_COLOR` is set (https://no-color.org), so piped output and
/// files stay plain text.
public struct TerminalStyle: Sendable, Equatable {
    public let enabled: Bool

    public static let plain = TerminalStyle(enabled: false)
    public static let colored = TerminalStyle(enabled: true)

    public init(enabled: Bool) { self.enabled = enabled }

    /// Colour when writing to a terminal and `NO_COLOR` is unset or empty.
    public static func forOutput(isTerminal: Bool, environment: [String: String]) -> TerminalStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(enabled: isTerminal && !noColor)
    }

    public func header(_ text: String) -> String { wrap(text, "1;36") }
    public func error(_ text: String) -> String { wrap(text, "1;31") }
    public func caret(_ text: String) -> String { wrap(text, "1;32") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func emphasis(_ text: String) -> String { wrap(text, "1") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
