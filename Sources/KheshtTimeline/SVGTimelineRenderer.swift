/// Renders a timeline as a static SVG picture: a horizontal axis with a tick per year, each event in a lane
/// above it as a point (a known day) or a bar (a range, or the stretch a partial date may fall in).
///
/// Partial dates are drawn hatched with a dashed outline, never as a point on 1 January. Labels carry their own
/// direction (`direction="rtl"` for Persian) so they read correctly whatever the page direction.
///
/// Related spec: SVG 1.1 §10.7 (text direction and `unicode-bidi`).
public struct SVGTimelineRenderer: Sendable {
    public var width: Int
    public var calendar: TimelineCalendar

    public init(width: Int = 1200, calendar: TimelineCalendar = .both, maxLabelledLanes: Int = 24) {
        self.width = width
        self.calendar = calendar
        self.maxLabelledLanes = max(1, maxLabelledLanes)
    }

    private let margin = 40
    private let laneHeight = 46
    private let fontSize = 12
    /// Lanes with labels; beyond them events are drawn unlabelled in one shared lane.
    public var maxLabelledLanes: Int

    /// A standalone SVG document (with an XML declaration).
    public func render(_ timeline: Timeline) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + renderElement(timeline)
    }

    /// The `<svg>` element alone, for inlining into HTML.
    public func renderElement(_ timeline: Timeline) -> String {
        let wording = TimelineWording(language: timeline.language)
        let entries = timeline.entries
        let firstYear = entries.map { DayNumber.date(of: $0.date.firstDay).year }.min() ?? 2000
        let lastYear = entries.map { DayNumber.date(of: $0.date.lastDay).year }.max() ?? firstYear
        let axisStart = DayNumber.of(year: firstYear, month: 1, day: 1)
        let axisEnd = DayNumber.of(year: lastYear + 1, month: 1, day: 1)
        let plotWidth = Double(width - 2 * margin)
        func x(_ day: Int) -> Double {
            Double(margin) + plotWidth * Double(day - axisStart) / Double(max(1, axisEnd - axisStart))
        }

        // Lanes: an event goes to the first lane whose previous label has ended, so labels never overlap. Past
        // `maxLabelledLanes` the picture would grow without bound: further events share one last lane, drawn
        // without labels (their <title> still names them on hover).
        var laneEnds: [Double] = []
        var placed: [(entry: TimelineEntry, lane: Int, x1: Double, x2: Double, label: String, dates: String, labelled: Bool,
                      flipped: Bool)] = []
        for entry in entries {
            let x1 = x(entry.date.firstDay)
            let x2 = entry.date.isSpan ? max(x(entry.date.lastDay + 1), x1 + 4) : x1
            let dates = dateLine(entry.date, language: timeline.language)
            let labelWidth = Double(max(BidiText.displayWidth(entry.title), BidiText.displayWidth(dates)) * fontSize) * 0.6 + 12
            // A label that would run off the right edge is set to the left of its marker instead.
            let flipped = x1 + labelWidth > Double(width - 4) && x1 - labelWidth >= 4
            let left = flipped ? x1 - labelWidth : x1
            let right = flipped ? x2 : max(x2, x1 + labelWidth)
            if let lane = laneEnds.firstIndex(where: { $0 + 8 < left }) {
                laneEnds[lane] = right
                placed.append((entry, lane, x1, x2, entry.title, dates, true, flipped))
            } else if laneEnds.count < maxLabelledLanes {
                laneEnds.append(right)
                placed.append((entry, laneEnds.count - 1, x1, x2, entry.title, dates, true, flipped))
            } else {
                placed.append((entry, maxLabelledLanes, x1, x2, entry.title, dates, false, false))
            }
        }
        let overflow = placed.contains { !$0.labelled }
        let lanes = max(1, laneEnds.count + (overflow ? 1 : 0))
        let titleHeight = 50
        let axisY = titleHeight + lanes * laneHeight + 20
        let height = axisY + 60

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(MarkupEscaping.escape(timeline.title))\" "
            + "font-family=\"Vazirmatn, Tahoma, 'DejaVu Sans', sans-serif\" font-size=\"\(fontSize)\">\n"
        svg += "<defs><pattern id=\"partial-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#dbe7f5\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#7aa0cc\" stroke-width=\"2\"/></pattern></defs>\n"
        svg += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        svg += textElement(timeline.title, x: Double(width) / 2, y: 28, side: .centered, extra: "font-size=\"18\" font-weight=\"bold\"")
        var summary = wording.eventCount(entries.count)
        if timeline.undatedCount > 0 { summary += " · " + wording.undatedCount(timeline.undatedCount) }
        svg += textElement(summary, x: Double(width) / 2, y: 44, side: .centered, extra: "fill=\"#555\"")

        // Axis and one tick per year (labels thinned when years are crowded).
        svg += "<g class=\"axis\" stroke=\"#333\">\n<line x1=\"\(margin)\" y1=\"\(axisY)\" x2=\"\(width - margin)\" y2=\"\(axisY)\" stroke-width=\"1.5\"/>\n"
        let years = lastYear + 1 - firstYear
        let labelEvery = max(1, Int((Double(years) * 40 / plotWidth).rounded(.up)))
        for year in firstYear...(lastYear + 1) {
            let tickX = format(x(DayNumber.of(year: year, month: 1, day: 1)))
            svg += "<line class=\"tick\" x1=\"\(tickX)\" y1=\"\(axisY - 5)\" x2=\"\(tickX)\" y2=\"\(axisY + 5)\"/>\n"
            if (year - firstYear) % labelEvery == 0 {
                svg += "<text x=\"\(tickX)\" y=\"\(axisY + 20)\" text-anchor=\"middle\" direction=\"ltr\" stroke=\"none\" fill=\"#333\">\(year)</text>\n"
            }
        }
        svg += "</g>\n"

        for (index, item) in placed.enumerated() {
            let laneY = titleHeight + item.lane * laneHeight + 24
            let partial = item.entry.date.isPartial
            svg += "<g class=\"event\(partial ? " partial" : "")\" id=\"svg-event-\(index + 1)\">\n"
            svg += "<title>\(MarkupEscaping.escape(item.label + " — " + item.dates))</title>\n"
            svg += "<line x1=\"\(format(item.x1))\" y1=\"\(laneY)\" x2=\"\(format(item.x1))\" y2=\"\(axisY)\" "
                + "stroke=\"#bbb\" stroke-dasharray=\"2,3\"/>\n"
            if item.entry.date.isSpan {
                let fill = partial ? "url(#partial-hatch)" : "#2f6db5"
                let dash = partial ? " stroke-dasharray=\"4,2\"" : ""
                svg += "<rect x=\"\(format(item.x1))\" y=\"\(laneY - 5)\" width=\"\(format(item.x2 - item.x1))\" height=\"10\" "
                    + "rx=\"3\" fill=\"\(fill)\" stroke=\"#2f6db5\"\(dash)/>\n"
            } else {
                svg += "<circle cx=\"\(format(item.x1))\" cy=\"\(laneY)\" r=\"5\" fill=\"#c0392b\" stroke=\"#7b241c\"/>\n"
            }
            if item.labelled {
                let side: LabelSide = item.flipped ? .leftOf : .rightOf
                let labelX = item.flipped ? item.x1 - 8 : item.x1 + (item.entry.date.isSpan ? 0 : 8)
                svg += textElement(item.label, x: labelX, y: Double(laneY - 9), side: side, extra: "font-weight=\"bold\"")
                svg += textElement(item.dates, x: labelX, y: Double(laneY + 19), side: side, extra: "fill=\"#444\"")
            }
            svg += "</g>\n"
        }
        return svg + "</svg>\n"
    }

    /// Where a label sits relative to its anchor point.
    enum LabelSide {
        /// The text's visual extent starts at x and grows rightwards.
        case rightOf
        /// The text ends at x.
        case leftOf
        /// Centred on x.
        case centered
    }

    /// A `<text>` placed by its visual side, whichever direction its script runs in: with direction="rtl", SVG's
    /// "start" is the right edge, so the anchor is mirrored for right-to-left labels.
    private func textElement(_ text: String, x: Double, y: Double, side: LabelSide, extra: String) -> String {
        let rtl = BidiText.containsRightToLeft(text)
        let anchor: String
        switch side {
        case .centered: anchor = "middle"
        case .rightOf: anchor = rtl ? "end" : "start"
        case .leftOf: anchor = rtl ? "start" : "end"
        }
        // Always explicit: inlined in a dir="rtl" page, a text without it would inherit right-to-left.
        let direction = rtl ? " direction=\"rtl\" unicode-bidi=\"embed\" xml:lang=\"fa\"" : " direction=\"ltr\" unicode-bidi=\"embed\""
        return "<text x=\"\(format(x))\" y=\"\(format(y))\" text-anchor=\"\(anchor)\"\(direction) \(extra)>"
            + MarkupEscaping.escape(BidiText.sanitized(text)) + "</text>\n"
    }

    private func dateLine(_ date: EventDate, language: TimelineLanguage) -> String {
        let jalali = (language == .fa ? date.jalaliPersianText : date.jalaliText)
        var parts: [String] = []
        if calendar != .gregorian, let jalali { parts.append(jalali) }
        if calendar != .jalali || jalali == nil { parts.append(date.gregorianText) }
        return parts.joined(separator: " · ") + (date.isPartial ? " ~" : "")
    }

    private func format(_ value: Double) -> String {
        String(Double((value * 10).rounded()) / 10)
    }
}
