/// How much of a date the source actually gave. A timeline never shows more than this.
public enum DatePrecision: Int, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    case year
    case month
    case day
    case time

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .year: "year"
        case .month: "month"
        case .day: "day"
        case .time: "time"
        }
    }
}
