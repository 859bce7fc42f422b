import Foundation
import KheshtGraph
import KheshtText

/// A term as a dictionary key, equal when the terms are equal and hashed by `UTF8Key`'s multiplicative hash over
/// the bytes of its strings instead of `Hasher`.
///
/// Why: `Term`'s own hash feeds every IRI and literal to SipHash; storing an article hashes each of its quads and
/// terms a few times (the term-id cache, the quad → ids table of `replaceGraph`), and that hashing was the largest
/// cost of the store side outside SQLite. A string that compares as bytes (`UTF8Key.comparesAsBytes`) is its own NFC
/// form and is hashed as it is; any other is hashed by its NFC form, so canonically equivalent strings (which `==`
/// treats as equal) always hash alike. Equality is `Term`'s.
struct TermBytesKey: Hashable {
    let term: Term

    init(_ term: Term) { self.term = term }

    static func == (a: TermBytesKey, b: TermBytesKey) -> Bool { a.term == b.term }

    func hash(into hasher: inout Hasher) { hasher.combine(_rawHashValue(seed: 0)) }

    func _rawHashValue(seed: Int) -> Int { TermBytesKey.hash(term, seed: seed) }

    /// The hash of `term` chained through `seed`; the term's kind and each string's length are part of it.
    static func hash(_ term: Term, seed: Int) -> Int {
        switch term {
        case .iri(let iri):
            return hash(iri.value, seed: seed &+ 1)
        case .blank(let node):
            return hash(node.label, seed: seed &+ 2)
        case .literal(let literal):
            let typed = hash(literal.language ?? "", seed: hash(literal.datatype.value, seed: seed &+ 3))
            return hash(literal.lexicalForm, seed: typed)
        }
    }

    static func hash(_ string: String, seed: Int) -> Int {
        let spelling = UTF8Key.comparesAsBytes(string) ? string : string.precomposedStringWithCanonicalMapping
        return UTF8Key(spelling)._rawHashValue(seed: seed)
    }
}

/// A quad as a dictionary key, hashed as `TermBytesKey` hashes terms (its four terms chained), equal when the quads are.
struct QuadBytesKey: Hashable {
    let quad: Quad

    init(_ quad: Quad) { self.quad = quad }

    static func == (a: QuadBytesKey, b: QuadBytesKey) -> Bool { a.quad == b.quad }

    func hash(into hasher: inout Hasher) { hasher.combine(_rawHashValue(seed: 0)) }

    func _rawHashValue(seed: Int) -> Int {
        var hash = TermBytesKey.hash(quad.subject, seed: seed)
        hash = TermBytesKey.hash(quad.predicate.value, seed: hash &+ 0x51)
        hash = TermBytesKey.hash(quad.object, seed: hash)
        return quad.graph.map { TermBytesKey.hash($0, seed: hash &+ 0x67) } ?? hash
    }
}
