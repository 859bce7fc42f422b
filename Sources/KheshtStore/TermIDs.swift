import KheshtGraph

/// A store's integer name for a term: equal ids are equal terms within one store and one snapshot.
///
/// A query joins, compares and deduplicates on these instead of on `Term` values (whose equality and hashing walk
/// strings), and decodes a term only when it becomes part of an answer. `SQLiteStore` hands out its dictionary ids;
/// `MemoryStore` interns terms as they are added.
public typealias TermID = Int64

/// A triple named by the ids of its three terms.
public struct TripleIDs: Hashable, Sendable {
    public var subject: TermID
    public var predicate: TermID
    public var object: TermID

    public init(_ subject: TermID, _ predicate: TermID, _ object: TermID) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}

extension GraphStore {
    /// No ids by default: a store that does not override `providesTermIDs` is read through `Term`s only.
    public var providesTermIDs: Bool { false }

    public func termID(of term: Term) throws -> TermID? { nil }

    public func term(forID id: TermID) throws -> Term {
        throw StoreError.unknownTermID(id)
    }

    /// Through `triples(subject:predicate:object:)`: the ids are translated to terms and back, so a store needs
    /// only `termID(of:)` and `term(forID:)` to offer the id-level reads.
    public func tripleIDs(subject: TermID?, predicate: TermID?, object: TermID?) throws -> AnySequence<TripleIDs> {
        let predicateIRI: IRI?
        if let predicate {
            guard let iri = try term(forID: predicate).iri else { return AnySequence([]) }
            predicateIRI = iri
        } else {
            predicateIRI = nil
        }
        var out: [TripleIDs] = []
        let subjectTerm = try subject.map { try term(forID: $0) }
        let objectTerm = try object.map { try term(forID: $0) }
        for fact in try triples(subject: subjectTerm, predicate: predicateIRI, object: objectTerm) {
            guard let s = try termID(of: fact.subject), let p = try termID(of: .iri(fact.predicate)),
                  let o = try termID(of: fact.object) else { continue }
            out.append(TripleIDs(s, p, o))
        }
        return AnySequence(out)
    }
}
