import KheshtGraph

/// How values compare in filters, `order by`, `min` and `max`.
///
/// Numbers compare by value, dates (`xsd:date`, `gYearMonth`, `gYear`, `dateTime`) by their day interval,
/// strings by their text; unbound sorts first, then blank nodes, IRIs, literals (SPARQL's `ORDER BY` order).
enum TermOrder {
    static let numericTypes: Set<IRI> = [
        XSD.integer, XSD.decimal, XSD.double, Namespace.xsd["float"], Namespace.xsd["int"], Namespace.xsd["long"],
        Namespace.xsd["short"], Namespace.xsd["nonNegativeInteger"], Namespace.xsd["positiveInteger"],
    ]

    static func number(_ term: Term) -> Double? {
        guard case .literal(let l) = term, numericTypes.contains(l.datatype) else { return nil }
        return Double(l.lexicalForm)
    }

    static func isStringLike(_ literal: Literal) -> Bool {
        literal.datatype == XSD.string || literal.language != nil
    }

    /// -1, 0, 1 when the two literals are comparable with `<`; nil when SPARQL would raise a type error.
    static func compareValues(_ a: Term, _ b: Term) -> Int? {
        if let x = number(a), let y = number(b) { return x < y ? -1 : (x > y ? 1 : 0) }
        guard case .literal(let la) = a, case .literal(let lb) = b else { return nil }
        if isStringLike(la) && isStringLike(lb) && la.language == lb.language || la.datatype == lb.datatype && !isStringLike(la) {
            if DayInterval.dateTypes.contains(la.datatype), let x = DayInterval.of(a), let y = DayInterval.of(b) {
                return x.first != y.first ? (x.first < y.first ? -1 : 1) : (x.last == y.last ? 0 : (x.last < y.last ? -1 : 1))
            }
            return la.lexicalForm == lb.lexicalForm ? 0 : (la.lexicalForm.unicodeScalars.lexicographicallyPrecedes(lb.lexicalForm.unicodeScalars) ? -1 : 1)
        }
        return nil
    }

    /// A total order for sorting rows.
    static func precedes(_ a: Term?, _ b: Term?) -> Bool {
        switch (a, b) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let x?, let y?):
            if case .literal = x, case .literal = y, let c = compareValues(x, y) {
                if c != 0 { return c < 0 }
            }
            return x < y
        }
    }
}
