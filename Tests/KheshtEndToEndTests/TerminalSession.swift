import Foundation

/// A program running inside a detached tmux session on a private socket: keystrokes in, screen text out.
///
/// tmux gives the program a real pseudo-terminal (so libedit, isatty and colours behave as for a person) and
/// `capture-pane` shows what a person would see. tmux is required: a missing tmux fails the test.
final class TerminalSession {
    let socket = "khesht-test-\(UUID().uuidString.prefix(8))"
    let target = "repl"
    private let tmux: String
    /// Where the shell writes the program's exit status. tmux's own `pane_dead` can lag (the server reaps its
    /// child late), so the shell around the program reports instead.
    private let statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-status-\(UUID().uuidString)").path

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Starts `command` (run by /bin/sh) in a `columns`×`rows` terminal.
    init(command: String, columns: Int = 160, rows: Int = 60) throws {
        guard let found = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first(where: FileManager.default.isExecutableFile) else {
            throw Failure(description: "tmux is required for the terminal REPL test: apt-get install -y tmux")
        }
        tmux = found
        let wrapped = "\(command); echo $? > '\(statusFile)'"
        try run(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)", wrapped])
        try run(["set-option", "-t", target, "remain-on-exit", "on"])
        try run(["set-option", "-t", target, "history-limit", "5000"])
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: statusFile)
    }

    /// Types `text` literally. tmux would take a trailing `;` as its own command separator, so semicolons are
    /// sent as hex key codes.
    func type(_ text: String) throws {
        var chunk = ""
        for c in text {
            if c == ";" {
                if !chunk.isEmpty { try run(["send-keys", "-t", target, "-l", chunk]); chunk = "" }
                try run(["send-keys", "-t", target, "-H", "3b"])
            } else {
                chunk.append(c)
            }
        }
        if !chunk.isEmpty { try run(["send-keys", "-t", target, "-l", chunk]) }
    }

    /// Presses named keys: `Enter`, `Tab`, `Up`, `C-u` …
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// The whole scrollback and screen as plain text.
    func screen() throws -> String {
        try run(["capture-pane", "-p", "-J", "-S", "-", "-t", target])
    }

    /// The visible line holding the cursor.
    func cursorLine() throws -> String {
        let y = try run(["display-message", "-p", "-t", target, "#{cursor_y}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let lines = try run(["capture-pane", "-p", "-t", target]).components(separatedBy: "\n")
        guard let row = Int(y), row < lines.count else { return "" }
        return lines[row]
    }

    /// Waits until `condition` holds for the screen text; fails with the screen after `seconds`.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var text = ""
        while Date() < deadline {
            text = try screen()
            if condition(text) { return text }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "timed out waiting for \(what); screen:\n\(text)")
    }

    /// Waits until the cursor sits on an empty `prompt` line: the program is reading again. Keys typed before that
    /// reach the terminal in cooked mode and may be lost when the line editor switches it to raw mode.
    func waitForPrompt(_ prompt: String = "khesht>", seconds: Double = 15) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try cursorLine().trimmingCharacters(in: .whitespaces) == prompt {
                Thread.sleep(forTimeInterval: 0.1)
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "timed out waiting for an empty \(prompt) line; screen:\n\(try screen())")
    }

    /// The program's exit status once it has exited; nil while it runs.
    func exitStatus() throws -> Int32? {
        guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = environment["TERM"].flatMap { $0.isEmpty || $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment["TMUX"] = nil
        // Output through a file, not a pipe: the tmux server forked by new-session keeps inherited descriptors.
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("khesht-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: capture) }
        let status = try Self.spawn(tmux, ["-L", socket] + arguments, environment: environment, output: capture.path)
        let text = (try? String(contentsOf: capture, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(text)")
        }
        return text
    }

    /// posix_spawn with an empty signal mask and default handlers. Foundation's `Process` passes on the test
    /// runner's mask, which blocks nearly every signal; a tmux server started with it never sees SIGCHLD or
    /// SIGTERM and hangs its clients.
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String], output: String) throws -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let error = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard error == 0 else { throw Failure(description: "cannot start \(executable): error \(error)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, spelled out (the C macros are not imported).
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
