/// Renders a timeline as aligned plain text for a terminal, grouped by year.
///
/// Columns are padded by display width and every Persian run is wrapped in RLI…PDI, so a right-to-left title
/// cannot drag the date columns out of place in a bidi-aware terminal. A partial date carries `~` and a note.
public struct TextTimelineRenderer: Sendable {
    public var calendar: TimelineCalendar
    /// Show participants and sources under each event.
    public var showsDetails: Bool

    public init(calendar: TimelineCalendar = .both, showsDetails: Bool = true) {
        self.calendar = calendar
        self.showsDetails = showsDetails
    }

    public func render(_ timeline: Timeline) -> String {
        let wording = TimelineWording(language: timeline.language)
        var lines: [String] = []
        var summary = wording.eventCount(timeline.entries.count)
        if timeline.undatedCount > 0 { summary += " · " + wording.undatedCount(timeline.undatedCount) }
        lines.append(BidiText.isolated(timeline.title))
        lines.append(BidiText.isolated(summary))

        let rows = timeline.entries.map { entry in (entry, gregorianCell(entry.date), jalaliCell(entry.date, timeline.language)) }
        let gregorianWidth = rows.map { BidiText.displayWidth($0.1) }.max() ?? 0
        let jalaliWidth = rows.map { BidiText.displayWidth($0.2) }.max() ?? 0

        var currentGroup: String?
        for (entry, gregorian, jalali) in rows {
            let group = groupKey(entry.date, timeline.language)
            if group != currentGroup {
                lines.append("")
                lines.append(group)
                currentGroup = group
            }
            var columns: [String] = []
            if calendar != .jalali { columns.append(BidiText.padded(gregorian, to: gregorianWidth)) }
            if calendar != .gregorian { columns.append(BidiText.padded(jalali, to: jalaliWidth)) }
            var line = "  " + columns.joined(separator: "  ") + "  " + BidiText.isolated(entry.title)
            if let place = entry.place { line += " @ " + BidiText.isolated(place) }
            lines.append(line)
            guard showsDetails else { continue }
            let indent = "  " + String(repeating: " ", count: columns.map(BidiText.displayWidth).reduce(0, +) + 2 * columns.count)
            if let note = wording.partialNote(for: entry.date) { lines.append(indent + "~ " + BidiText.isolated(note)) }
            for note in wording.disagreementNotes(for: entry.date) { lines.append(indent + "! " + BidiText.isolated(note)) }
            if let text = entry.date.dateText { lines.append(indent + "« " + BidiText.isolated(text) + " »") }
            if !entry.participants.isEmpty {
                let names = entry.participants.map { BidiText.isolated($0.label) + " (" + BidiText.isolated(wording.role($0.role)) + ")" }
                lines.append(indent + BidiText.isolated(wording.participants) + ": " + names.joined(separator: ", "))
            }
            for source in entry.sources {
                var text = source.headline.map(BidiText.isolated) ?? source.article.value
                if !source.sentenceIndexes.isEmpty {
                    text += " [" + BidiText.isolated(wording.sentences(source.sentenceIndexes)) + "]"
                }
                if let url = source.url { text += " <" + BidiText.sanitized(url) + ">" }
                lines.append(indent + "↳ " + text)
            }
        }
        if timeline.undatedCount > 0 {
            lines.append("")
            lines.append(BidiText.isolated(wording.undatedHeading + ": " + wording.number(timeline.undatedCount)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func gregorianCell(_ date: EventDate) -> String {
        date.gregorianText + (date.isPartial ? " ~" : "")
    }

    private func jalaliCell(_ date: EventDate, _ language: TimelineLanguage) -> String {
        let text = (language == .fa ? date.jalaliPersianText : date.jalaliText) ?? "—"
        return text + (date.isPartial ? " ~" : "")
    }

    /// The year heading: Jalali year(s) in the Jalali calendar, Gregorian otherwise.
    private func groupKey(_ date: EventDate, _ language: TimelineLanguage) -> String {
        if calendar == .jalali, let jalali = date.jalaliStart {
            let year = String(jalali.year)
            return language == .fa ? DigitParsing.persianDigits(year) : year
        }
        if calendar == .both, let jalali = date.jalaliStart {
            let jalaliYear = language == .fa ? DigitParsing.persianDigits(String(jalali.year)) : String(jalali.year)
            return "\(date.gregorianYear) · \(jalaliYear)"
        }
        return String(date.gregorianYear)
    }
}
