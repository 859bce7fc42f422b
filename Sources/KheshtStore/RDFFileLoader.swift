import Foundation
import KheshtGraph

/// Loads N-Triples and N-Quads files into a `SQLiteStore`, each file in its own transaction: after any failure or
/// a killed process the file is wholly present or wholly absent.
///
/// - An `.nt` file becomes the named graph `<file:///absolute/path>`, replacing what an earlier load put there.
/// - An `.nq` file replaces every named graph it mentions (each is emptied when first seen); its default-graph
///   statements are added to the default graph, which other files share.
///
/// Blank node labels are scoped to their file (RDF 1.1 Concepts §3.5): `_:b1` in two files are two nodes. Each label
/// gets a suffix derived from the file's graph IRI, stable across runs, so reloading a file replaces its nodes.
public struct RDFFileLoader {
    public let store: SQLiteStore

    public init(store: SQLiteStore) {
        self.store = store
    }

    /// What one file load did.
    public struct Report: Sendable {
        public let path: String
        /// The named graph an `.nt` file was loaded as; nil for `.nq`.
        public let graph: Term?
        /// Statements read from the file (duplicates included).
        public let statements: Int
        /// Distinct quads inserted.
        public let inserted: Int
        public let seconds: Double
    }

    /// The files `load` accepts, by extension, and whether they may name graphs.
    public static let formats: [String: Bool] = ["nt": false, "ntriples": false, "nq": true, "nquads": true]

    /// Slot items (terms and quads) the parsing thread hands over at a time.
    static let itemsPerBatch = 1024

    /// Distinct terms the parsing thread remembers (`TermSlotEncoder`); a term it has forgotten costs the writer one
    /// more dictionary look-up. Measured on 2M generated triples (64 MiB page cache, loaded machine): 2^19 slots
    /// 171 MiB peak RSS, 2^17 slots 136 MiB, for 3% more CPU.
    static let slotCapacity: Int32 = 1 << 17

    /// A typical N-Triples line length, to guess a file's statement count from its size.
    static let bytesPerStatement = 120

    /// Loads one file atomically.
    ///
    /// - Throws: `FileLoadError` for a path that is not a readable `.nt`/`.nq` file, `SyntaxError` carrying
    ///   `file:line:column`, or `StoreError`. The store is unchanged after any of them.
    public func load(path: String) throws -> Report {
        let started = Date()
        let absolute = Self.absolutePath(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            throw FileLoadError.missing(path: path)
        }
        if isDirectory.boolValue { throw FileLoadError.directory(path: path) }
        let ext = (path as NSString).pathExtension.lowercased()
        guard let allowGraphs = Self.formats[ext] else { throw FileLoadError.unsupportedFormat(path: path) }

        let fileGraph = Term.iri(Self.fileIRI(absolute))
        let scope = Self.blankNodeScope(fileGraph)
        let reader = NQuadsFileReader(path: path, allowGraphs: allowGraphs)
        let statements = Counter()
        // A file larger than the store goes faster by rebuilding the indexes once than by updating them per row.
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: absolute)[.size] as? Int) ?? 0
        let stored = allowGraphs ? 0 : try store.count()
        let rebuildIndexes = !allowGraphs && fileBytes / Self.bytesPerStatement > max(stored, 50_000)
        let inserted = try store.bulkLoad { loader in
            if !allowGraphs { try loader.clearGraph(fileGraph) }
            if rebuildIndexes { try loader.deferIndexes() }
            // Parsing, label keys (Unicode look-ups) and term look-ups (hashing, `TermSlotEncoder`) run on a second
            // thread while this one writes: the writer only turns slots into ids and steps SQLite statements.
            // Items cross in arrays the parsing thread fills itself: through the generic pipeline (compiled in
            // another module) one by one, each would cost a generic copy and destroy.
            try BatchPipeline<[SlotItem]>.run(batchSize: 1, produce: { emit in
                var encoder = TermSlotEncoder(capacity: Self.slotCapacity)
                var items: [SlotItem] = []
                items.reserveCapacity(Self.itemsPerBatch + 8)
                try reader.forEachQuad { quad in
                    statements.value += 1
                    let graph = allowGraphs ? quad.graph.map { Self.scoped($0, scope) } : fileGraph
                    let scoped = Quad(Self.scoped(quad.subject, scope), quad.predicate, Self.scoped(quad.object, scope),
                                      graph: graph)
                    encoder.encode(scoped, labelKey: GraphLoader.labelKey(of: scoped), into: &items)
                    if items.count >= Self.itemsPerBatch {
                        try emit(items)
                        items.removeAll(keepingCapacity: true)
                    }
                }
                if !items.isEmpty { try emit(items) }
            }, consume: { items in
                for item in items { try loader.apply(item, replacingGraphs: allowGraphs) }
            })
            // Rows staged by a deferred-index load are counted when merged.
            try loader.finish()
            return loader.insertedCount
        }
        return Report(path: path, graph: allowGraphs ? nil : fileGraph, statements: statements.value, inserted: inserted,
                      seconds: Date().timeIntervalSince(started))
    }

    /// `file:///…` for an absolute path, percent-encoding what an IRI may not hold (spaces, `<>"{}|^\``, controls)
    /// and non-ASCII bytes, so every path gives a valid, reversible IRI.
    public static func fileIRI(_ absolutePath: String) -> IRI {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=:@".utf8)
        var encoded = "file://"
        for byte in absolutePath.utf8 {
            if allowed.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return IRI(unchecked: encoded)
    }

    static func absolutePath(_ path: String) -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        return url.standardizedFileURL.path
    }

    /// A short, stable tag of the file's graph IRI (FNV-1a), appended to its blank node labels.
    static func blankNodeScope(_ graph: Term) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in graph.ntriples.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "f" + String(hash & 0xFFFF_FFFF, radix: 36)
    }

    @inline(__always)
    static func scoped(_ term: Term, _ scope: String) -> Term {
        guard case .blank(let node) = term else { return term }
        return .blank(BlankNode(node.label + "_" + scope))
    }
}

/// A count written by the parsing thread and read after it has finished (the pipeline's join orders the two).
private final class Counter: @unchecked Sendable {
    var value = 0
}

/// A path `RDFFileLoader` cannot read as RDF. Descriptions start with the path, like compiler diagnostics.
public enum FileLoadError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case directory(path: String)
    case unsupportedFormat(path: String)

    public var description: String {
        switch self {
        case .missing(let path): "\(path): no such file"
        case .directory(let path): "\(path): is a directory; give the .nt or .nq files inside it"
        case .unsupportedFormat(let path):
            "\(path): unsupported file type; khesht load reads N-Triples (.nt) and N-Quads (.nq)"
        }
    }
}
