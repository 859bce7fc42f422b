import Foundation
import KheshtGraph
import KheshtStore
import KheshtText
import Testing
@testable import KheshtTimeline

@Suite("TimelineBuilder")
struct TimelineBuilderTests {
    typealias D = GoldenBrickDataset

    func build(_ selection: TimelineSelection, language: TimelineLanguage = .en,
               calendar: (any JalaliConverting)? = ArithmeticJalaliCalendar()) throws -> Timeline {
        try TimelineBuilder(store: D.store(), language: language, calendar: calendar).build(selection)
    }

    @Test("an award gives its dated editions in date order and counts the undated one apart")
    func awardEditions() throws {
        let timeline = try build(TimelineSelection(entity: D.award))
        #expect(timeline.entries.map(\.event) == [D.third, D.fourth, D.fifth])
        #expect(timeline.undatedEvents == [D.sixth])
        #expect(timeline.title == "Tehran Golden Brick World Award")
    }

    @Test("precision is kept: a year stays a year, drawn over the whole year, never on 1 January alone")
    func precisionKept() throws {
        let timeline = try build(TimelineSelection(entity: D.award))
        let third = try #require(timeline.entries.first { $0.event == D.third }).date
        #expect(third.precision == .year)
        #expect(third.start == GregorianPartialDate(year: 2018))
        #expect(third.start?.month == nil)
        #expect(third.isPartial && third.isSpan)
        #expect(third.firstDay == GregorianDate(year: 2018, month: 1, day: 1).dayNumber)
        #expect(third.lastDay == GregorianDate(year: 2018, month: 12, day: 31).dayNumber)
        // 2018 overlaps two Jalali years; neither is claimed alone.
        #expect(third.jalaliText == "1396 – 1397")
        #expect(third.conflictingJalali == nil)

        let fourth = try #require(timeline.entries.first { $0.event == D.fourth }).date
        #expect(fourth.precision == .day)
        #expect(!fourth.isPartial && !fourth.isSpan)
        #expect(fourth.gregorianText == "2019-11-02")
        #expect(fourth.jalaliText == "1398-08-11")
        #expect(fourth.dateText == "عصر شنبه")

        let fifth = try #require(timeline.entries.first { $0.event == D.fifth }).date
        #expect(fifth.precision == .year)
        #expect(fifth.start == nil)
        #expect(fifth.gregorianIsDerived)
        #expect(fifth.isPartial && fifth.isSpan)
        #expect(fifth.jalaliText == "1399")
        #expect(fifth.gregorianText == "2020/2021")
    }

    @Test("Jalali and Gregorian forms agree with jdatetime, day for day and year for year")
    func calendarsAgreeWithReference() throws {
        let timeline = try build(TimelineSelection())
        var lines: [String] = []
        for entry in timeline.entries {
            let first = GregorianDate(dayNumber: entry.date.firstDay)
            let last = GregorianDate(dayNumber: entry.date.lastDay)
            lines.append("\(entry.date.jalaliStart?.isoText ?? "-") \(first) \(last) \(entry.date.precision)")
        }
        // For each entry, jdatetime recomputes the Jalali form of the first day (day precision) or the Gregorian
        // bounds of the Jalali year (Jalali-only entries); the script prints the mismatches.
        let program = """
        import datetime, jdatetime
        rows = \(String(decoding: try JSONEncoder().encode(lines), as: UTF8.self))
        bad = []
        for row in rows:
            jalali, first, last, precision = row.split(" ")
            g1 = datetime.date.fromisoformat(first); g2 = datetime.date.fromisoformat(last)
            if precision in ("day", "time"):
                j = jdatetime.date.fromgregorian(date=g1)
                if jalali != f"{j.year:04d}-{j.month:02d}-{j.day:02d}": bad.append(row)
            elif jalali.count("-") == 0 and (g1.month, g1.day) != (1, 1):
                y = int(jalali)
                start = jdatetime.date(y, 1, 1).togregorian()
                end = jdatetime.date(y + 1, 1, 1).togregorian() - datetime.timedelta(days=1)
                if (start, end) != (g1, g2): bad.append(row)
            elif precision == "year":
                j1 = jdatetime.date.fromgregorian(date=g1)
                if jalali != f"{j1.year:04d}": bad.append(row)
        print(len(rows), len(bad), bad)
        """
        let output = try TimelineTestSupport.pythonInline(program).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(output == "\(timeline.entries.count) 0 []")
        #expect(timeline.entries.count == 5)
    }

    @Test("a stored kh:jalaliDate that contradicts the Gregorian date is reported, not trusted")
    func conflictingJalaliReported() throws {
        let store = try D.store()
        let event = D.iri("event/misdated")
        try store.add([
            Quad(event, RDF.type, .iri(Schema.event)),
            Quad(event, Schema.startDate, .typed("2019-11-02", XSD.date)),
            Quad(event, KH.jalaliDate, .string("1398-08-20")),
        ])
        let date = try #require(try TimelineBuilder(store: store).eventDate(of: event))
        #expect(date.jalaliText == "1398-08-11")
        #expect(date.conflictingJalali == JalaliPartialDate(year: 1398, month: 8, day: 20))
    }

    @Test("when articles disagree on a start date, the majority wins and the other date is shown, not hidden")
    func disagreeingSources() throws {
        let store = try D.store()
        let event = D.iri("event/disputed")
        func graph(_ n: Int) -> Term { D.iri("article/dispute-\(n)") }
        try store.add([
            Quad(event, RDF.type, .iri(Schema.event)),
            Quad(event, RDFS.label, .text("Disputed", language: "en")),
            Quad(event, Schema.startDate, .typed("2019-11-02", XSD.date), graph: graph(1)),
            Quad(event, KH.jalaliDate, .string("1398-08-11"), graph: graph(1)),
            Quad(event, Schema.startDate, .typed("2019-11", XSD.gYearMonth), graph: graph(2)),
            Quad(event, Schema.startDate, .typed("2019-10-26", XSD.date), graph: graph(3)),
            Quad(event, KH.jalaliDate, .string("1398-08-04"), graph: graph(3)),
        ])
        let date = try #require(try TimelineBuilder(store: store).eventDate(of: event))
        #expect(date.start == GregorianPartialDate(year: 2019, month: 11, day: 2))
        #expect(date.alternativeStarts == [GregorianPartialDate(year: 2019, month: 10, day: 26)])
        #expect(date.conflictingJalali == nil)  // each stored Jalali matches some source's date
        let timeline = try TimelineBuilder(store: store, language: .en).build(TimelineSelection(events: [event]))
        let text = TextTimelineRenderer().render(timeline)
        #expect(text.contains("! other sources say 2019-10-26"))
        #expect(TimelineFormat.html.render(timeline).contains("other sources say 2019-10-26"))
    }

    @Test("without a calendar the stored Jalali form is shown and a Jalali year is bounded by two Gregorian years")
    func withoutCalendar() throws {
        let timeline = try build(TimelineSelection(entity: D.award), calendar: nil)
        let fifth = try #require(timeline.entries.first { $0.event == D.fifth }).date
        #expect(fifth.isPartial)
        #expect(fifth.gregorianText == "2020/2021")
        #expect(fifth.firstDay == GregorianDate(year: 2020, month: 1, day: 1).dayNumber)
        let fourth = try #require(timeline.entries.first { $0.event == D.fourth }).date
        #expect(fourth.jalaliText == "1398-08-11")
        #expect(!fourth.jalaliIsDerived)
    }

    @Test("a venue gathers the events held in the places it contains")
    func venueContainment() throws {
        let timeline = try build(TimelineSelection(entity: D.tehran))
        #expect(Set(timeline.entries.map(\.event)) == [D.fourth, D.fifth, D.panel, D.citiesDay])
        let iranTimeline = try build(TimelineSelection(entity: D.iran))
        #expect(iranTimeline.entries.count == 4)
    }

    @Test("a person's timeline holds the events they spoke at or chaired; same-day ties ordered by title")
    func personAndTies() throws {
        let timeline = try build(TimelineSelection(entity: D.hashemi))
        #expect(timeline.entries.map(\.event) == [D.fourth, D.panel])
        #expect(timeline.entries.map(\.title) == [D.fourthTitleEn, D.panelTitleEn])
        let fourth = timeline.entries[0]
        #expect(fourth.participants.contains { $0.role == "speaker" && $0.label == "Mohsen Hashemi" })
        #expect(fourth.participants.contains { $0.role == "recipient" && $0.label == "Shiraz" })
        #expect(fourth.participants.contains { $0.role == "organizer" && $0.label == "Tehran Municipality" })
        #expect(fourth.place == "Milad Tower, Tehran")
        #expect(fourth.group == "Tehran Golden Brick World Award")
        let panel = timeline.entries[1].date
        #expect(panel.isRange && !panel.isPartial)
        #expect(panel.gregorianText == "2019-11-02 – 2019-11-04")
    }

    @Test("titles come in the chosen language and fall back to the other; unlabelled editions get a composed title")
    func languageFallback() throws {
        let timeline = try build(TimelineSelection(entity: D.award), language: .fa)
        let titles = Dictionary(uniqueKeysWithValues: timeline.entries.map { ($0.event, $0) })
        #expect(titles[D.fourth]?.title == D.fourthTitleFa)
        #expect(titles[D.fourth]?.titleLanguage == .fa)
        #expect(titles[D.third]?.title == D.thirdTitleEn)
        #expect(titles[D.third]?.titleLanguage == .en)
        #expect(titles[D.fifth]?.title == "جایزه جهانی خشت طلایی تهران — دورهٔ ۵")
        #expect(titles[D.fourth]?.place == "برج میلاد، تهران")
    }

    @Test("sources name the article, its headline, address and the sentence from provenance")
    func sources() throws {
        let timeline = try build(TimelineSelection(entity: D.award))
        let fourth = try #require(timeline.entries.first { $0.event == D.fourth })
        #expect(fourth.sources.count == 1)
        #expect(fourth.sources.first?.article == D.articleIRI)
        #expect(fourth.sources.first?.sentenceIndexes == [3, 11])
        #expect(fourth.sources.first?.url == "https://www.tabnak.ir/fa/news/793790")
        #expect(fourth.sources.first?.headline?.hasPrefix("محسن هاشمی") == true)
        let third = try #require(timeline.entries.first { $0.event == D.third })
        #expect(third.sources.isEmpty)
    }

    @Test("explicit events and a partial date range select and cut")
    func explicitEventsAndRange() throws {
        let selection = try TimelineSelection(events: [D.fourth, D.panel, D.citiesDay, D.third, D.sixth],
                                              fromText: "2019-11", toText: "2019-11")
        let timeline = try build(selection)
        #expect(timeline.entries.map(\.event) == [D.fourth, D.panel])
        #expect(timeline.undatedEvents == [D.sixth])
        // A year-only event overlaps any range inside its year.
        let year = try build(TimelineSelection(events: [D.third], fromText: "2018-06-01", toText: nil))
        #expect(year.entries.map(\.event) == [D.third])
    }

    @Test("an entity with no dated events is a clear error")
    func noDatedEvents() throws {
        let store = try D.store()
        let lonely = D.iri("org/lonely")
        try store.add([Quad(lonely, RDFS.label, .text("Lonely Org", language: "en")),
                       Quad(D.sixth, Schema.organizer, lonely)])
        let error = #expect(throws: TimelineError.self) {
            try TimelineBuilder(store: store, language: .en).build(TimelineSelection(entity: lonely))
        }
        #expect(error == .noDatedEvents(subject: "Lonely Org", undatedCount: 1))
        #expect(error?.description.contains("Lonely Org has no dated events") == true)
    }

    @Test("a range that starts after it ends, or is not a date, is refused with a message")
    func badRanges() throws {
        #expect(throws: TimelineError.reversedRange(from: "2020", to: "2019-06")) {
            try TimelineSelection(entity: D.award, fromText: "2020", toText: "2019-06")
        }
        #expect(throws: TimelineError.invalidDate("1398/08/11")) {
            try TimelineSelection(fromText: "1398/08/11", toText: nil)
        }
        let direct = TimelineSelection(entity: D.award, from: GregorianPartialDate(year: 2021),
                                       to: GregorianPartialDate(year: 2019))
        #expect(throws: TimelineError.reversedRange(from: "2021", to: "2019")) { try build(direct) }
        #expect(throws: TimelineError.noEventsInRange(from: "1990", to: "1991", datedCount: 3)) {
            try build(TimelineSelection(entity: D.award, fromText: "1990", toText: "1991"))
        }
    }

    @Test("partial dates parse by datatype and refuse text more precise than the datatype")
    func partialDateParsing() {
        #expect(GregorianPartialDate(literal: Literal("2019", datatype: XSD.gYear))?.precision == .year)
        #expect(GregorianPartialDate(literal: Literal("2019-11", datatype: XSD.gYearMonth))?.precision == .month)
        #expect(GregorianPartialDate(literal: Literal("2019-11-02", datatype: XSD.gYear)) == nil)
        #expect(GregorianPartialDate(literal: Literal("2019-02-30", datatype: XSD.date)) == nil)
        let time = GregorianPartialDate(literal: Literal("2019-10-31T18:00:00+03:30", datatype: XSD.dateTime))
        #expect(time?.precision == .time)
        #expect(time?.isoText == "2019-10-31T18:00+03:30")
        #expect(JalaliPartialDate(text: "۱۳۹۸/۰۸/۱۱") == JalaliPartialDate(year: 1398, month: 8, day: 11))
        #expect(JalaliPartialDate(text: "1398-13") == nil)
    }
}
