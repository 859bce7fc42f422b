@preconcurrency import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Line editing over libedit's readline emulation: arrow keys, Up-arrow history, Ctrl-R reverse search, and Tab
/// completion from a `Completer`, with history kept in `~/.khesht_history` (or `$KHESHT_HISTORY`).
///
/// libedit calls completion through C function pointers that cannot capture context, so the completer lives in
/// global state (`EditLineCompletion`). One `EditLineReader` is meant to exist per process.
public final class EditLineReader: LineReader {
    /// The history file in use (nil: history is kept in memory only).
    public let historyPath: String?

    /// - Parameters:
    ///   - historyPath: where history is read from and written to; `defaultHistoryPath` when not given.
    ///   - completer: what Tab offers.
    public init(historyPath: String? = EditLineReader.defaultHistoryPath(), completer: Completer) {
        self.historyPath = historyPath
        EditLineReader.useUTF8Locale()
        EditLineCompletion.install(completer)
        using_history()
        stifle_history(2000)
        if let historyPath { _ = read_history(historyPath) }
    }

    /// `$KHESHT_HISTORY` when set, else `~/.khesht_history`.
    public static func defaultHistoryPath(environment: [String: String] = EditLineReader.environment()) -> String? {
        if let path = environment["KHESHT_HISTORY"], !path.isEmpty { return path }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.khesht_history"
    }

    public func readLine(prompt: String) -> LineInput {
        let line = PromptInterrupt.whileReading { readline(prompt) }
        guard let line else { return PromptInterrupt.happened ? .interrupted : .end }
        defer { free(line) }
        return .line(String(cString: line))
    }

    public func addHistory(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        add_history(entry)
        if let historyPath { _ = write_history(historyPath) }
    }

    public var isInteractive: Bool { true }

    /// libedit decodes keystrokes with the C library's multibyte functions: without a UTF-8 `LC_CTYPE` a Persian
    /// letter arrives as two unknown bytes. Use the environment's locale, or C.UTF-8 when that is not UTF-8.
    static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    public static func environment() -> [String: String] {
        var out: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") { out[String(text[..<eq])] = String(text[text.index(after: eq)...]) }
            pointer += 1
        }
        return out
    }
}

/// Ctrl-C at the prompt abandons the line instead of ending the session (as in psql and the DuckDB shell).
///
/// The handler is installed only while libedit waits for a line, and without `SA_RESTART`: the blocked `read`
/// then fails with EINTR, `readline` returns NULL, and the flag tells that apart from Ctrl-D. (With `signal()`,
/// which restarts reads, libedit would keep waiting and the keystroke would seem lost.) Outside the prompt the
/// default action applies, so Ctrl-C still stops a long-running query by ending the process.
enum PromptInterrupt {
    nonisolated(unsafe) static var flag: sig_atomic_t = 0
    static var happened: Bool { flag != 0 }

    static func whileReading<T>(_ body: () -> T) -> T {
        flag = 0
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in PromptInterrupt.flag = 1 }
        #else
        action.__sigaction_u.__sa_handler = { _ in PromptInterrupt.flag = 1 }
        #endif
        var previous = sigaction()
        sigaction(SIGINT, &action, &previous)
        defer { sigaction(SIGINT, &previous, nil) }
        return body()
    }
}

/// The global state behind libedit's completion callbacks.
enum EditLineCompletion {
    nonisolated(unsafe) static var completer: Completer?
    /// Candidates of the completion in progress, handed out one by one by `generator`.
    nonisolated(unsafe) static var pending: [String] = []
    nonisolated(unsafe) static var nextIndex = 0
    /// The characters that end a word for completion: spaces, quotes, brackets and the query's punctuation.
    nonisolated(unsafe) static var wordBreaks: UnsafeMutablePointer<CChar>? = strdup(" \t\n\"'(){};,|/^=<>!")

    static func install(_ completer: Completer) {
        self.completer = completer
        rl_readline_name = UnsafePointer(strdup("khesht"))
        rl_basic_word_break_characters = UnsafePointer(wordBreaks)
        rl_attempted_completion_function = attempted
        rl_completion_entry_function = generator
        rl_completion_query_items = 100
    }

    /// `rl_attempted_completion_function`: the matches for the word `text` that starts at `start`.
    static let attempted: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, start, end in
        rl_attempted_completion_over = 1
        guard let completer = EditLineCompletion.completer, let text else { return nil }
        let word = String(cString: text)
        let line = rl_line_buffer.map { String(cString: $0) } ?? ""
        let before = EditLineCompletion.textBefore(word: word, start: Int(start), line: line)
        guard let completion = completer.complete(word: word, lineBeforeWord: before) else { return nil }
        rl_completion_append_character = completion.closesQuote ? 0x22 : 0x20
        return EditLineCompletion.matchArray(completion)
    }

    /// `rl_completion_entry_function`: the generator protocol (state 0 starts over), over the last candidates.
    static let generator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { text, state in
        if state == 0 {
            let word = text.map { String(cString: $0) } ?? ""
            EditLineCompletion.pending = EditLineCompletion.completer?.candidates(for: word, quoted: false) ?? []
            EditLineCompletion.nextIndex = 0
        }
        guard EditLineCompletion.nextIndex < EditLineCompletion.pending.count else { return nil }
        defer { EditLineCompletion.nextIndex += 1 }
        return strdup(EditLineCompletion.pending[EditLineCompletion.nextIndex])
    }

    /// The malloc'd, NULL-terminated array libedit expects: the replacement first, then every match for the list.
    /// A single match is given twice (`[m, m, NULL]`): libedit reads `matches[2]` to decide that a match is the
    /// only one, and only then appends the closing character. libedit frees the array.
    static func matchArray(_ completion: Completer.Completion) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let single = completion.matches.count == 1 || completion.closesQuote
        let entries = single ? [completion.replacement, completion.replacement] : [completion.replacement] + completion.matches
        // libedit frees with free(): allocate with malloc, not Swift's allocator.
        let raw = malloc((entries.count + 1) * MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)!
        let matches = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
        for (i, entry) in entries.enumerated() { matches[i] = strdup(entry) }
        matches[entries.count] = nil
        return matches
    }

    /// The line before the word being completed. libedit passes `start` in wide characters (Unicode scalars on
    /// Linux) while `rl_line_buffer` is UTF-8, so count scalars; fall back to bytes if that does not line up.
    static func textBefore(word: String, start: Int, line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        if start >= 0, start <= scalars.count {
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            if rest.hasPrefix(word) { return String(String.UnicodeScalarView(scalars[..<start])) }
        }
        let bytes = Array(line.utf8)
        if start >= 0, start <= bytes.count, let prefix = String(validating: bytes[..<start], as: UTF8.self) {
            return prefix
        }
        return line.hasSuffix(word) ? String(line.dropLast(word.count)) : line
    }
}
