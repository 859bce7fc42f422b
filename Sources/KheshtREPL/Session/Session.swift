import KheshtGraph
import KheshtQuery
import KheshtStore
import KheshtTimeline

/// The read–run–print loop of `khesht repl`.
///
/// Statements may span lines: one ends with `;` at the end of a line (outside braces) or with a blank line, and
/// lines in between get the `...>` prompt. Lines starting with `.` are meta-commands (`MetaCommand`). Results go to
/// `output` in the current `.mode`; query errors go to `errors` with a caret under the mistake. With a
/// non-interactive reader (piped input) there are no prompts and no banner, only results.
public final class Session {
    public struct Settings: Sendable {
        public var format: OutputFormat
        public var timer: Bool
        public var sources: Bool
        /// Widest table cell, in terminal cells.
        public var maxColumnWidth: Int

        public init(format: OutputFormat = .table, timer: Bool = false, sources: Bool = false, maxColumnWidth: Int = 60) {
            self.format = format
            self.timer = timer
            self.sources = sources
            self.maxColumnWidth = maxColumnWidth
        }
    }

    public static let prompt = "khesht> "
    public static let continuationPrompt = "   ...> "

    public var settings: Settings
    public let engine: QueryEngine
    let reader: any LineReader
    let output: any TextOutput
    let errors: any TextOutput
    let style: TerminalStyle
    let errorStyle: TerminalStyle

    /// Statements and meta-commands that failed so far (the exit status of a piped session depends on it).
    public private(set) var failures = 0
    /// The last query run, for `.explain`.
    public private(set) var lastQuery: String?
    private var explainNext = false
    private var scanner = StatementScanner()

    public init(engine: QueryEngine, reader: any LineReader, output: any TextOutput, errors: any TextOutput,
                style: TerminalStyle = .plain, errorStyle: TerminalStyle? = nil, settings: Settings = Settings()) {
        self.engine = engine
        self.reader = reader
        self.output = output
        self.errors = errors
        self.style = style
        self.errorStyle = errorStyle ?? style
        self.settings = settings
    }

    /// Reads and runs until end of input or `.quit`.
    public func run() {
        if reader.isInteractive { output.write(banner()) }
        while true {
            let prompt = scanner.isEmpty ? Self.prompt : Self.continuationPrompt
            let line: String
            switch reader.readLine(prompt: prompt) {
            case .line(let text):
                line = text
            case .end:
                if let pending = scanner.flush() { run(statement: pending) }
                if reader.isInteractive { output.write("\n") }
                return
            case .interrupted:
                scanner.reset()
                output.write("^C\n")
                continue
            }
            if scanner.isEmpty, line.trimmingWhitespace().hasPrefix(".") {
                reader.addHistory(line.trimmingWhitespace())
                if !perform(line) { return }
                continue
            }
            if let statement = scanner.add(line) {
                reader.addHistory(StatementScanner.singleLine(statement) + ";")
                run(statement: statement)
            }
        }
    }

    /// Runs one statement (without its final `;`) and prints its result or its error.
    ///
    /// - Returns: false when it failed.
    @discardableResult
    public func run(statement: String) -> Bool {
        var text = statement
        if explainNext {
            explainNext = false
            if !Self.firstWord(text).elementsEqual("explain") { text = "explain " + text }
        }
        if !Self.firstWord(statement).elementsEqual("explain") { lastQuery = statement }
        if settings.sources { text = Self.withSources(text) }
        let started = ContinuousClock.now
        do {
            // At a terminal Ctrl-C stops the query and comes back to the prompt; piped input keeps the default
            // (Ctrl-C ends the run, as for any filter program).
            let result = reader.isInteractive
                ? try QueryInterrupt.whileRunning { try engine.run(text, cancellation: QueryInterrupt.cancellation) }
                : try engine.run(text)
            let elapsed = ContinuousClock.now - started
            output.write(settings.format.renderer.render(result, in: context(for: result, statement: text)))
            if settings.timer { output.write(style.dim("Run Time: \(Self.milliseconds(elapsed)) ms") + "\n") }
            return true
        } catch let error as QueryError {
            failures += 1
            errors.write(QueryErrorDisplay(style: errorStyle).render(error))
        } catch let cancelled as QueryCancelled {
            // Asked for by the user: not a failure, and nothing partial is shown.
            errors.write(errorStyle.dim(cancelled.description) + "\n")
            return false
        } catch {
            failures += 1
            errors.write(errorStyle.error("error: \(error)") + "\n")
        }
        return false
    }

    /// Runs a meta-command line. Returns false for `.quit`.
    @discardableResult
    public func perform(_ line: String) -> Bool {
        let command: MetaCommand
        do {
            command = try MetaCommand.parse(line)
        } catch {
            failures += 1
            errors.write(errorStyle.error(error.description) + "\n")
            return true
        }
        switch command {
        case .help:
            output.write(help())
        case .schema:
            let lookup = LabelLookup(store: engine.store)
            let iris = engine.terms.classes.map { Term.iri($0.iri) } + engine.terms.properties.map { Term.iri($0.iri) }
            output.write(SchemaDisplay(style: style, labels: lookup.labels(of: iris)).render(engine.terms))
        case .mode(let format):
            if let format { settings.format = format }
            acknowledge("mode: \(settings.format.rawValue)", asked: format == nil)
        case .timer(let on):
            if let on { settings.timer = on }
            acknowledge("timer: \(settings.timer ? "on" : "off")", asked: on == nil)
        case .sources(let on):
            if let on { settings.sources = on }
            acknowledge("sources: \(settings.sources ? "on" : "off")", asked: on == nil)
        case .explain(let text):
            if let text {
                run(statement: "explain " + text)
            } else if let lastQuery {
                run(statement: "explain " + lastQuery)
            } else {
                explainNext = true
                output.write("the next query will be explained\n")
            }
        case .timeline(let name):
            timeline(named: name)
        case .quit:
            return false
        }
        return true
    }

    // MARK: Helpers

    /// A setting's new state, shown to a person; piped sessions print only results (so `.mode json` output stays
    /// valid JSON), unless the setting was asked for.
    private func acknowledge(_ text: String, asked: Bool) {
        if reader.isInteractive || asked { output.write(text + "\n") }
    }

    private func timeline(named name: String) {
        do {
            let entities = try engine.store.entities(withLabel: name)
            guard let entity = entities.first else {
                failures += 1
                let near = (try? engine.store.labels(withPrefix: String(name.prefix(2)), limit: 5).map(\.label)) ?? []
                errors.write(errorStyle.error("no entity is named \"\(name)\"")
                             + (near.isEmpty ? "" : "\n  did you mean: \(near.joined(separator: ", "))?") + "\n")
                return
            }
            if entities.count > 1 {
                output.write(style.dim("\(entities.count) entities are named \"\(name)\"; showing \(entity.ntriples)") + "\n")
            }
            let language: TimelineLanguage = BidiIsolation.containsRightToLeft(name) ? .fa : .en
            let timeline = try TimelineBuilder(store: engine.store, language: language).build(TimelineSelection(entity: entity))
            var text = TextTimelineRenderer().render(timeline)
            if !text.hasSuffix("\n") { text += "\n" }
            output.write(text)
        } catch {
            failures += 1
            errors.write(errorStyle.error("timeline: \(error)") + "\n")
        }
    }

    /// Labels and headlines the renderers need beyond what the result carries.
    func context(for result: QueryResult, statement: String) -> RenderContext {
        let lookup = LabelLookup(store: engine.store)
        var sources: [Source] = []
        var terms: [Term] = []
        switch result {
        case .table(let table):
            sources = table.sources?.flatMap { $0 } ?? []
        case .description(let descriptions):
            for description in descriptions {
                for group in description.properties {
                    for value in group.values {
                        terms.append(value.term)
                        sources += value.sources
                    }
                }
            }
        case .plan, .sparql:
            break
        }
        for source in sources { terms += [source.fact.subject, source.fact.object] }
        return RenderContext(preferredLanguage: Self.language(of: statement), style: style,
                             maxColumnWidth: settings.maxColumnWidth,
                             headlines: lookup.headlines(of: sources.map(\.article)),
                             labels: lookup.labels(of: terms))
    }

    /// "fa" when the statement holds Persian (or other right-to-left) text, "en" when it quotes Latin text only,
    /// else "fa": the labels lead in the language the user asked in.
    static func language(of statement: String) -> String {
        if BidiIsolation.containsRightToLeft(statement) { return "fa" }
        var inString = false
        for c in statement {
            if c == "\"" { inString.toggle(); continue }
            if inString && c.isLetter && c.isASCII { return "en" }
        }
        return "fa"
    }

    /// `text` with `with sources` appended when it is a find or describe statement that lacks it.
    static func withSources(_ text: String) -> String {
        let first = firstWord(text)
        guard ["find", "select", "describe", "explain"].contains(first) else { return text }
        let words = StatementScanner.singleLine(text).lowercased().split(whereSeparator: \.isWhitespace)
        if words.suffix(2) == ["with", "sources"] { return text }
        if first == "explain" && words.dropFirst().first == "sparql" { return text }
        return text + "\nwith sources"
    }

    static func firstWord(_ text: String) -> String {
        String(text.trimmingWhitespace().prefix { $0.isLetter }).lowercased()
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let tenths = seconds * 10_000 + attoseconds / 100_000_000_000_000
        return "\(tenths / 10).\(tenths % 10)"
    }

    private func banner() -> String {
        let size = (try? engine.store.count()).map { "\($0) quads" } ?? "store"
        return style.emphasis("khesht") + " — events and awards from Persian and English news (\(size)).\n"
            + style.dim("End a statement with ; or a blank line. Tab completes names; .help lists commands.") + "\n"
    }

    private func help() -> String {
        let width = MetaCommand.usage.map { $0.command.count }.max() ?? 0
        var out = style.header("commands") + "\n"
        for (command, meaning) in MetaCommand.usage {
            out += "  " + style.emphasis(command.padding(width)) + "  " + meaning + "\n"
        }
        out += style.header("queries") + " (end with ; or a blank line)\n"
        out += "  find ?e ?date where { ?e a Event ; location \"برج میلاد\" ; startDate ?date } order by ?date;\n"
        out += "  describe \"Milad Tower\";\n"
        out += "  explain find ?p where { ?h holder ?p ; inOrganization \"شورای اسلامی شهر تهران\" };\n"
        out += style.dim("  Full guide: docs/query-language.md") + "\n"
        return out
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
