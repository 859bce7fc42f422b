import KheshtGraph

/// Groups solutions by the `group by` variables and computes each aggregate per group. Without `group by`,
/// all solutions form one group (so `count(*)` of nothing is 0). The facts of a group's members are merged,
/// so `with sources` on an aggregate lists every fact that was counted.
struct Aggregator {
    let query: BoundFind

    func aggregate(_ solutions: [Solution]) -> [Solution] {
        var order: [[Term?]] = []
        var members: [[Term?]: [Solution]] = [:]
        for s in solutions {
            let key = query.groupBy.map { s.row[$0] }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(s)
        }
        if query.groupBy.isEmpty && order.isEmpty { order = [[]]; members[[]] = [] }
        let width = query.variableNames.count
        return order.map { key in
            let group = members[key]!
            var row = [Term?](repeating: nil, count: width)
            for (slot, value) in zip(query.groupBy, key) { row[slot] = value }
            for aggregate in query.aggregates { row[aggregate.output] = compute(aggregate, group) }
            return Solution(row: row, facts: group.flatMap(\.facts))
        }
    }

    private func compute(_ aggregate: BoundAggregate, _ group: [Solution]) -> Term? {
        guard let slot = aggregate.argument else { return .integer(group.count) }
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
