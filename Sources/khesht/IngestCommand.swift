import ArgumentParser
import Foundation
import KheshtGraph
import KheshtIngest
import KheshtRemote
import KheshtStore

/// `khesht ingest PATH…`: read articles, extract facts, store each article as its own named graph.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract facts from articles (text, HTML, RSS/Atom) in files or folders and store them.",
        discussion: """
            Each article replaces its own named graph inside a transaction (on SQLite, up to \(ArticleBatchWriter.maxArticles) \
            articles share one), so ingesting again changes nothing and an interrupted run leaves no half-written article. A file that cannot be read is reported and skipped; the \
            exit status is then 1. The gazetteer is stored as the graph <\(Extractor.gazetteerGraph.value)>.
            """)

    @ParentCommand var root: Khesht
    @OptionGroup var local: StoreOptions
    @OptionGroup var remote: RemoteOptions
    @OptionGroup var schema: SchemaOptions
    var store: StoreOptions { local.databasePath == nil ? root.store : local }

    @Argument(help: ArgumentHelp("Article files or folders (searched recursively).", valueName: "path"))
    var paths: [String]

    @Flag(name: .shortAndLong, help: "Print only errors and the final summary.")
    var quiet = false

    @Flag(name: .customLong("dry-run"), help: "Extract and report, but store nothing.")
    var dryRun = false

    @Flag(name: .customLong("explain"), help: "Print each article's sentences, mentions and facts with their rules (implies --dry-run).")
    var explain = false

    @Flag(name: .customLong("one-thread"), help: "Read and extract on the thread that stores, instead of a second thread.")
    var oneThread = false

    func run() throws {
        let extractor = try reportingFailure { try schema.loadExtractor() }
        let files = try reportingFailure { try ArticleFiles.collect(paths) }
        let store = try reportingFailure { try remote.openStore(orElse: self.store, options: IngestCommand.storeOptions) }
        let gazetteer = extractor.gazetteerFacts()
        if !dryRun && !explain {
            try reportingFailure {
                try store.replaceGraph(.iri(gazetteer.article), with: gazetteer.quads, provenance: gazetteer.provenance)
            }
        }
        let progress = ProgressLine(total: files.count, enabled: !quiet && isatty(STDERR_FILENO) != 0)
        let reader = ArticleReader()
        // On SQLite, graphs are written in batches (see ArticleBatchWriter); the resolver reads through the writer,
        // so it sees every graph given before.
        let writer = (store as? SQLiteStore).map(ArticleBatchWriter.init)
        let target: any GraphStore = writer ?? store
        let resolver = NameKeyResolver(store: target, fixedGraphs: [.iri(Extractor.gazetteerGraph)])
        var failures = 0, articles = 0, facts = 0, quads = 0
        /// A batch the store refused: its articles are not stored, and their files count as failed.
        func dropped(_ error: ArticleBatchWriter.BatchError) {
            progress.clear()
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            failures += error.files.count
            // Articles are counted once their graph is given; one whose giving failed was not counted.
            let counted = error.earlier
            articles -= counted.articles
            facts -= counted.facts
            quads -= counted.quads
        }
        let started = Date()
        // Extraction of later files overlaps the storing of earlier ones (see ExtractionPipeline); results arrive in
        // file order, so the loop below stores, prints and counts exactly as it does on one thread.
        let pipeline = explain || oneThread ? nil : ExtractionPipeline(files: files, reader: reader, extractor: extractor)
        for (index, file) in files.enumerated() {
            progress.update(index, file: file)
            do {
                let read: [(article: Article, result: ExtractionResult?)]
                if let pipeline {
                    read = try pipeline.next().outcome.get().map { ($0.article, $0.result) }
                } else {
                    read = try reader.read(contentsOf: URL(fileURLWithPath: file)).map { ($0, nil) }
                }
                for (article, extracted) in read {
                    if explain {
                        print(extractor.explain(article))
                        continue
                    }
                    let result = extracted ?? extractor.extract(article)
                    var merges: [NameKeyResolver.Merge] = []
                    if !dryRun {
                        writer?.currentFile = file
                        writer?.currentFacts = result.factCount
                        // One entity for one unknown name across articles and scripts (see NameKeyResolver).
                        merges = try resolver.resolveAndStore(graph: .iri(result.article), quads: result.quads,
                                                              provenance: result.provenance).merges
                    }
                    articles += 1
                    facts += result.factCount
                    quads += result.quads.count
                    if !quiet {
                        progress.clear()
                        print(IngestCommand.summary(of: result, file: file, article: article))
                        for merge in merges { print("    same entity: \(merge)") }
                    }
                }
            } catch let error as ArticleBatchWriter.BatchError {
                dropped(error)
            } catch let error as RemoteError {
                // The server is down or refuses: every further article would fail the same way. Graphs already
                // PUT are complete; running the same command again replaces them and sends the rest.
                progress.clear()
                FileHandle.standardError.write(Data("\(file): \(error)\nstopped after \(articles) article(s); run the same command again to finish\n".utf8))
                throw ExitCode.failure
            } catch {
                failures += 1
                progress.clear()
                FileHandle.standardError.write(Data("\(error)\n".utf8))
            }
        }
        if !dryRun, let writer {
            do { try writer.flush() } catch let error as ArticleBatchWriter.BatchError { dropped(error) }
        }
        progress.clear()
        try reportingFailure { try store.close() }
        let seconds = Date().timeIntervalSince(started)
        print("ingested \(articles) article(s) from \(files.count - failures) file(s): \(quads) quads, \(facts) facts "
              + "in \(String(format: "%.2f", seconds)) s" + (failures > 0 ? "; \(failures) file(s) failed" : ""))
        if failures > 0 { throw ExitCode.failure }
    }

    /// The SQLite store as ingest opens it: with a smaller writer page cache than the default (256 MiB) and term
    /// cache, because those caches were what made ingest's memory grow with the corpus (they keep what was written
    /// until full; extraction itself stays at ~40 MiB at any size). Measured on 10,000 generated articles: peak RSS
    /// 246 → 102 MiB for ~7% more CPU; pages that fall out come back from the operating system's file cache.
    static var storeOptions: SQLiteStore.Options {
        var options = SQLiteStore.Options()
        options.writerCacheKiB = 32 * 1024
        options.termCacheCapacity = 100_000
        // Memory-mapped reads (on for queries) put every page name resolution touches into the process's resident
        // set, so it grew with the store: 107 MiB at 2,000 articles, 275 MiB at 10,000.
        options.readMapBytes = 0
        return options
    }

    static func summary(of result: ExtractionResult, file: String, article: Article) -> String {
        let entities = result.entityCounts.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ")
        let item = article.source.itemIndex > 0 ? "#\(article.source.itemIndex)" : ""
        let title = article.title.isEmpty ? "(untitled)" : article.title
        return "\(file)\(item) → \(result.article.localName): \(title)\n    \(entities.isEmpty ? "no entities" : entities); "
            + "\(result.factCount) facts, \(result.quads.count) quads"
    }
}

/// The article files under the given paths: files as given, folders searched recursively for article formats.
enum ArticleFiles {
    static let extensions: Set<String> = ["txt", "html", "htm", "xml", "rss", "atom"]

    static func collect(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ValidationError("\(path): no such file or folder")
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            guard let walker = FileManager.default.enumerator(atPath: path) else {
                throw ValidationError("\(path): cannot list the folder")
            }
            var found: [String] = []
            for case let name as String in walker where extensions.contains((name as NSString).pathExtension.lowercased()) {
                found.append((path as NSString).appendingPathComponent(name))
            }
            files += found.sorted()
        }
        return files
    }
}

/// A one-line progress bar on standard error, redrawn in place; silent when standard error is not a terminal.
final class ProgressLine {
    let total: Int
    let enabled: Bool
    init(total: Int, enabled: Bool) { self.total = total; self.enabled = enabled }

    func update(_ done: Int, file: String) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let name = (file as NSString).lastPathComponent
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(done)/\(total) \(name.prefix(40))".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
