#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KheshtQuery

/// Ctrl-C while a query runs cancels the query, not the session (as in psql and the DuckDB shell).
///
/// While a statement runs, SIGINT sets a flag instead of ending the process; the query engine reads the flag
/// through a `QueryCancellation` as rows flow, stops, and throws `QueryCancelled`. The handler does nothing but
/// store a `sig_atomic_t` (all a signal handler may safely do). `SA_RESTART` keeps other system calls of the
/// query (file reads through SQLite) from failing with EINTR. Afterwards the previous disposition comes back,
/// so the prompt's own handling (`PromptInterrupt`) and the default outside the REPL are unchanged.
enum QueryInterrupt {
    nonisolated(unsafe) static var flag: sig_atomic_t = 0

    /// What the engine asks: has Ctrl-C been pressed since the statement started?
    static let cancellation = QueryCancellation { QueryInterrupt.flag != 0 }

    static func whileRunning<T>(_ body: () throws -> T) rethrows -> T {
        flag = 0
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in QueryInterrupt.flag = 1 }
        #else
        action.__sigaction_u.__sa_handler = { _ in QueryInterrupt.flag = 1 }
        #endif
        var previous = sigaction()
        sigaction(SIGINT, &action, &previous)
        defer {
            sigaction(SIGINT, &previous, nil)
            flag = 0
        }
        return try body()
    }
}
