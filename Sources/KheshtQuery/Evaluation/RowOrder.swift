import KheshtGraph
import KheshtStore

/// `order by`: the rows sorted by their key columns, comparing each column's distinct values once.
///
/// `TermOrder.precedes` is costly per call (numeric and date literals are parsed, IRIs compare as Unicode text),
/// and a sort calls it about 2·n·log n times per key — most of them between values already compared, since a key
/// column repeats values (an award across its recipients, an article across its sentences). Here each column's
/// distinct values (found by the store's id when the row carries one, else by term) are sorted once with
/// `TermOrder.precedes` and numbered, values neither of which precedes the other sharing a number; rows then sort
/// by those integers, ties broken by arrival order. For the strict weak order `precedes` is, that is the same
/// order the row-by-row comparison gives.
enum RowOrder {
    static func sorted(_ solutions: [Solution], by keys: [(slot: Int, descending: Bool)]) -> [Solution] {
        guard solutions.count > 1, !keys.isEmpty else { return solutions }
        var ranks: [[Int32]] = []
        var descending: [Bool] = []
        var order = Array(solutions.indices)
        // A later key is ranked only when the earlier ones leave ties: ranking a column costs comparisons of its
        // values (dates are parsed), which the row-by-row sort never made when an earlier key decided every pair.
        for key in keys {
            ranks.append(columnRanks(solutions, slot: key.slot))
            descending.append(key.descending)
            order.sort { a, b in
                for k in 0..<ranks.count {
                    let x = ranks[k][a], y = ranks[k][b]
                    if x != y { return (x < y) != descending[k] }
                }
                return a < b
            }
            let tied = zip(order, order.dropFirst()).contains { a, b in ranks.allSatisfy { $0[a] == $0[b] } }
            if !tied { break }
        }
        return order.map { solutions[$0] }
    }

    /// Each row's rank in column `slot`: -1 for unbound (first, as in `precedes`), else the position of its value's
    /// equivalence class among the column's distinct values in `TermOrder.precedes` order.
    static func columnRanks(_ solutions: [Solution], slot: Int) -> [Int32] {
        var byID: [TermID: Int32] = [:]
        var byTerm: [Term: Int32] = [:]
        var distinct: [Term] = []
        var value = [Int32](repeating: -1, count: solutions.count)
        for (i, solution) in solutions.enumerated() {
            guard let term = solution.row[slot] else { continue }
            if let id = solution.id(slot) {
                if let known = byID[id] { value[i] = known; continue }
                let next = Int32(distinct.count)
                byID[id] = next
                distinct.append(term)
                value[i] = next
            } else {
                if let known = byTerm[term] { value[i] = known; continue }
                let next = Int32(distinct.count)
                byTerm[term] = next
                distinct.append(term)
                value[i] = next
            }
        }
        guard !distinct.isEmpty else { return value }
        let values = distinct
        // What `precedes` looks at, read once per value: the kind of term (blank nodes, IRIs, literals, as `Term.<`
        // ranks them), the text two IRIs or two blank nodes compare by, and a numeric literal's value.
        let kinds = values.map { term -> UInt8 in
            switch term { case .blank: 0; case .iri: 1; case .literal: 2 }
        }
        let texts = values.map { term -> String in
            switch term {
            case .blank(let node): node.label
            case .iri(let iri): iri.value
            case .literal: ""
            }
        }
        let numbers = values.map(TermOrder.number)
        // Dates: their datatype and day interval (`TermOrder.compareValues` compares two of one date type by it).
        let dates = values.map { term -> (type: IRI, interval: DayInterval)? in
            guard case .literal(let literal) = term, DayInterval.dateTypes.contains(literal.datatype),
                  let interval = DayInterval.of(term) else { return nil }
            return (literal.datatype, interval)
        }
        func precedes(_ a: Int, _ b: Int) -> Bool {
            if kinds[a] != kinds[b] { return kinds[a] < kinds[b] }
            if kinds[a] != 2 { return texts[a] < texts[b] }
            if let x = numbers[a], let y = numbers[b], x != y, !x.isNaN, !y.isNaN { return x < y }
            if let x = dates[a], let y = dates[b], x.type == y.type, x.interval != y.interval {
                let (p, q) = (x.interval, y.interval)
                return p.first != q.first ? p.first < q.first : p.last < q.last
            }
            return TermOrder.precedes(values[a], values[b])
        }
        let sortedValues = distinct.indices.sorted(by: precedes)
        var rankOfValue = [Int32](repeating: 0, count: distinct.count)
        var rank: Int32 = 0
        for (position, index) in sortedValues.enumerated() {
            if position > 0, precedes(sortedValues[position - 1], index) { rank += 1 }
            rankOfValue[index] = rank
        }
        return value.map { $0 < 0 ? -1 : rankOfValue[Int($0)] }
    }
}
