import KheshtGraph

/// What to put on a timeline: everything an entity takes part in, an explicit set of events (say, a query's
/// results), or both (their union); optionally cut to a date range. With neither, every event in the store.
public struct TimelineSelection: Sendable {
    /// An award, person, organization, venue or event.
    public var entity: Term?
    /// Explicit event terms.
    public var events: [Term]?
    /// Keep events whose days overlap `from.firstDay ... to.lastDay`; partial bounds allowed ("2019", "2019-11").
    public var from: GregorianPartialDate?
    public var to: GregorianPartialDate?

    public init(entity: Term? = nil, events: [Term]? = nil, from: GregorianPartialDate? = nil,
                to: GregorianPartialDate? = nil) {
        self.entity = entity
        self.events = events
        self.from = from
        self.to = to
    }

    /// A selection with a range read from user text ("2019", "2019-11", "2019-11-02"); nil text means unbounded.
    ///
    /// - Throws: `TimelineError.invalidDate` for text that is not a date, `.reversedRange` when from > to.
    public init(entity: Term? = nil, events: [Term]? = nil, fromText: String?, toText: String?) throws {
        func parse(_ text: String?) throws -> GregorianPartialDate? {
            guard let text, !text.isEmpty else { return nil }
            guard let date = GregorianPartialDate(lexical: text), date.precision <= .day else {
                throw TimelineError.invalidDate(text)
            }
            return date
        }
        self.init(entity: entity, events: events, from: try parse(fromText), to: try parse(toText))
        try validateRange()
    }

    /// - Throws: `TimelineError.reversedRange` when the range starts after it ends.
    public func validateRange() throws {
        if let from, let to, from.firstDayNumber > to.lastDayNumber {
            throw TimelineError.reversedRange(from: from.isoText, to: to.isoText)
        }
    }

    /// True when the days `first...last` overlap the range.
    func overlaps(first: Int, last: Int) -> Bool {
        if let from, last < from.firstDayNumber { return false }
        if let to, first > to.lastDayNumber { return false }
        return true
    }

    var hasRange: Bool { from != nil || to != nil }
}
