import KheshtGraph
import KheshtStore

/// Groups solutions by the `group by` variables and computes each aggregate per group. Without `group by`,
/// all solutions form one group (so `count(*)` of nothing is 0). The facts of a group's members are merged,
/// so `with sources` on an aggregate lists every fact that was counted.
struct Aggregator {
    let query: BoundFind

    func aggregate(_ solutions: [Solution]) -> [Solution] {
        let groups = groupsByID(solutions) ?? groupsByTerm(solutions)
        let width = query.variableNames.count
        return groups.map { group in
            var row = [Term?](repeating: nil, count: width)
            if let first = group.first { for slot in query.groupBy { row[slot] = first.row[slot] } }
            for aggregate in query.aggregates { row[aggregate.output] = compute(aggregate, group) }
            return Solution(row: row, facts: group.flatMap(\.facts))
        }
    }

    /// The groups in first-seen order, keyed by the grouped variables' terms.
    private func groupsByTerm(_ solutions: [Solution]) -> [[Solution]] {
        var order: [[Term?]] = []
        var members: [[Term?]: [Solution]] = [:]
        for s in solutions {
            let key = query.groupBy.map { s.row[$0] }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(s)
        }
        if query.groupBy.isEmpty && order.isEmpty { return [[]] }
        return order.map { members[$0]! }
    }

    /// The same groups keyed by the store's ids (integers hash and compare faster than terms), when every grouped
    /// value carries its id; nil otherwise.
    private func groupsByID(_ solutions: [Solution]) -> [[Solution]]? {
        guard !query.groupBy.isEmpty, !solutions.isEmpty else { return nil }
        var groups: [[Solution]] = []
        var index: [[TermID]: Int] = [:]
        var key = [TermID](repeating: -1, count: query.groupBy.count)
        for s in solutions {
            for (position, slot) in query.groupBy.enumerated() {
                if s.row[slot] == nil { key[position] = -1; continue }
                guard let id = s.id(slot) else { return nil }
                key[position] = id
            }
            if let at = index[key] { groups[at].append(s) } else {
                index[key] = groups.count
                groups.append([s])
            }
        }
        return groups
    }

    private func compute(_ aggregate: BoundAggregate, _ group: [Solution]) -> Term? {
        guard let slot = aggregate.argument else { return .integer(group.count) }
        if aggregate.distinct, aggregate.function == .count, group.allSatisfy({ $0.row[slot] == nil || $0.id(slot) != nil }) {
            var seen = Set<TermID>()
            for s in group { if let id = s.id(slot) { seen.insert(id) } }
            return .integer(seen.count)
        }
        var values = group.compactMap { $0.row[slot] }
        if aggregate.distinct {
            var seen = Set<Term>()
            values = values.filter { seen.insert($0).inserted }
        }
        switch aggregate.function {
        case .count: return .integer(values.count)
        case .sample: return values.first
        case .min: return values.min { TermOrder.precedes($0, $1) }
        case .max: return values.max { TermOrder.precedes($0, $1) }
        case .sum, .avg:
            let numbers = values.compactMap(TermOrder.number)
            guard numbers.count == values.count else { return nil }
            let allIntegers = values.allSatisfy { $0.literal?.datatype == XSD.integer }
            if aggregate.function == .sum {
                let total = numbers.reduce(0, +)
                return allIntegers ? .integer(Int(total)) : .typed(String(total), XSD.decimal)
            }
            guard !numbers.isEmpty else { return .integer(0) }
            return .typed(String(numbers.reduce(0, +) / Double(numbers.count)), XSD.decimal)
        }
    }
}
