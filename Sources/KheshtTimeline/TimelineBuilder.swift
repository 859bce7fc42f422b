import KheshtGraph
import KheshtStore
import KheshtText

/// Builds a `Timeline` from the events in a graph store.
///
/// Reads only what the data model stores (see docs/data-model.md): `schema:startDate`/`endDate` with their XSD
/// datatypes, `kh:jalaliDate`, `kh:dateText`, `schema:location`, the role properties, `kh:editionOf`, labels, and
/// per-fact provenance. It never invents precision: a year stays a year and is drawn as that whole year.
public struct TimelineBuilder {
    public let store: any GraphStore
    public var language: TimelineLanguage
    /// The Jalali calendar used to fill the calendar the data lacks; nil keeps only what the data says.
    public var calendar: (any JalaliConverting)?

    public init(store: any GraphStore, language: TimelineLanguage = .fa,
                calendar: (any JalaliConverting)? = ArithmeticJalaliCalendar()) {
        self.store = store
        self.language = language
        self.calendar = calendar
    }

    private var graph: GraphReading { GraphReading(store: store) }

    /// The properties through which an entity takes part in an event (event → entity).
    public static let participationProperties: [IRI] = [
        Schema.location, KH.speaker, KH.host, KH.chair, Schema.organizer, KH.editionOf, KH.attendee, Schema.superEvent,
    ]

    /// Role properties listed as participants, in display order.
    static let roleProperties: [(IRI, String)] = [
        (KH.host, "host"), (KH.chair, "chair"), (KH.speaker, "speaker"), (Schema.organizer, "organizer"),
        (KH.attendee, "attendee"),
    ]

    /// Builds the timeline for `selection`.
    ///
    /// - Parameter title: the timeline's title; by default the entity's label, or a generic title.
    /// - Throws: `TimelineError.reversedRange` for a backwards range, `.noDatedEvents` when an entity or event set
    ///   gives nothing to draw, `.noEventsInRange` when the range leaves nothing.
    public func build(_ selection: TimelineSelection, title: String? = nil) throws -> Timeline {
        try selection.validateRange()
        let candidates = try candidateEvents(for: selection)
        var entries: [TimelineEntry] = []
        var undated: [Term] = []
        var datedCount = 0
        for event in candidates {
            guard let date = try eventDate(of: event) else {
                undated.append(event)
                continue
            }
            datedCount += 1
            guard selection.overlaps(first: date.firstDay, last: date.lastDay) else { continue }
            entries.append(try entry(for: event, date: date))
        }
        entries.sort { a, b in
            if a.date.firstDay != b.date.firstDay { return a.date.firstDay < b.date.firstDay }
            if a.title != b.title { return a.title < b.title }
            return a.event < b.event
        }
        let subjectName = try selection.entity.map { try graph.displayName(of: $0, language: language) }
        if datedCount == 0, selection.entity != nil || selection.events != nil {
            let subject = subjectName ?? (candidates.isEmpty ? "the selection (it names no events)"
                : "the selection of \(candidates.count) event\(candidates.count == 1 ? "" : "s")")
            throw TimelineError.noDatedEvents(subject: subject, undatedCount: undated.count)
        }
        if entries.isEmpty, datedCount > 0, selection.hasRange {
            throw TimelineError.noEventsInRange(from: selection.from?.isoText, to: selection.to?.isoText,
                                                datedCount: datedCount)
        }
        let defaultTitle = language == .fa ? "گاه‌شمار رویدادها" : "Timeline of events"
        let undatedSorted = undated.sorted()
        return Timeline(title: title ?? subjectName ?? defaultTitle, language: language, entries: entries,
                        undatedEvents: undatedSorted, undatedTitles: try undatedSorted.map(self.title(of:)))
    }

    // MARK: Selecting events

    /// The events a selection names, without duplicates, in a stable order.
    func candidateEvents(for selection: TimelineSelection) throws -> [Term] {
        var events = Set<Term>()
        if let entity = selection.entity { events.formUnion(try self.events(involving: entity)) }
        if let explicit = selection.events { events.formUnion(explicit) }
        if selection.entity == nil && selection.events == nil { events = try allEvents() }
        return try events.filter { try !graph.hasType($0, Schema.newsArticle) }.sorted()
    }

    /// Every event an entity takes part in: as location, speaker, host, chair, organizer, attendee, award (its
    /// editions and the ceremonies it was conferred at), recipient, speaker of a quote; events held in any place
    /// contained in it; and the entity itself when it is a dated event.
    public func events(involving entity: Term) throws -> Set<Term> {
        var events = Set<Term>()
        for property in Self.participationProperties {
            events.formUnion(try graph.subjects(property, entity))
        }
        for property in [KH.award, KH.recipient, KH.forWork] {
            for conferral in try graph.subjects(property, entity) {
                events.formUnion(try graph.objects(conferral, KH.ceremony))
            }
        }
        for quote in try graph.subjects(KH.saidBy, entity) {
            events.formUnion(try graph.objects(quote, KH.saidAt))
        }
        for place in try placesContained(in: entity) {
            events.formUnion(try graph.subjects(Schema.location, place))
        }
        if try isDated(entity) { events.insert(entity) }
        return events
    }

    /// Places inside `place`, at any depth (`schema:containedInPlace`), not counting `place` itself.
    func placesContained(in place: Term) throws -> Set<Term> {
        var found = Set<Term>()
        var frontier = [place]
        while let next = frontier.popLast() {
            for inner in try graph.subjects(Schema.containedInPlace, next) where inner != place {
                if found.insert(inner).inserted { frontier.append(inner) }
            }
        }
        return found
    }

    /// Every event in the store: things typed as events or ceremonies, and anything with a start date.
    func allEvents() throws -> Set<Term> {
        var events = Set<Term>()
        for type in [Schema.event, KH.AwardCeremony] {
            events.formUnion(try graph.subjects(RDF.type, .iri(type)))
        }
        for quad in try store.match(predicate: Schema.startDate) { events.insert(quad.subject) }
        return events
    }

    private func isDated(_ term: Term) throws -> Bool {
        guard term.isResource else { return false }
        return try !graph.objects(term, Schema.startDate).isEmpty
            || (!graph.objects(term, KH.jalaliDate).isEmpty && !graph.hasType(term, Schema.newsArticle))
    }

    // MARK: Dates

    /// The date of `event`, or nil when it has no readable date in either calendar.
    public func eventDate(of event: Term) throws -> EventDate? {
        let (start, alternatives) = try bestSupported(event, Schema.startDate)
        let end = try bestSupported(event, Schema.endDate).best
        let jalaliValues = try graph.literals(event, KH.jalaliDate).compactMap { JalaliPartialDate(text: $0.lexicalForm) }
            .sorted { ($0.precision, $1.isoText) > ($1.precision, $0.isoText) }
        let jalali = jalaliValues.first
        // Several articles may word the date differently: the timeline's language first, then a stable order.
        let dateText = try graph.literals(event, KH.dateText)
            .min { ($0.language == language.rawValue ? 0 : 1, $0.lexicalForm) < ($1.language == language.rawValue ? 0 : 1, $1.lexicalForm) }?
            .lexicalForm

        if let start {
            let end = end.flatMap { $0.lastDayNumber >= start.firstDayNumber ? $0 : nil }
            var jalaliStart = jalali
            var jalaliEnd: JalaliPartialDate?
            var derived = false
            var conflict: JalaliPartialDate?
            if let calendar {
                // The Jalali form is computed from the Gregorian value; the stored one is checked against it.
                (jalaliStart, jalaliEnd) = jalaliBounds(first: start.firstDayNumber, last: start.lastDayNumber,
                                                        precision: start.precision, calendar: calendar)
                derived = true
                if let end {
                    let endBounds = jalaliBounds(first: end.firstDayNumber, last: end.lastDayNumber,
                                                 precision: end.precision, calendar: calendar)
                    jalaliEnd = endBounds.last ?? endBounds.first
                }
                // A stored Jalali form matching neither the chosen start nor another source's start is a
                // calendar mismatch in the data (sources merely disagreeing show up as alternativeStarts).
                let starts = [start] + alternatives
                conflict = jalaliValues.first { stored in
                    guard let days = gregorianDays(of: stored, calendar: calendar) else { return false }
                    return !starts.contains { days.last >= $0.firstDayNumber && days.first <= $0.lastDayNumber }
                }
            }
            let partial = start.precision < .day || (end.map { $0.precision < .day } ?? false)
            return EventDate(start: start, end: end, jalaliStart: jalaliStart, jalaliEnd: jalaliEnd,
                             jalaliIsDerived: derived, gregorianIsDerived: false, dateText: dateText,
                             firstDay: start.firstDayNumber, lastDay: (end ?? start).lastDayNumber, isPartial: partial,
                             conflictingJalali: conflict, alternativeStarts: alternatives)
        }
        guard let jalali else { return nil }
        if let calendar, let days = gregorianDays(of: jalali, calendar: calendar) {
            let first = DayNumber.date(of: days.first)
            let start = jalali.day == nil ? nil : GregorianPartialDate(year: first.year, month: first.month, day: first.day)
            return EventDate(start: start, end: nil, jalaliStart: jalali, jalaliEnd: nil, jalaliIsDerived: false,
                             gregorianIsDerived: true, dateText: dateText, firstDay: days.first, lastDay: days.last,
                             isPartial: jalali.precision < .day)
        }
        // No calendar: Jalali year Y starts in March of Gregorian Y+621 and ends in March of Y+622, so the event
        // lies somewhere within those two Gregorian years. A bound, drawn as such.
        return EventDate(start: nil, end: nil, jalaliStart: jalali, jalaliEnd: nil, jalaliIsDerived: false,
                         gregorianIsDerived: false, dateText: dateText,
                         firstDay: DayNumber.of(year: jalali.year + 621, month: 1, day: 1),
                         lastDay: DayNumber.of(year: jalali.year + 622, month: 12, day: 31), isPartial: true)
    }

    /// The Gregorian days a Jalali value covers: one day, a whole month or a whole year.
    private func gregorianDays(of jalali: JalaliPartialDate, calendar: any JalaliConverting) -> (first: Int, last: Int)? {
        guard let first = calendar.gregorian(jalaliYear: jalali.year, month: jalali.month ?? 1, day: jalali.day ?? 1)
        else { return nil }
        let lastMonth = jalali.month ?? 12
        let lastDay = jalali.day ?? calendar.daysInJalaliMonth(year: jalali.year, month: lastMonth)
        guard let last = calendar.gregorian(jalaliYear: jalali.year, month: lastMonth, day: lastDay) else { return nil }
        return (DayNumber.of(year: first.year, month: first.month, day: first.day),
                DayNumber.of(year: last.year, month: last.month, day: last.day))
    }

    /// The value of a date property most sources agree on, and the values that contradict it.
    ///
    /// Support is the number of named graphs (articles) asserting a value, counting any value that lies within it
    /// ("2019" supports "2019-11-02"); ties go to the finer precision, then the earlier date. A contradiction is a
    /// value whose days do not overlap the chosen one; a coarser value containing it is agreement, not conflict.
    private func bestSupported(_ event: Term, _ property: IRI) throws -> (best: GregorianPartialDate?, others: [GregorianPartialDate]) {
        var graphsByValue: [GregorianPartialDate: Set<String>] = [:]
        for quad in try store.match(subject: event, predicate: property) {
            guard let literal = quad.object.literal, let value = GregorianPartialDate(literal: literal) else { continue }
            graphsByValue[value, default: []].insert(quad.graph?.ntriples ?? "")
        }
        let values = Array(graphsByValue.keys)
        func support(_ value: GregorianPartialDate) -> Int {
            var graphs = Set<String>()
            for other in values where other.firstDayNumber <= value.firstDayNumber && other.lastDayNumber >= value.lastDayNumber {
                graphs.formUnion(graphsByValue[other] ?? [])
            }
            return graphs.count
        }
        let ranked = values.sorted { a, b in
            let (sa, sb) = (support(a), support(b))
            if sa != sb { return sa > sb }
            if a.precision != b.precision { return a.precision > b.precision }
            return a.isoText < b.isoText
        }
        guard let best = ranked.first else { return (nil, []) }
        let others = ranked.dropFirst().filter { $0.lastDayNumber < best.firstDayNumber || $0.firstDayNumber > best.lastDayNumber }
        return (best, others.sorted { $0.isoText < $1.isoText })
    }

    /// The Jalali form of a Gregorian stretch at no finer precision than the Gregorian value had: a Gregorian year
    /// gives the two Jalali years it overlaps, a month the Jalali months, a day the Jalali day.
    private func jalaliBounds(first: Int, last: Int, precision: DatePrecision,
                              calendar: any JalaliConverting) -> (first: JalaliPartialDate?, last: JalaliPartialDate?) {
        let a = DayNumber.date(of: first)
        let b = DayNumber.date(of: last)
        let ja = calendar.jalali(gregorianYear: a.year, month: a.month, day: a.day)
        let jb = calendar.jalali(gregorianYear: b.year, month: b.month, day: b.day)
        switch precision {
        case .day, .time:
            return (JalaliPartialDate(year: ja.year, month: ja.month, day: ja.day), nil)
        case .month:
            let start = JalaliPartialDate(year: ja.year, month: ja.month)
            let end = JalaliPartialDate(year: jb.year, month: jb.month)
            return (start, end == start ? nil : end)
        case .year:
            let start = JalaliPartialDate(year: ja.year)
            let end = JalaliPartialDate(year: jb.year)
            return (start, end == start ? nil : end)
        }
    }

    // MARK: Entries

    private func entry(for event: Term, date: EventDate) throws -> TimelineEntry {
        let title = try titleAndLanguage(of: event)
        var place: String?
        if let location = try graph.objects(event, Schema.location).sorted().first {
            var name = try graph.displayName(of: location, language: language)
            if let larger = try graph.objects(location, Schema.containedInPlace).sorted().first {
                name += (language == .fa ? "، " : ", ") + (try graph.displayName(of: larger, language: language))
            }
            place = name
        }
        var participants: [TimelineEntry.Participant] = []
        for (property, role) in Self.roleProperties {
            for who in try graph.objects(event, property).sorted() {
                participants.append(.init(role: role, label: try graph.displayName(of: who, language: language), entity: who))
            }
        }
        for conferral in try graph.subjects(KH.ceremony, event).sorted() {
            for who in try graph.objects(conferral, KH.recipient).sorted() {
                participants.append(.init(role: "recipient", label: try graph.displayName(of: who, language: language), entity: who))
            }
        }
        var group: String?
        if let award = try graph.objects(event, KH.editionOf).sorted().first {
            group = try graph.displayName(of: award, language: language)
        } else if let organizer = try graph.objects(event, Schema.organizer).sorted().first {
            group = try graph.displayName(of: organizer, language: language)
        }
        return TimelineEntry(event: event, date: date, title: title.text, titleLanguage: title.language, place: place,
                             participants: participants, group: group, sources: try sources(of: event))
    }

    /// The event's label in the timeline's language (or the other), else a composed title.
    func title(of event: Term) throws -> String { try titleAndLanguage(of: event).text }

    private func titleAndLanguage(of event: Term) throws -> (text: String, language: TimelineLanguage?) {
        if let label = try graph.label(of: event, language: language) { return label }
        return (try composedTitle(of: event), language)
    }

    /// A title for an unlabelled event: "<award> — edition 4" for a ceremony, else the IRI's local name.
    private func composedTitle(of event: Term) throws -> String {
        if let award = try graph.objects(event, KH.editionOf).sorted().first {
            let name = try graph.displayName(of: award, language: language)
            if let number = try graph.literals(event, KH.editionNumber).compactMap({ Int($0.lexicalForm) }).min() {
                return language == .fa ? "\(name) — دورهٔ \(DigitParsing.persianDigits(String(number)))"
                                       : "\(name) — edition \(number)"
            }
            return name
        }
        return try graph.displayName(of: event, language: language)
    }

    /// The articles behind the facts about `event` (its named graphs), with sentence indexes from provenance.
    private func sources(of event: Term) throws -> [TimelineSource] {
        var sentences: [IRI: Set<Int>] = [:]
        for quad in try store.match(subject: event) {
            guard let article = quad.graph?.iri else { continue }
            sentences[article, default: []].formUnion(try store.provenance(of: quad).map(\.sentenceIndex))
        }
        return try sentences.keys.sorted().map { article in
            let articleTerm = Term.iri(article)
            let headline = try graph.literals(articleTerm, Schema.headline).map(\.lexicalForm).sorted().first
            let url = try graph.objects(articleTerm, Schema.url).compactMap { $0.iri?.value ?? $0.literal?.lexicalForm }.sorted().first
            return TimelineSource(article: article, headline: headline, url: url,
                                  sentenceIndexes: sentences[article, default: []].sorted())
        }
    }
}
