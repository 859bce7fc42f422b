import ArgumentParser
import Foundation
import KheshtExport
import KheshtGraph
import KheshtQuery
import KheshtStore

/// `khesht export`: the knowledge base (or part of it) as RDF/XML, N-Triples, N-Quads or Turtle.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the knowledge base, one entity's neighbourhood or a query's result graph as RDF.",
        discussion: """
            RDF/XML is written through libxml2 and streamed. RDF/XML, Turtle and N-Triples have no named graphs: a fact \
            stated by several articles is written once. With --provenance, every fact's sources (article, sentence, \
            character span, rule, confidence) are added as reified statements (rdf:Statement + prov:wasDerivedFrom); \
            N-Quads always keeps each article's facts in the article's named graph. A literal XML 1.0 cannot carry, or a \
            predicate with no QName, stops the export with an error naming the triple (see docs/export.md).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case rdfxml, ntriples, nquads, turtle }

    @ParentCommand var root: Khesht
    @OptionGroup var local: StoreOptions
    var storeOptions: StoreOptions { local.databasePath == nil ? root.store : local }

    @Option(help: "rdfxml, ntriples, nquads or turtle.") var format: Format = .rdfxml
    @Flag(help: "Add each fact's provenance as reified statements.") var provenance = false
    @Option(help: ArgumentHelp("Only this entity's facts and the facts pointing at it.", valueName: "name")) var entity: String?
    @Option(help: ArgumentHelp("Only the facts about the entities a query returns.", valueName: "query")) var query: String?
    @Option(name: .customLong("from-ntriples"), help: ArgumentHelp(
        "Convert an N-Triples file instead of reading the store (streaming; for large files and benchmarks).",
        valueName: "file"))
    var fromNTriples: String?
    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (default: standard output).", valueName: "file"))
    var output: String?
    @Flag(help: "Replace characters XML 1.0 cannot carry with U+FFFD instead of refusing the literal.")
    var replaceInvalidCharacters = false

    func validate() throws {
        if entity != nil && query != nil { throw ValidationError("--entity and --query select different things; give one") }
        if fromNTriples != nil && (entity != nil || query != nil || provenance) {
            throw ValidationError("--from-ntriples converts a file as it is; it takes no --entity, --query or --provenance")
        }
    }

    func run() throws {
        try reportingFailure {
            if let input = fromNTriples {
                guard format == .rdfxml else { throw ValidationErrorText("--from-ntriples writes RDF/XML only") }
                try RDFXMLWriter.convertNTriples(inputPath: input, outputPath: output ?? "-", options: writerOptions)
                return
            }
            let store = try storeOptions.openStore()
            defer { try? store.close() }
            let quads = try selectedQuads(store)
            try write(quads, store: store)
        }
    }

    private var writerOptions: RDFXMLWriter.Options { replaceInvalidCharacters ? [.replaceInvalidCharacters] : [] }

    /// The quads to export, as a lazy sequence in subject order (the store's SPOG order for the whole KB).
    private func selectedQuads(_ store: SQLiteStore) throws -> AnySequence<Quad> {
        if let entity {
            let term = try EntityNameResolution.resolve(entity, with: QueryEngine(store: store))
            return AnySequence(try Array(store.match(subject: term)) + Array(store.match(object: term)))
        }
        if let query {
            guard case .table(let table) = try QueryEngine(store: store).run(query) else {
                throw ValidationErrorText("--query needs a find query; its rows' entities are exported")
            }
            var seen = Set<Term>()
            var quads: [Quad] = []
            for row in table.rows {
                for case let term? in row where term.isResource && seen.insert(term).inserted {
                    quads += try store.match(subject: term)
                }
            }
            return AnySequence(quads)
        }
        return try store.match(QuadPattern())
    }

    private func write(_ quads: AnySequence<Quad>, store: SQLiteStore) throws {
        let sink: OutputSink = try output.map { try FileSink(path: $0) } ?? FileSink.standardOutput()
        // One expander for the whole document, so statement node labels never repeat.
        var expander = ReificationExpander()
        func sources(of quad: Quad) throws -> [Triple] {
            guard provenance else { return [] }
            return try store.provenance(of: quad).flatMap { expander.triples(for: $0) }
        }
        if format == .nquads {
            let writer = NQuadsWriter(sink: sink)
            for quad in quads {
                try writer.write(quad)
                try writer.write(contentsOf: try sources(of: quad).map { Quad($0, graph: quad.graph) })
            }
            try writer.finish()
            return
        }
        let write: ([Triple]) throws -> Void
        let finish: () throws -> Void
        switch format {
        case .rdfxml:
            let writer = try RDFXMLWriter(sink: sink, options: writerOptions)
            write = { try writer.write(contentsOf: $0) }
            finish = writer.finish
        case .turtle:
            let writer = try TurtleWriter(sink: sink)
            write = { try writer.write(contentsOf: $0) }
            finish = writer.finish
        case .ntriples, .nquads:
            let writer = NTriplesWriter(sink: sink)
            write = { try writer.write(contentsOf: $0) }
            finish = writer.finish
        }
        // Without graphs, a fact stated by several articles is written once (equal triples are adjacent in SPOG
        // order); each article's provenance for it is still added.
        var previous: Triple?
        for quad in quads {
            let triple = quad.triple
            try write((triple == previous ? [] : [triple]) + sources(of: quad))
            previous = triple
        }
        try finish()
    }
}
