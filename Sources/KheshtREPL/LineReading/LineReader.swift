/// Where the REPL's input lines come from: an interactive line editor or plain standard input.
public protocol LineReader: AnyObject {
    /// The next line without its newline, or nil at end of input. `prompt` is shown only by interactive readers.
    func readLine(prompt: String) -> String?
    /// Remembers a finished entry (a whole statement or meta-command) for recall with Up-arrow and Ctrl-R.
    func addHistory(_ entry: String)
    /// True when a person is typing (prompts, colours and tab completion make sense).
    var isInteractive: Bool { get }
}
