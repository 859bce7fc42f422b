/// The output formats a timeline can be written in; the CLI's `--format` and the REPL's `.timeline` map onto it.
public enum TimelineFormat: String, Sendable, CaseIterable {
    case text
    case json
    case html
    case svg

    /// The usual file extension.
    public var fileExtension: String { rawValue == "text" ? "txt" : rawValue }

    /// Renders `timeline` in this format with the given calendar(s) (TimelineJS JSON always carries both).
    public func render(_ timeline: Timeline, calendar: TimelineCalendar = .both) -> String {
        switch self {
        case .text: TextTimelineRenderer(calendar: calendar).render(timeline)
        case .json: TimelineJSONRenderer().render(timeline)
        case .html: HTMLTimelineRenderer(calendar: calendar).render(timeline)
        case .svg: SVGTimelineRenderer(calendar: calendar).render(timeline)
        }
    }
}
