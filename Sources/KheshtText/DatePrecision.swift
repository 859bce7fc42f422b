/// How much of a date a text actually states. Values never claim more than this (no invented "-01-01").
public enum DatePrecision: Int, Sendable, Hashable, Comparable, CaseIterable {
    case year
    case yearMonth
    case day
    /// A day with a clock time ("۱۲ آبان ۱۳۹۸ - ۱۰:۲۷").
    case dateTime

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rawValue < rhs.rawValue }
}
