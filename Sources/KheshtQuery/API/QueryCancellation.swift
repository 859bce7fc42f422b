/// How a running query learns that it should stop: a question the evaluator asks as rows flow (per row a plan
/// step emits, per triple a hash join reads, per node a path walk reaches), so a query that would run for minutes
/// stops within milliseconds of the request.
///
/// It is a closure, not an object to flip, so that the thing asking to stop can be whatever fits the caller: the
/// REPL's Ctrl-C handler sets a `sig_atomic_t` (a signal handler may touch nothing else) and the closure reads it;
/// a test counts calls. The closure must be cheap and safe to call from the query's thread.
public struct QueryCancellation: Sendable {
    let isRequested: @Sendable () -> Bool

    public init(_ isRequested: @escaping @Sendable () -> Bool) {
        self.isRequested = isRequested
    }

    /// Never stops (the default for `QueryEngine.run`).
    public static let never = QueryCancellation { false }
}

/// Thrown by `QueryEngine.run(_:cancellation:)` when the query was stopped before it finished. Nothing partial is
/// returned: a truncated answer could pass for a complete one.
public struct QueryCancelled: Error, Equatable, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { "query cancelled" }
}
