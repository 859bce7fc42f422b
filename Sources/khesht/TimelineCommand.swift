import ArgumentParser
import Foundation
import KheshtGraph
import KheshtQuery
import KheshtStore
import KheshtText
import KheshtTimeline

/// `khesht timeline`: the dated events of an entity or of a query, in order, with Jalali and Gregorian dates.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Draw the events an entity takes part in (or a query returns) as text, JSON, HTML or SVG.",
        discussion: """
            ENTITY is any label or alias, Persian or English. --from/--to take a Gregorian or Jalali year, month or day \
            (2019, 2019-11, 2019-11-02, 1398, 1398/08, ۱۳۹۸/۰۸/۱۱); years before 1500 are Jalali. A date known only to the \
            year is drawn over its year, never on 1 January.
            """)

    @ParentCommand var root: Khesht
    @OptionGroup var local: StoreOptions
    var storeOptions: StoreOptions { local.databasePath == nil ? root.store : local }

    @Argument(help: ArgumentHelp("The entity whose events to show.", valueName: "entity")) var entity: String?
    @Option(help: ArgumentHelp("A find query; every entity in its rows is an event to show.", valueName: "query")) var query: String?
    @Option(help: ArgumentHelp("Earliest date shown.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Latest date shown.", valueName: "date")) var to: String?
    @Option(help: "jalali, gregorian or both.") var calendar: String = "both"
    @Option(help: "fa or en: the language of titles (falling back to the other).") var lang: String = "fa"
    @Option(help: "text, json, html or svg.") var format: String = "text"
    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (default: standard output).", valueName: "file")) var output: String?

    func validate() throws {
        if entity == nil && query == nil { throw ValidationError("give an entity name or --query") }
        guard TimelineCalendar(rawValue: calendar) != nil else { throw ValidationError("--calendar must be jalali, gregorian or both") }
        guard TimelineLanguage(rawValue: lang) != nil else { throw ValidationError("--lang must be fa or en") }
        guard TimelineFormat(rawValue: format) != nil else { throw ValidationError("--format must be text, json, html or svg") }
    }

    func run() throws {
        try reportingFailure {
            let store = try storeOptions.openStore()
            defer { try? store.close() }
            let engine = QueryEngine(store: store)
            var events: [Term]?
            if let query {
                guard case .table(let table) = try engine.run(query) else {
                    throw ValidationErrorText("--query needs a find query whose rows hold events")
                }
                events = table.rows.flatMap { $0.compactMap { $0 } }.filter(\.isResource)
            }
            let subject = try entity.map { try EntityNameResolution.resolve($0, with: engine) }
            let selection = try TimelineSelection(entity: subject, events: events,
                                                  fromText: try from.map { try TimelineCommand.gregorian($0, end: false) },
                                                  toText: try to.map { try TimelineCommand.gregorian($0, end: true) })
            let builder = TimelineBuilder(store: store, language: TimelineLanguage(rawValue: lang)!)
            let timeline = try builder.build(selection, title: entity)
            let text = TimelineFormat(rawValue: format)!.render(timeline, calendar: TimelineCalendar(rawValue: calendar)!)
            if let output {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } else {
                print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            }
        }
    }

    /// A range bound as Gregorian text: Jalali input (a year before 1500, in any digits, "/" or "-") becomes the
    /// first (for --from) or last (for --to) Gregorian day of that Jalali year, month or day.
    static func gregorian(_ text: String, end: Bool) throws -> String {
        let folded = TextNormalizer.matchKey(text).replacingOccurrences(of: "/", with: "-")
        let parts = folded.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { throw TimelineError.invalidDate(text) }
        let numbers = parts.map { $0! }
        guard numbers[0] < 1500 else { return folded }
        let year = numbers[0]
        let month = numbers.count > 1 ? numbers[1] : (end ? 12 : 1)
        let day = numbers.count > 2 ? numbers[2] : (end ? JalaliCalendar.daysInMonth(year: year, month: month) : 1)
        guard let jalali = JalaliDate(validYear: year, month: month, day: day) else { throw TimelineError.invalidDate(text) }
        return jalali.gregorian.description
    }
}
