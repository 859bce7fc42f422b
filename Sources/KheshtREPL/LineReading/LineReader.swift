/// Where the REPL's input lines come from: an interactive line editor or plain standard input.
public protocol LineReader: AnyObject {
    /// The next line. `prompt` is shown only by interactive readers.
    func readLine(prompt: String) -> LineInput
    /// Remembers a finished entry (a whole statement or meta-command) for recall with Up-arrow and Ctrl-R.
    func addHistory(_ entry: String)
    /// True when a person is typing (prompts, colours and tab completion make sense).
    var isInteractive: Bool { get }
}

/// What a `LineReader` got.
public enum LineInput: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// End of input (Ctrl-D on an empty line, or the end of a pipe).
    case end
    /// Ctrl-C at the prompt: the line being typed, and any unfinished statement, are abandoned.
    case interrupted
}
