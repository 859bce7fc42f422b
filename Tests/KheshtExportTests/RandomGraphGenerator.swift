import KheshtGraph

/// A seeded SplitMix64 generator: the same seed gives the same graphs on every machine, so a failure can be
/// replayed from the seed printed with it.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random graphs that exercise the corners of RDF/XML: Persian and emoji text, whitespace-only and CR-bearing
/// literals, control characters, language tags, datatypes, IRIs in many shapes, blank nodes with labels that are
/// not NCNames, and predicates RDF/XML cannot name. Each triple carries the refusal the writer must report, worked
/// out here from how it was generated, independently of the writer's own checks.
struct RandomGraphGenerator {
    enum Refusal: Equatable {
        case literalCharacters
        case dotSegmentIRI
        case noQName
        case reserved
    }

    struct GeneratedTriple {
        let triple: Triple
        let refusal: Refusal?
    }

    var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    static let namespaces = [
        "https://w3id.org/khesht/id/", "https://schema.org/", "http://example.org/a/", "http://example.org/b#",
        "urn:x-khesht:", "https://fa.example/واژه/", "http://example.org/a/deeper/path/",
    ]
    static let asciiNames = ["name", "p", "x1", "_under", "a.b", "a-b", "Event", "long_name_with_parts", "li2", "ID"]
    static let persianNames = ["تهران", "خشت‌طلایی", "جایزه", "۱۳۹۸"]

    mutating func localName(allowPersian: Bool) -> String {
        allowPersian && chance(30) ? pick(Self.persianNames) : pick(Self.asciiNames)
    }

    /// An IRI with a `.` or `..` path segment, which RDF/XML parsers resolve into another IRI.
    mutating func dotSegmentIRI() -> IRI {
        IRI(unchecked: pick(["http://example.org/a/../b", "http://example.org/./x", "https://w3id.org/khesht/id/x/..",
                             "urn:x-khesht:a/./b"]))
    }

    mutating func resourceIRI() -> IRI {
        IRI(unchecked: pick(Self.namespaces) + localName(allowPersian: true) + (chance(20) ? "?q=1&r=2" : ""))
    }

    /// A predicate and whether RDF/XML can name it.
    mutating func predicate() -> (IRI, Refusal?) {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<70: return (IRI(unchecked: pick(Self.namespaces.filter { !$0.contains("واژه") }) + pick(Self.asciiNames)), nil)
        case 70..<75: return (Namespace.rdf["_\(Int.random(in: 1...12, using: &random))"], nil)
        case 75..<80: return (pick([KH.recipient, Schema.name, RDFS.label, SKOS.altLabel, PROV.wasDerivedFrom]), nil)
        case 80..<85: return (IRI(unchecked: "https://fa.example/واژه/" + pick(Self.asciiNames)), nil)
        case 85..<90: return (IRI(unchecked: pick(["http://example.org/ends/", "http://example.org/ends#",
                                                   "http://example.org/n/42", "urn:x:1.2"])), .noQName)
        case 90..<93: return (Namespace.rdf[pick(["li", "Description", "about", "resource"])], .reserved)
        default: return (RDF.type, nil)
        }
    }

    static let textPieces: [String] = [
        "سلام", "خشت طلایی", "‌", "۱۳۹۸/۰۸/۱۲", "🏆", "👩🏽‍🚀", "e\u{301}", "abc", "<tag>", "&amp;", "]]>", "\"", "'",
        " ", "  ", "\t", "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{A0}", "\u{FEFF}", "\u{10FFFF}", "\u{E000}",
        "\u{7F}", "x",
    ]
    static let invalidPieces: [String] = ["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"]

    /// Literal text, and whether it holds a character XML 1.0 cannot carry.
    mutating func text(allowInvalid: Bool) -> (String, Bool) {
        if chance(8) { return (pick(["", " ", "\n", "\r", "\t \r\n "]), false) }
        var out = ""
        var invalid = false
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            if allowInvalid && chance(3) {
                out += pick(Self.invalidPieces)
                invalid = true
            } else {
                out += pick(Self.textPieces)
            }
        }
        return (out, invalid)
    }

    /// A well-formed BCP 47 tag: language, then optional script, region and variant subtags. (KheshtGraph accepts
    /// any `letters(-alphanumerics)*`; strict parsers such as Oxigraph reject tags like `l` or `abcdefg-z`.)
    mutating func languageTag() -> String {
        if chance(50) { return pick(["fa", "en", "fa-ir", "en-us", "ar", "de-1996", "zh-hant-tw"]) }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let alphanumerics = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        func run(_ characters: [Character], _ count: Int) -> String {
            String((0..<count).map { _ in pick(characters) })
        }
        var tag = run(letters, Int.random(in: 2...3, using: &random))
        if chance(30) { tag += "-" + run(letters, 4) }
        if chance(50) { tag += "-" + (chance(70) ? run(letters, 2) : run(Array("0123456789"), 3)) }
        if chance(20) { tag += "-" + run(alphanumerics, Int.random(in: 5...8, using: &random)) }
        return tag
    }

    mutating func datatype() -> IRI {
        pick([XSD.integer, XSD.date, XSD.decimal, XSD.boolean, XSD.gYear, IRI(unchecked: "http://example.org/dt#custom"),
              IRI(unchecked: "https://fa.example/نوع"), Namespace.rdf["PlainLiteral"]])
    }

    mutating func blankNode() -> BlankNode {
        BlankNode(pick(["b0", "b1", "node", "1a", "a.b", "x-y", "kx41", "_z", "ب", "a b", "n\(Int.random(in: 0...5, using: &random))"]))
    }

    mutating func object(allowInvalid: Bool) -> (Term, Bool) {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<25: return (.iri(resourceIRI()), false)
        case 25..<35: return (.blank(blankNode()), false)
        case 35..<55:
            let (text, invalid) = text(allowInvalid: allowInvalid)
            return (.literal(Literal(text)), invalid)
        case 55..<80:
            let (text, invalid) = text(allowInvalid: allowInvalid)
            return (.literal(Literal(text, knownLanguage: languageTag())), invalid)
        default:
            let (text, invalid) = text(allowInvalid: allowInvalid)
            return (.literal(Literal(text, datatype: datatype())), invalid)
        }
    }

    /// A graph of `count` triples in runs of shared subjects. `allowRefusals` lets refused triples appear.
    mutating func graph(count: Int, allowRefusals: Bool) -> [GeneratedTriple] {
        var triples: [GeneratedTriple] = []
        var subject: Term = .iri(resourceIRI())
        var subjectRefusal: Refusal?
        for _ in 0..<count {
            if chance(35) {
                subject = chance(25) ? .blank(blankNode()) : .iri(resourceIRI())
                subjectRefusal = nil
                if allowRefusals && chance(3) {
                    subject = .iri(dotSegmentIRI())
                    subjectRefusal = .dotSegmentIRI
                }
            }
            var (predicate, refusal) = predicate()
            while !allowRefusals && refusal != nil { (predicate, refusal) = self.predicate() }
            if subjectRefusal != nil { refusal = subjectRefusal }
            let object: Term
            if allowRefusals && predicate != RDF.type && chance(2) {
                object = .iri(dotSegmentIRI())
                if refusal == nil { refusal = .dotSegmentIRI }
            } else if predicate == RDF.type {
                object = .iri(chance(70) ? pick([Schema.event, KH.Award, Namespace.owl["Class"], RDF.statement])
                                         : resourceIRI())
            } else {
                let (term, invalid) = self.object(allowInvalid: allowRefusals)
                object = term
                if refusal == nil && invalid { refusal = .literalCharacters }
            }
            triples.append(GeneratedTriple(triple: Triple(subject, predicate, object), refusal: refusal))
        }
        return triples
    }
}
