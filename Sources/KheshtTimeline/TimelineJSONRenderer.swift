import KheshtText

/// Renders a timeline as TimelineJS3 JSON: a `title` slide and one slide per event.
///
/// Date objects carry only the fields the source knows (`year`, then `month`, `day`, `hour`, `minute`), as
/// strings. A partial date (a year, a month, a Jalali year) gets an `end_date` at the end of its stretch so
/// TimelineJS draws the whole stretch instead of a point on its first day; its `display_date` says what is known.
/// Headline and text are HTML-escaped (TimelineJS inserts them as HTML). Extra fields (`jalali_date`,
/// `precision`, `partial`) are ignored by TimelineJS and kept for other readers.
///
/// Related spec: TimelineJS3 JSON format, https://timeline.knightlab.com/docs/json-format.html
public struct TimelineJSONRenderer: Sendable {
    public init() {}

    public func render(_ timeline: Timeline) -> String {
        let wording = TimelineWording(language: timeline.language)
        var summary = wording.eventCount(timeline.entries.count)
        if timeline.undatedCount > 0 { summary += " · " + wording.undatedCount(timeline.undatedCount) }
        let title: JSONValue = .object([
            ("text", .object([
                ("headline", .string(MarkupEscaping.escape(timeline.title))),
                ("text", .string(MarkupEscaping.escape(summary))),
            ])),
        ])
        let events = timeline.entries.enumerated().map { index, entry in slide(entry, index: index, wording: wording) }
        let root: JSONValue = .object([
            ("title", title),
            ("events", .array(events)),
            ("undated_count", .integer(timeline.undatedCount)),
        ])
        return root.pretty() + "\n"
    }

    private func slide(_ entry: TimelineEntry, index: Int, wording: TimelineWording) -> JSONValue {
        let date = entry.date
        var members: [(String, JSONValue)] = [("start_date", startDate(date))]
        if let end = endDate(date) { members.append(("end_date", end)) }
        members.append(("text", .object([
            ("headline", .string(MarkupEscaping.escape(entry.title))),
            ("text", .string(body(entry, wording: wording))),
        ])))
        if let group = entry.group { members.append(("group", .string(MarkupEscaping.escape(group)))) }
        var display = date.jalaliStart?.longText(language: wording.language)
        if let start = display, let end = date.jalaliEnd {
            display = start + " – " + end.longText(language: wording.language)
        }
        members.append(("display_date", .string(display ?? date.gregorianText)))
        members.append(("unique_id", .string("event-\(index + 1)")))
        if let jalali = date.jalaliText { members.append(("jalali_date", .string(jalali))) }
        members.append(("precision", .string(date.precision.description)))
        members.append(("partial", .bool(date.isPartial)))
        return .object(members)
    }

    /// The start at the precision the data has; a Jalali-only date placed without a calendar gives only a year.
    private func startDate(_ date: EventDate) -> JSONValue {
        if let start = date.start { return dateObject(start, display: date.end == nil ? date.gregorianText : start.isoText) }
        let first = DayNumber.date(of: date.firstDay)
        let value = date.gregorianIsDerived
            ? GregorianPartialDate(year: first.year, month: first.month, day: first.day)
            : GregorianPartialDate(year: first.year)
        return dateObject(value, display: date.gregorianText)
    }

    /// The given end, or the last day of a partial date's stretch; nil for a single known day.
    private func endDate(_ date: EventDate) -> JSONValue? {
        if let end = date.end { return dateObject(end, display: end.isoText) }
        guard date.isSpan else { return nil }
        let last = DayNumber.date(of: date.lastDay)
        return dateObject(GregorianPartialDate(year: last.year, month: last.month, day: last.day), display: date.gregorianText)
    }

    private func dateObject(_ value: GregorianPartialDate, display: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("year", .string(String(value.year)))]
        if let month = value.month { members.append(("month", .string(String(month)))) }
        if let day = value.day { members.append(("day", .string(String(day)))) }
        if let hour = value.hour { members.append(("hour", .string(String(hour)))) }
        if let minute = value.minute { members.append(("minute", .string(String(minute)))) }
        members.append(("display_date", .string(display)))
        return .object(members)
    }

    /// The slide text: dates in both calendars, place, participants and linked sources, as escaped HTML.
    private func body(_ entry: TimelineEntry, wording: TimelineWording) -> String {
        var parts: [String] = []
        var dates = "\(wording.gregorian): \(entry.date.gregorianText)"
        if let jalali = entry.date.jalaliText { dates += " · \(wording.jalali): \(jalali)" }
        if let note = wording.partialNote(for: entry.date) { dates += " (\(note))" }
        parts.append("<p>" + MarkupEscaping.escape(dates) + "</p>")
        for note in wording.disagreementNotes(for: entry.date) { parts.append("<p>" + MarkupEscaping.escape(note) + "</p>") }
        if let place = entry.place { parts.append("<p>" + MarkupEscaping.escape("\(wording.place): \(place)") + "</p>") }
        if !entry.participants.isEmpty {
            let names = entry.participants.map { "\($0.label) (\(wording.role($0.role)))" }.joined(separator: "، ")
            parts.append("<p>" + MarkupEscaping.escape("\(wording.participants): \(names)") + "</p>")
        }
        if !entry.sources.isEmpty {
            let items = entry.sources.map { source -> String in
                let name = MarkupEscaping.escape(source.headline ?? source.article.value)
                let sentence = source.sentenceIndexes.isEmpty ? ""
                    : " (" + MarkupEscaping.escape(wording.sentences(source.sentenceIndexes)) + ")"
                guard let url = source.url, MarkupEscaping.isWebAddress(url) else { return "<li>\(name)\(sentence)</li>" }
                return "<li><a href=\"\(MarkupEscaping.escape(url))\">\(name)</a>\(sentence)</li>"
            }
            parts.append("<ul>" + items.joined() + "</ul>")
        }
        return parts.joined()
    }
}
