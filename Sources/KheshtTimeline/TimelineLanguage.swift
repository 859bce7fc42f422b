/// The language a timeline is written in: titles, labels and the page direction follow it.
public enum TimelineLanguage: String, Sendable, CaseIterable {
    case fa
    case en

    /// The other language, used when a label is missing in this one.
    public var fallback: TimelineLanguage { self == .fa ? .en : .fa }

    public var isRightToLeft: Bool { self == .fa }
}

/// Which calendar(s) a renderer shows dates in.
public enum TimelineCalendar: String, Sendable, CaseIterable {
    case jalali
    case gregorian
    case both
}
