/// Why a timeline could not be built. The CLI prints `description` and exits non-zero.
public enum TimelineError: Error, Equatable, CustomStringConvertible {
    /// The selected entity (or set of events) has no event with a usable date.
    case noDatedEvents(subject: String, undatedCount: Int)
    /// Dated events exist but none overlaps the requested range.
    case noEventsInRange(from: String?, to: String?, datedCount: Int)
    /// The range starts after it ends.
    case reversedRange(from: String, to: String)
    /// A range bound is not a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    case invalidDate(String)

    public var description: String {
        switch self {
        case .noDatedEvents(let subject, let undated):
            let extra = undated > 0 ? " (\(undated) event\(undated == 1 ? "" : "s") without a date)" : ""
            return "\(subject) has no dated events\(extra); nothing to draw"
        case .noEventsInRange(let from, let to, let dated):
            return "none of the \(dated) dated events falls between \(from ?? "the beginning") and \(to ?? "the end")"
        case .reversedRange(let from, let to):
            return "the range starts (\(from)) after it ends (\(to)); swap --from and --to"
        case .invalidDate(let text):
            return "'\(text)' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (Gregorian)"
        }
    }
}
