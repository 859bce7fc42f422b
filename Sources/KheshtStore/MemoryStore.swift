import Foundation
import KheshtGraph
import KheshtText

/// An exact, in-memory `GraphStore` for tests, small data and scratch work.
///
/// Quads live in one set with per-position indexes; `match` starts from the smallest index bucket among the bound
/// positions and filters the rest. Every operation holds one lock, so a `MemoryStore` may be shared across threads.
public final class MemoryStore: GraphStore, @unchecked Sendable {
    private let lock = NSLock()
    private var quads: Set<Quad> = []
    private var bySubject: [Term: Set<Quad>] = [:]
    private var byPredicate: [IRI: Set<Quad>] = [:]
    private var byObject: [Term: Set<Quad>] = [:]
    private var byGraph: [Term?: Set<Quad>] = [:]
    private var provenanceByQuad: [Quad: [Provenance]] = [:]
    /// Every term ever added, interned: its id is its index in `internedTerms` (ids stay valid after removals).
    private var internedIDs: [Term: TermID] = [:]
    private var internedTerms: [Term] = []

    public init() {}

    public func replaceGraph(_ graph: Term, with quads: [Quad], provenance: [Provenance]) throws {
        try Self.check(quads: quads, provenance: provenance, belongTo: graph)
        locked {
            for quad in byGraph[graph] ?? [] { removeUnlocked(quad) }
            for quad in quads { insertUnlocked(quad) }
            for record in provenance where self.quads.contains(record.quad) {
                provenanceByQuad[record.quad, default: []].append(record)
            }
        }
    }

    public func add(_ quads: [Quad]) throws {
        locked { for quad in quads { insertUnlocked(quad) } }
    }

    public func remove(_ quads: [Quad]) throws {
        locked { for quad in quads { removeUnlocked(quad) } }
    }

    public func match(_ pattern: QuadPattern) throws -> AnySequence<Quad> {
        // An array in the stored bucket's order: `Set.filter` would make a new set, whose order (seeded per
        // instance) can differ from one call to the next, so two reads of one state could list facts differently.
        AnySequence(locked { Array(candidates(for: pattern).lazy.filter(pattern.matches)) })
    }

    public func estimatedCount(_ pattern: QuadPattern) throws -> Int {
        locked { candidates(for: pattern).lazy.filter(pattern.matches).count }
    }

    public func count() throws -> Int { locked { quads.count } }

    public func graphNames() throws -> [Term] {
        locked { byGraph.keys.compactMap { $0 }.sorted() }
    }

    public func graphSizes() throws -> [(graph: Term?, count: Int)] {
        locked {
            byGraph.map { (graph: $0.key, count: $0.value.count) }
                .sorted { ($0.graph?.ntriples ?? "") < ($1.graph?.ntriples ?? "") }
        }
    }

    public func entities(withLabel label: String) throws -> [Term] {
        let key = TextNormalizer.labelKey(label)
        guard !key.isEmpty else { return [] }
        let subjects = Set(labelEntries().filter { $0.key == key }.map(\.subject))
        return subjects.sorted()
    }

    public func labels(withPrefix prefix: String, limit: Int) throws -> [(label: String, subject: Term)] {
        let key = TextNormalizer.labelKey(prefix)
        var seen = Set<LabelEntry>()
        // Prefixes compare scalar by scalar, as SQLite compares bytes: `hasPrefix` would compare whole characters
        // and miss a prefix whose last letter takes a combining mark in the label.
        let matching = labelEntries()
            .filter { $0.key.unicodeScalars.starts(with: key.unicodeScalars) && seen.insert($0).inserted }
            .sorted { ($0.key, $0.label, $0.subject) < ($1.key, $1.label, $1.subject) }
        return matching.prefix(max(0, limit)).map { (label: $0.label, subject: $0.subject) }
    }

    public var providesTermIDs: Bool { true }

    public func termID(of term: Term) throws -> TermID? {
        locked { internedIDs[term] }
    }

    public func term(forID id: TermID) throws -> Term {
        try locked {
            guard id >= 0, id < internedTerms.count else { throw StoreError.unknownTermID(id) }
            return internedTerms[Int(id)]
        }
    }

    public func provenance(of quad: Quad) throws -> [Provenance] {
        locked { provenanceByQuad[quad] ?? [] }
    }

    // MARK: - Internals

    private struct LabelEntry: Hashable {
        let key: String
        let label: String
        let subject: Term
    }

    private func labelEntries() -> [LabelEntry] {
        locked {
            LabelPredicates.all.flatMap { predicate in
                (byPredicate[predicate] ?? []).compactMap { quad -> LabelEntry? in
                    guard let literal = quad.object.literal else { return nil }
                    return LabelEntry(key: TextNormalizer.labelKey(literal.lexicalForm), label: literal.lexicalForm,
                                      subject: quad.subject)
                }
            }
        }
    }

    /// The smallest index bucket that every matching quad must be in.
    private func candidates(for pattern: QuadPattern) -> Set<Quad> {
        var buckets: [Set<Quad>] = []
        if let subject = pattern.subject { buckets.append(bySubject[subject] ?? []) }
        if let predicate = pattern.predicate { buckets.append(byPredicate[predicate] ?? []) }
        if let object = pattern.object { buckets.append(byObject[object] ?? []) }
        switch pattern.graph {
        case .any: break
        case .defaultGraph: buckets.append(byGraph[nil] ?? [])
        case .named(let name): buckets.append(byGraph[name] ?? [])
        }
        return buckets.min { $0.count < $1.count } ?? quads
    }

    private func insertUnlocked(_ quad: Quad) {
        guard quads.insert(quad).inserted else { return }
        intern(quad.subject)
        intern(.iri(quad.predicate))
        intern(quad.object)
        if let graph = quad.graph { intern(graph) }
        bySubject[quad.subject, default: []].insert(quad)
        byPredicate[quad.predicate, default: []].insert(quad)
        byObject[quad.object, default: []].insert(quad)
        byGraph[quad.graph, default: []].insert(quad)
    }

    private func intern(_ term: Term) {
        guard internedIDs[term] == nil else { return }
        internedIDs[term] = TermID(internedTerms.count)
        internedTerms.append(term)
    }

    private func removeUnlocked(_ quad: Quad) {
        guard quads.remove(quad) != nil else { return }
        Self.remove(quad, from: &bySubject, at: quad.subject)
        Self.remove(quad, from: &byPredicate, at: quad.predicate)
        Self.remove(quad, from: &byObject, at: quad.object)
        Self.remove(quad, from: &byGraph, at: quad.graph)
        provenanceByQuad[quad] = nil
    }

    private static func remove<Key: Hashable>(_ quad: Quad, from index: inout [Key: Set<Quad>], at key: Key) {
        index[key]?.remove(quad)
        if index[key]?.isEmpty == true { index[key] = nil }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// `replaceGraph` writes one graph only: a stray quad or record is a caller bug worth reporting, not storing.
    static func check(quads: [Quad], provenance: [Provenance], belongTo graph: Term) throws {
        if let stray = quads.first(where: { $0.graph != graph }) {
            throw StoreError.wrongGraph(expected: graph.ntriples, found: stray.graph?.ntriples ?? "(default graph)")
        }
        if let stray = provenance.first(where: { $0.quad.graph != graph }) {
            throw StoreError.wrongGraph(expected: graph.ntriples, found: stray.quad.graph?.ntriples ?? "(default graph)")
        }
    }
}
