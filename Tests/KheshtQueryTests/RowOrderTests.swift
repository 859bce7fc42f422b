@testable import KheshtQuery
import KheshtGraph
import KheshtStore
import Testing

/// `order by` ranks each key column's distinct values once (`RowOrder`); the rows must come out exactly as the
/// row-by-row comparison with `TermOrder.precedes` (ties by arrival) puts them, whatever the mix of values and
/// whether a row carries the store's ids.
@Suite struct RowOrderTests {
    /// Values of every kind `precedes` tells apart: unbound, blank nodes, IRIs (Persian too), numbers of several
    /// types (equal values with different text), plain and tagged strings. (`precedes` is a strict weak order on
    /// these; it is not on some mixes — a number, a date and a string literal can compare in a cycle — where any
    /// sort's answer depends on its comparison sequence.)
    static let values: [Term?] = [
        nil, .blank(BlankNode("b2")), .blank(BlankNode("b10")),
        .iri(IRI(unchecked: "https://example.org/b")), .iri(IRI(unchecked: "https://example.org/a")),
        .iri(IRI(unchecked: "https://example.org/تهران")),
        .integer(10), .integer(9), .typed("9.0", XSD.decimal), .typed("1e1", XSD.double), .typed("09", XSD.integer),
        .string("alpha"), .string("beta"), .string("برج میلاد"), .text("alpha", language: "en"), .text("آلفا", language: "fa"),
    ]
    /// Dates of different precision (compared as day intervals within a type), with unbound and a blank node.
    static let dates: [Term?] = [
        nil, .blank(BlankNode("b1")), .typed("2019-11-02", XSD.date), .typed("2019-11-01", XSD.date),
        .typed("2019-11", Namespace.xsd["gYearMonth"]), .typed("2019-10", Namespace.xsd["gYearMonth"]),
        .typed("2019", Namespace.xsd["gYear"]), .typed("2018", Namespace.xsd["gYear"]),
    ]

    static func reference(_ solutions: [Solution], _ keys: [(slot: Int, descending: Bool)]) -> [Solution] {
        solutions.enumerated().sorted { a, b in
            for key in keys {
                let x = a.element.row[key.slot], y = b.element.row[key.slot]
                if TermOrder.precedes(x, y) { return !key.descending }
                if TermOrder.precedes(y, x) { return key.descending }
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    @Test func ordersAsRowByRowComparison() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            var solutions: [Solution] = []
            for _ in 0..<(20 + round * 5) {
                let row: [Term?] = [Self.values.randomElement(using: &generator)!, Self.dates.randomElement(using: &generator)!,
                                    .integer(Int.random(in: 0..<1000, using: &generator))]
                var solution = Solution(row: row, facts: [])
                // Some rows carry ids (an id always names the same term), some do not.
                if Bool.random(using: &generator) {
                    for slot in 0..<2 {
                        let list = slot == 0 ? Self.values : Self.dates
                        if let term = row[slot], let index = list.firstIndex(of: term) { solution.setID(TermID(slot * 100 + index), at: slot) }
                    }
                }
                solutions.append(solution)
            }
            for keys in [[(slot: 0, descending: false)], [(slot: 0, descending: true), (slot: 1, descending: false)],
                         [(slot: 1, descending: false), (slot: 0, descending: true)]] {
                let expected = Self.reference(solutions, keys).map(\.row)
                #expect(RowOrder.sorted(solutions, by: keys).map(\.row) == expected)
            }
        }
    }
}
