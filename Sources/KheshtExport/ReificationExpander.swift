import KheshtGraph

/// Turns provenance records into triples an RDF/XML export can carry: RDF/XML has no named graphs, so each
/// record becomes a reified statement that says which article, sentence, characters and rule support a fact.
///
/// ```turtle
/// _:khstmt1 a rdf:Statement ;
///     rdf:subject <s> ; rdf:predicate <p> ; rdf:object <o> ;
///     prov:wasDerivedFrom <article> ;
///     kh:sentenceIndex 3 ; kh:charStart 120 ; kh:charEnd 164 ;
///     kh:ruleId "award.conferral.fa" ; kh:confidence 0.85 .
/// ```
///
/// One statement node per record, so a fact read from two articles gets two. Works one record at a time, so a
/// stream of records expands with constant memory.
///
/// Related spec: RDF 1.1 Semantics §D.2 (reification vocabulary); PROV-O `prov:wasDerivedFrom`.
public struct ReificationExpander: Sendable {
    /// How statement nodes are named.
    public enum Naming: Sendable, Hashable {
        /// Blank nodes `_:<prefix>1`, `_:<prefix>2`, …; pick a prefix no blank node in the data graph uses.
        case blankNodes(labelPrefix: String)
        /// IRIs `<base>1`, `<base>2`, … (e.g. `https://w3id.org/khesht/id/statement/`), so statements can be
        /// referred to from outside the document.
        case iris(base: IRI)
    }

    public let naming: Naming
    private var counter = 0

    public init(naming: Naming = .blankNodes(labelPrefix: "khstmt")) {
        self.naming = naming
    }

    /// The ten triples describing `source`'s statement; `rdf:type rdf:Statement` comes first.
    public mutating func triples(for source: Provenance) -> [Triple] {
        counter += 1
        let node: Term
        switch naming {
        case .blankNodes(let prefix): node = .blank(BlankNode(prefix + String(counter)))
        // Digits appended to a valid IRI keep it valid.
        case .iris(let base): node = .iri(IRI(unchecked: base.value + String(counter)))
        }
        let fact = source.quad.triple
        return [
            Triple(node, RDF.type, .iri(RDF.statement)),
            Triple(node, RDF.subject, fact.subject),
            Triple(node, RDF.predicate, .iri(fact.predicate)),
            Triple(node, RDF.object, fact.object),
            Triple(node, PROV.wasDerivedFrom, .iri(source.article)),
            Triple(node, KH.sentenceIndex, .integer(source.sentenceIndex)),
            Triple(node, KH.charStart, .integer(source.charStart)),
            Triple(node, KH.charEnd, .integer(source.charEnd)),
            Triple(node, KH.ruleId, .string(source.ruleId)),
            Triple(node, KH.confidence, ReificationExpander.confidenceLiteral(source.confidence)),
        ]
    }

    /// Expands every record of `sources`, lazily and in order.
    public func expanding<S: Sequence>(_ sources: S) -> ReificationSequence<S> where S.Element == Provenance {
        ReificationSequence(sources: sources, expander: self)
    }

    /// An `xsd:decimal` for finite numbers (never in exponent form, which xsd:decimal does not allow), else an
    /// `xsd:double` (`NaN`, `INF`, `-INF`).
    static func confidenceLiteral(_ value: Double) -> Term {
        if value.isNaN { return .typed("NaN", XSD.double) }
        if value.isInfinite { return .typed(value < 0 ? "-INF" : "INF", XSD.double) }
        return .typed(decimalText(value), XSD.decimal)
    }

    /// Swift's shortest round-tripping digits, with any exponent moved into the position of the decimal point.
    static func decimalText(_ value: Double) -> String {
        let text = String(value)
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        var mantissa = String(text[..<e])
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        var sign = ""
        if mantissa.hasPrefix("-") { sign = "-"; mantissa.removeFirst() }
        let point = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        var digits = mantissa.filter { $0 != "." }
        var position = point + exponent
        if position <= 0 {
            digits = String(repeating: "0", count: 1 - position) + digits
            position = 1
        } else if position > digits.count {
            digits += String(repeating: "0", count: position - digits.count)
        }
        var integer = String(digits.prefix(position))
        var fraction = String(digits.dropFirst(position))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if integer.isEmpty { integer = "0" }
        if fraction.isEmpty { fraction = "0" }
        return sign + integer + "." + fraction
    }
}

/// The triples of a sequence of provenance records, expanded one record at a time.
public struct ReificationSequence<Sources: Sequence>: Sequence where Sources.Element == Provenance {
    let sources: Sources
    let expander: ReificationExpander

    public struct Iterator: IteratorProtocol {
        var sources: Sources.Iterator
        var expander: ReificationExpander
        var pending: [Triple] = []
        var index = 0

        public mutating func next() -> Triple? {
            while index == pending.count {
                guard let source = sources.next() else { return nil }
                pending = expander.triples(for: source)
                index = 0
            }
            defer { index += 1 }
            return pending[index]
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(sources: sources.makeIterator(), expander: expander)
    }
}
