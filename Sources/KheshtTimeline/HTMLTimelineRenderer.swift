/// Renders a timeline as one self-contained HTML page: inline CSS, the SVG picture inline, and a list of events
/// with both calendars, honest partial dates, participants and linked sources. No script, no network, no CDN.
///
/// The page is also well-formed XML (every element closed, every text escaped), so tools and tests can parse it
/// strictly. A Persian timeline gets `lang="fa" dir="rtl"`; Gregorian dates stay isolated left-to-right.
public struct HTMLTimelineRenderer: Sendable {
    public var calendar: TimelineCalendar

    public init(calendar: TimelineCalendar = .both) {
        self.calendar = calendar
    }

    public func render(_ timeline: Timeline) -> String {
        let language = timeline.language
        let wording = TimelineWording(language: language)
        let e = MarkupEscaping.escape
        var html = "<!DOCTYPE html>\n"
        html += "<html lang=\"\(language.rawValue)\" dir=\"\(language.isRightToLeft ? "rtl" : "ltr")\">\n<head>\n"
        html += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        html += "<title>\(e(timeline.title))</title>\n<style>\n\(Self.styleSheet)</style>\n</head>\n<body>\n"
        html += "<header><h1>\(e(timeline.title))</h1>\n"
        var summary = wording.eventCount(timeline.entries.count)
        if timeline.undatedCount > 0 { summary += " · " + wording.undatedCount(timeline.undatedCount) }
        html += "<p class=\"summary\">\(e(summary))</p></header>\n"
        html += "<figure class=\"chart\">\n"
        html += SVGTimelineRenderer(width: 1100, calendar: calendar).renderElement(timeline)
        html += "</figure>\n<ol class=\"events\">\n"
        for (index, entry) in timeline.entries.enumerated() {
            html += item(entry, index: index, wording: wording)
        }
        html += "</ol>\n"
        if timeline.undatedCount > 0 {
            html += "<section class=\"undated\"><h2>\(e(wording.undatedHeading))</h2>\n"
            html += "<p>\(e(wording.undatedCount(timeline.undatedCount)))</p>\n<ul>\n"
            for title in timeline.undatedTitles { html += "<li><bdi>\(e(title))</bdi></li>\n" }
            html += "</ul></section>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    private func item(_ entry: TimelineEntry, index: Int, wording: TimelineWording) -> String {
        let e = MarkupEscaping.escape
        let date = entry.date
        var classes = "event"
        if date.isPartial { classes += " partial" }
        if date.isRange { classes += " range" }
        var html = "<li class=\"\(classes)\" id=\"event-\(index + 1)\" data-precision=\"\(date.precision)\">\n<div class=\"dates\">"
        if calendar != .gregorian, let jalali = date.jalaliStart {
            var text = jalali.longText(language: wording.language)
            if let end = date.jalaliEnd { text += " – " + end.longText(language: wording.language) }
            html += "<span class=\"jalali\" title=\"\(e(wording.jalali))\">\(e(text))</span>"
        }
        if calendar != .jalali || date.jalaliStart == nil {
            html += "<span class=\"gregorian\" dir=\"ltr\" title=\"\(e(wording.gregorian))\">"
            html += date.start.map { "<time datetime=\"\(e($0.isoText))\">\(e(date.gregorianText))</time>" } ?? e(date.gregorianText)
            html += "</span>"
        }
        if let note = wording.partialNote(for: date) { html += "<span class=\"note\">\(e(note))</span>" }
        for note in wording.disagreementNotes(for: date) { html += "<span class=\"disagreement\">\(e(note))</span>" }
        html += "</div>\n"
        let titleLanguage = entry.titleLanguage.map { " lang=\"\($0.rawValue)\" dir=\"\($0.isRightToLeft ? "rtl" : "ltr")\"" } ?? ""
        html += "<h2\(titleLanguage)>\(e(entry.title))</h2>\n"
        if let text = date.dateText { html += "<p class=\"date-text\">«\(e(text))»</p>\n" }
        if let place = entry.place { html += "<p class=\"place\">\(e(wording.place)): <bdi>\(e(place))</bdi></p>\n" }
        if !entry.participants.isEmpty {
            let names = entry.participants.map { "<bdi>\(e($0.label))</bdi> (\(e(wording.role($0.role))))" }
            html += "<p class=\"participants\">\(e(wording.participants)): \(names.joined(separator: wording.language == .fa ? "، " : ", "))</p>\n"
        }
        if !entry.sources.isEmpty {
            html += "<details class=\"sources\" open=\"open\"><summary>\(e(wording.sources))</summary><ul>\n"
            for source in entry.sources {
                let name = "<bdi>\(e(source.headline ?? source.article.value))</bdi>"
                let sentence = source.sentenceIndexes.isEmpty ? ""
                    : " <span class=\"sentence\">(\(e(wording.sentences(source.sentenceIndexes))))</span>"
                if let url = source.url, MarkupEscaping.isWebAddress(url) {
                    html += "<li><a href=\"\(e(url))\" rel=\"noreferrer\">\(name)</a>\(sentence)</li>\n"
                } else {
                    html += "<li>\(name)\(sentence) <code dir=\"ltr\">\(e(source.article.value))</code></li>\n"
                }
            }
            html += "</ul></details>\n"
        }
        return html + "</li>\n"
    }

    static let styleSheet = """
    body { font-family: Vazirmatn, Tahoma, "DejaVu Sans", sans-serif; margin: 2rem auto; max-width: 1140px; color: #222; line-height: 1.6; }
    header h1 { margin-bottom: 0.2rem; }
    .summary { color: #555; margin-top: 0; }
    figure.chart { margin: 1rem 0; overflow-x: auto; border: 1px solid #ddd; border-radius: 6px; }
    figure.chart svg { display: block; }
    ol.events { list-style: none; padding: 0; border-inline-start: 3px solid #2f6db5; }
    li.event { position: relative; margin: 0 0 1.2rem; padding-inline-start: 1.2rem; }
    li.event::before { content: ""; position: absolute; inset-inline-start: -8px; top: 0.5rem; width: 12px; height: 12px; border-radius: 50%; background: #c0392b; }
    li.event.partial::before { background: #dbe7f5; border: 2px dashed #2f6db5; width: 10px; height: 10px; }
    .dates span { margin: 0 0.4rem; }
    .dates span:first-child { margin-inline-start: 0; }
    .dates .jalali { font-weight: bold; }
    .dates .gregorian { color: #444; unicode-bidi: isolate; }
    .dates .note { color: #8a5a00; font-size: 0.9em; font-style: italic; }
    .dates .disagreement { color: #a01818; font-size: 0.9em; }
    li.event h2 { font-size: 1.15rem; margin: 0.2rem 0; }
    .place, .participants, .date-text { margin: 0.1rem 0; }
    .sources ul { margin: 0.2rem 0; }
    .sources code { font-size: 0.8em; color: #666; }
    .undated { color: #555; border-top: 1px solid #ddd; }

    """
}
