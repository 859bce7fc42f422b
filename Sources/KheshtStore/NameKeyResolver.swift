import KheshtGraph

/// Makes one entity of the same unknown person, place, organization or award named in several articles, whatever
/// their language: before an article's graph is stored, each entity the article keyed (`kh:nameKey`, written by
/// extraction for names it minted) is looked up in the store; when exactly one other entity of the same type
/// carries the same key, both become one IRI. Two or more candidates merge nothing: missing a merge costs a duplicate,
/// merging two people costs a false fact about each.
///
/// Which IRI survives does not depend on the order articles arrive in: a gazetteer entity (its key is in a
/// `fixedGraphs` graph) always wins; otherwise the preferred IRI (`preferred(_:_:)`: Persian-script names first,
/// then the shorter, then the smaller) wins, and when that is the new article's IRI the graphs already stored that
/// use the other one are rewritten. Ingesting an article again finds its entities already merged and changes
/// nothing. IRIs derived from a renamed entity's IRI (`khr:position/<person>/…`, `khr:conferral/<recipient>/<award>/…`,
/// editions `khr:event/<award>-4`) follow it, so the Persian and English reports of one edition also meet.
///
/// It works on quads and one key predicate, so it lives with the store and knows nothing of extraction. It remembers
/// what it read and wrote (keys → entities → graphs, entities → types), so each key costs one store look-up per run
/// rather than one per article: everything written to the store while it is in use must go through
/// `resolveAndStore`.
public final class NameKeyResolver {
    /// One entity renamed: every quad that used `from` now uses `to`.
    public struct Merge: Hashable, Sendable, CustomStringConvertible {
        public let from: IRI
        public let to: IRI
        public init(from: IRI, to: IRI) { self.from = from; self.to = to }
        public var description: String { "\(from.value) → \(to.value)" }
    }

    /// The article's graph as stored, what was merged, and which other graphs were rewritten.
    public struct Resolution {
        public var quads: [Quad]
        public var provenance: [Provenance]
        public var merges: [Merge]
        public var rewrittenGraphs: [Term]
    }

    public let store: GraphStore
    public let keyPredicate: IRI
    /// Graphs whose entities are never renamed (the gazetteer): their IRIs are the ones others merge into.
    public let fixedGraphs: Set<Term>
    /// Only IRIs under this prefix are renamed, or have derived IRIs renamed with them.
    public let mintedPrefix: String

    public init(store: GraphStore, keyPredicate: IRI = KH.nameKey, fixedGraphs: [Term] = [],
                mintedPrefix: String = Namespace.khr.iri) {
        self.store = store
        self.keyPredicate = keyPredicate
        self.fixedGraphs = Set(fixedGraphs)
        self.mintedPrefix = mintedPrefix
    }

    /// The graphs (values) in which each entity (inner key) carries each name key (outer key), for the keys looked up.
    private var keyed: [Term: [IRI: Set<Term>]] = [:]
    /// The looked-up keys each graph carries, to forget a graph's entries when it is replaced.
    private var keysOfGraph: [Term: Set<Term>] = [:]
    /// The types of entities looked up or written.
    private var knownTypes: [IRI: Set<Term>] = [:]

    /// Resolves the keyed entities of an article's graph against the store, stores the graph (replacing any earlier
    /// version), and returns what was stored and merged. Stored graphs that must take the new article's IRI are
    /// rewritten first.
    @discardableResult
    public func resolveAndStore(graph: Term, quads: [Quad], provenance: [Provenance]) throws -> Resolution {
        let result = try resolve(graph: graph, quads: quads, provenance: provenance)
        try store.replaceGraph(graph, with: result.quads, provenance: result.provenance)
        remember(graph: graph, quads: result.quads)
        return result
    }

    private func resolve(graph: Term, quads: [Quad], provenance: [Provenance]) throws -> Resolution {
        var keys: [IRI: Set<Term>] = [:]
        var articleTypes: [IRI: Set<Term>] = [:]
        for quad in quads {
            guard let subject = quad.subject.iri else { continue }
            if quad.predicate == keyPredicate, quad.object.literal != nil { keys[subject, default: []].insert(quad.object) }
            if quad.predicate == RDF.type { articleTypes[subject, default: []].insert(quad.object) }
        }
        var inward: [IRI: IRI] = [:]        // this article's IRI → the stored one
        var outward: [IRI: IRI] = [:]       // a stored IRI → this article's
        for entity in keys.keys.sorted() where entity.value.hasPrefix(mintedPrefix) {
            let entityTypes = articleTypes[entity] ?? []
            guard !entityTypes.isEmpty else { continue }
            var candidates: [IRI: Bool] = [:]   // candidate → its key is in a fixed graph
            for key in keys[entity] ?? [] {
                for (other, graphs) in try entities(withKey: key) where other != entity {
                    let elsewhere = graphs.subtracting([graph])
                    guard !elsewhere.isEmpty, try types(of: other).isSuperset(of: entityTypes) else { continue }
                    candidates[other] = (candidates[other] ?? false) || !elsewhere.isDisjoint(with: fixedGraphs)
                }
            }
            guard candidates.count == 1, let (other, fixed) = candidates.first.map({ ($0.key, $0.value) }) else { continue }
            if !fixed, other.value.hasPrefix(mintedPrefix), NameKeyResolver.preferred(entity, other) == entity {
                outward[other] = entity
            } else {
                inward[entity] = other
            }
        }
        var result = NameKeyResolver.rewrite(quads: quads, provenance: provenance, renaming: inward,
                                             mintedPrefix: mintedPrefix)
        result.merges = inward.map { Merge(from: $0.key, to: $0.value) } + outward.map { Merge(from: $0.key, to: $0.value) }
        result.merges.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        guard !outward.isEmpty else { return result }
        var others = Set<Term>()
        for old in outward.keys {
            for quad in try store.match(subject: .iri(old)) { if let name = quad.graph { others.insert(name) } }
            for quad in try store.match(object: .iri(old)) { if let name = quad.graph { others.insert(name) } }
        }
        others.remove(graph)
        others.subtract(fixedGraphs)
        for other in others.sorted() {
            let stored = Array(try store.match(QuadPattern(graph: .named(other))))
            var records: [Provenance] = []
            for quad in stored { records += try store.provenance(of: quad) }
            let rewritten = NameKeyResolver.rewrite(quads: stored, provenance: records, renaming: outward,
                                                    mintedPrefix: mintedPrefix)
            try store.replaceGraph(other, with: rewritten.quads, provenance: rewritten.provenance)
            remember(graph: other, quads: rewritten.quads)
            result.rewrittenGraphs.append(other)
        }
        for (old, new) in outward { knownTypes[new, default: []].formUnion(knownTypes[old] ?? []) }
        return result
    }

    /// The entities carrying `key`, with the graphs they carry it in: from the store the first time, then from memory.
    private func entities(withKey key: Term) throws -> [IRI: Set<Term>] {
        if let known = keyed[key] { return known }
        var found: [IRI: Set<Term>] = [:]
        for quad in try store.match(QuadPattern(predicate: keyPredicate, object: key)) {
            guard let subject = quad.subject.iri, let graph = quad.graph else { continue }
            found[subject, default: []].insert(graph)
            keysOfGraph[graph, default: []].insert(key)
        }
        keyed[key] = found
        return found
    }

    /// The types `entity` has in any graph: from the store the first time, then kept current from what is written.
    private func types(of entity: IRI) throws -> Set<Term> {
        if let known = knownTypes[entity] { return known }
        let found = Set(try store.match(subject: .iri(entity), predicate: RDF.type).map(\.object))
        knownTypes[entity] = found
        return found
    }

    /// Brings memory up to date after `graph` was replaced by `quads` in the store.
    private func remember(graph: Term, quads: [Quad]) {
        for key in keysOfGraph.removeValue(forKey: graph) ?? [] {
            guard var entities = keyed[key] else { continue }
            for (entity, graphs) in entities {
                let remaining = graphs.subtracting([graph])
                entities[entity] = remaining.isEmpty ? nil : remaining
            }
            keyed[key] = entities
        }
        for quad in quads {
            guard let subject = quad.subject.iri else { continue }
            if quad.predicate == keyPredicate, keyed[quad.object] != nil {
                keyed[quad.object]![subject, default: []].insert(graph)
                keysOfGraph[graph, default: []].insert(quad.object)
            }
            if quad.predicate == RDF.type, knownTypes[subject] != nil { knownTypes[subject]!.insert(quad.object) }
        }
    }

    /// Of two IRIs for one entity, the one kept: a Persian-script name first (the project's first language and the
    /// spelling the transliteration comes from), then the shorter, then the smaller. A total order, so the survivor
    /// is the same whichever article came first.
    public static func preferred(_ a: IRI, _ b: IRI) -> IRI {
        func rank(_ iri: IRI) -> (Int, Int, String) {
            let name = iri.value.split(separator: "/").last.map(String.init) ?? iri.value
            let persian = name.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
            return (persian ? 0 : 1, name.unicodeScalars.count, iri.value)
        }
        return rank(a) < rank(b) ? a : b
    }

    // MARK: - Rewriting

    /// `quads` with every renamed IRI (and the IRIs derived from it) replaced, duplicates dropped, and the labels of
    /// renamed entities kept as `skos:altLabel` of the survivor too; provenance follows its quad.
    static func rewrite(quads: [Quad], provenance: [Provenance], renaming: [IRI: IRI],
                        mintedPrefix: String) -> Resolution {
        guard !renaming.isEmpty else { return Resolution(quads: quads, provenance: provenance, merges: [], rewrittenGraphs: []) }
        let names = derivedRenaming(quads: quads, renaming: renaming, mintedPrefix: mintedPrefix)
        func term(_ term: Term) -> Term {
            guard let iri = term.iri else { return term }
            return .iri(names[iri] ?? iri)
        }
        func renamed(_ quad: Quad) -> Quad { Quad(term(quad.subject), quad.predicate, term(quad.object), graph: quad.graph) }
        var out: [Quad] = []
        var seen = Set<Quad>()
        var aliases: [Quad: Quad] = [:]      // an alias quad → the label quad it comes from
        for quad in quads {
            let new = renamed(quad)
            if seen.insert(new).inserted { out.append(new) }
            if quad.predicate == RDFS.label, let subject = quad.subject.iri, renaming[subject] != nil {
                let alias = Quad(new.subject, SKOS.altLabel, new.object, graph: new.graph)
                if seen.insert(alias).inserted { out.append(alias); aliases[alias] = new }
            }
        }
        var records: [Provenance] = []
        var seenRecords = Set<Provenance>()
        func keep(_ record: Provenance, as quad: Quad) {
            let new = Provenance(quad: quad, article: record.article, sentenceIndex: record.sentenceIndex,
                                 charStart: record.charStart, charEnd: record.charEnd, ruleId: record.ruleId,
                                 confidence: record.confidence)
            if seenRecords.insert(new).inserted { records.append(new) }
        }
        let labelSources = Dictionary(aliases.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        for record in provenance {
            let quad = renamed(record.quad)
            keep(record, as: quad)
            if record.quad.predicate == RDFS.label, let alias = labelSources[quad] { keep(record, as: alias) }
        }
        return Resolution(quads: out, provenance: records, merges: [], rewrittenGraphs: [])
    }

    /// The renaming extended to IRIs minted from a renamed IRI's last path segment: editions and parts of a renamed
    /// award or event (`khr:event/<award>-4`, linked by `kh:editionOf`/`schema:superEvent`), position holdings and
    /// conferrals (`khr:position/<person>/<role>/<org>`, `khr:conferral/<recipient>/<award>/<event>`).
    static func derivedRenaming(quads: [Quad], renaming: [IRI: IRI], mintedPrefix: String) -> [IRI: IRI] {
        var names = renaming
        func segment(_ iri: IRI) -> String { iri.value.split(separator: "/").last.map(String.init) ?? "" }
        let eventPrefix = mintedPrefix + "event/"
        var changed = true
        while changed {
            changed = false
            for quad in quads where quad.predicate == KH.editionOf || quad.predicate == Schema.superEvent {
                guard let part = quad.subject.iri, names[part] == nil, let whole = quad.object.iri,
                      let newWhole = names[whole], whole.value.hasPrefix(mintedPrefix), newWhole.value.hasPrefix(mintedPrefix)
                else { continue }
                let oldStem = eventPrefix + segment(whole) + "-"
                guard part.value.hasPrefix(oldStem),
                      let renamed = try? IRI(eventPrefix + segment(newWhole) + "-" + part.value.dropFirst(oldStem.count))
                else { continue }
                names[part] = renamed
                changed = true
            }
        }
        var segments: [String: String] = [:]
        for (old, new) in names where old.value.hasPrefix(mintedPrefix) && new.value.hasPrefix(mintedPrefix) {
            segments[segment(old)] = segment(new)
        }
        for quad in quads {
            for case .iri(let iri) in [quad.subject, quad.object] where names[iri] == nil {
                for kind in ["position/", "conferral/"] where iri.value.hasPrefix(mintedPrefix + kind) {
                    let parts = iri.value.dropFirst(mintedPrefix.count + kind.count).split(separator: "/", omittingEmptySubsequences: false)
                    let mapped = parts.map { segments[String($0)] ?? String($0) }
                    if mapped != parts.map(String.init), let renamed = try? IRI(mintedPrefix + kind + mapped.joined(separator: "/")) {
                        names[iri] = renamed
                    }
                }
            }
        }
        return names
    }
}
