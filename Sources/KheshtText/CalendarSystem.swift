/// The calendar a date was written in.
public enum CalendarSystem: String, Sendable, Hashable, CaseIterable {
    case gregorian
    /// Solar Hijri, computed by `JalaliCalendar`.
    case jalali
}
