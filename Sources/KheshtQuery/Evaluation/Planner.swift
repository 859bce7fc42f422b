import KheshtGraph
import KheshtStore

/// Orders a group's triple patterns for index nested-loop joins, greedily: start with the pattern the store
/// expects fewest matches for (`GraphStore.estimatedCount`), then repeatedly take the cheapest pattern that
/// shares a variable with what is already bound (a cartesian product only when nothing connects). Filters run as
/// soon as their variables are bound; optional and union parts follow in written order, negations last.
struct Planner {
    let store: any GraphStore
    let names: [String]
    let terms: OntologyTerms
    /// Store estimates already asked for while planning this query: the greedy loop re-costs every remaining
    /// pattern after each choice, and a persistent store answers each estimate with an index count.
    private let estimates = EstimateMemo()

    init(store: any GraphStore, names: [String], terms: OntologyTerms) {
        self.store = store
        self.names = names
        self.terms = terms
    }

    /// Assumed rows per input row for a pattern with one bound variable position, per 10 store matches.
    private static let fanOutDivisor = 10

    func plan(_ group: BoundGroup, outerBound: Set<Int>, inputEstimate: Int) throws -> [PlanNode] {
        var steps: [PlanNode] = []
        var bound = outerBound
        var rows = max(1, inputEstimate)
        var remaining = group.triples
        var pendingFilters = group.filters
        let required = group.requiredVariables.union(outerBound)

        func placeFilters(final: Bool) {
            var kept: [BoundExpression] = []
            for filter in pendingFilters {
                let ready = filter.variables.isSubset(of: bound) && !filter.usesBound
                let neverReady = !filter.variables.isSubset(of: required) || filter.usesBound
                if ready || (final && neverReady) {
                    rows = max(1, rows / 2)
                    steps.append(FilterNode(expression: filter, label: "Filter " + describe(filter), estimate: rows))
                } else {
                    kept.append(filter)
                }
            }
            pendingFilters = kept
        }

        placeFilters(final: false)
        while !remaining.isEmpty {
            var best: (index: Int, connected: Bool, cost: Int)?
            for (i, triple) in remaining.enumerated() {
                let connected = bound.isEmpty || !Set(triple.variables).isDisjoint(with: bound) || triple.variables.isEmpty
                let cost = try perRowEstimate(triple, bound: bound)
                if best == nil || (connected && !best!.connected) || (connected == best!.connected && cost < best!.cost) {
                    best = (i, connected, cost)
                }
            }
            let chosen = remaining.remove(at: best!.index)
            rows = min(Int(Int32.max), rows * max(1, best!.cost))
            if best!.cost == 0 { rows = 0 }
            let label = describe(chosen)
            if let predicate = chosen.path.simpleLink {
                steps.append(Self.scan(chosen, predicate: predicate, label: "Scan " + label, estimate: rows,
                                       bound: bound, filters: pendingFilters))
            } else {
                steps.append(PathStepNode(triple: chosen, label: "Path " + label, estimate: rows))
            }
            bound.formUnion(chosen.variables)
            placeFilters(final: false)
        }
        for part in group.parts {
            switch part {
            case .optional(let sub):
                let inner = try plan(sub, outerBound: bound, inputEstimate: rows)
                steps.append(OptionalNode(steps: inner, batch: Self.batch(sub, bound: bound), estimate: rows))
            case .union(let branches):
                var plans: [[PlanNode]] = []
                var total = 0
                for branch in branches {
                    let inner = try plan(branch, outerBound: bound, inputEstimate: rows)
                    total += inner.last?.estimate ?? rows
                    plans.append(inner)
                }
                rows = max(1, total)
                steps.append(UnionNode(branches: plans, estimate: rows))
            }
        }
        placeFilters(final: true)
        for negation in group.negations {
            let inner = try plan(negation, outerBound: bound, inputEstimate: 1)
            rows = max(1, rows / 2)
            steps.append(NotExistsNode(steps: inner, batch: Self.batch(negation, bound: bound), estimate: rows))
        }
        return steps
    }

    /// The step reading `triple`. A filter that tests only the object it binds (not bound before) travels with the
    /// read (`TripleScanNode.objectFilter`); it is still placed as a step of its own after.
    static func scan(_ triple: BoundTriple, predicate: IRI, label: String, estimate: Int, bound: Set<Int>,
                     filters: [BoundExpression]) -> TripleScanNode {
        let node = TripleScanNode(triple: triple, predicate: predicate, label: label, estimate: estimate)
        guard let object = triple.object.variable, object != triple.subject.variable, !bound.contains(object) else { return node }
        if let test = conjunction(of: filters, testingOnly: object) { node.objectFilter = ObjectTest(slot: object, expression: test) }
        return node
    }

    /// The filters of `filters` that read variable `slot` and nothing else, as one expression (nil: none).
    static func conjunction(of filters: [BoundExpression], testingOnly slot: Int) -> BoundExpression? {
        var result: BoundExpression?
        for filter in filters where filter.variables == [slot] && !filter.usesBound {
            if let sofar = result { result = .and(sofar, filter) } else { result = filter }
        }
        return result
    }

    /// How a sub-group joins its outer rows when batched: on the variables bound outside that it uses.
    static func batch(_ group: BoundGroup, bound: Set<Int>) -> SubPlanBatch {
        let all = group.allVariables
        return SubPlanBatch(shared: all.intersection(bound).sorted(), innerOnly: all.subtracting(bound).sorted())
    }

    /// Expected matches of `triple` for one input row in which `bound` variables are set.
    func perRowEstimate(_ triple: BoundTriple, bound: Set<Int>) throws -> Int {
        let predicate = triple.path.firstLink
        let subjects: [Term?] = constants(triple.subject)
        let objects: [Term?] = constants(triple.object)
        var total = 0
        for s in subjects.prefix(8) {
            for o in objects.prefix(8) {
                total += try estimates.count(QuadPattern(subject: s?.isResource == true ? s : nil, predicate: predicate, object: o),
                                             in: store)
            }
        }
        var cost = total
        for v in triple.variables where bound.contains(v) {
            cost = max(1, (cost + Planner.fanOutDivisor - 1) / Planner.fanOutDivisor)
        }
        if triple.path.simpleLink == nil { cost = max(1, cost * 2) }
        return cost
    }

    private func constants(_ slot: Slot) -> [Term?] {
        if case .constants(let terms) = slot { return terms }
        return [nil]
    }

    // MARK: Display

    func describe(_ slot: Slot) -> String {
        switch slot {
        case .variable(let v): return "?" + names[v]
        case .constants(let ts): return ts.count == 1 ? display(ts[0]) : "{" + ts.map(display).joined(separator: " | ") + "}"
        }
    }

    func display(_ term: Term) -> String {
        if case .iri(let iri) = term {
            // Minted resources read best as khr:type/slug (for display only: not a valid SPARQL prefixed name).
            if iri.value.hasPrefix(Namespace.khr.iri) { return "khr:" + iri.value.dropFirst(Namespace.khr.iri.count) }
            return terms.shortName(iri)
        }
        return term.ntriples
    }

    func describe(_ path: BoundPath) -> String {
        switch path {
        case .link(let iri): return iri == RDF.type ? "a" : terms.shortName(iri)
        case .inverse(let p): return "^" + describe(p)
        case .sequence(let ps): return "(" + ps.map(describe).joined(separator: "/") + ")"
        case .alternative(let ps): return "(" + ps.map(describe).joined(separator: "|") + ")"
        case .oneOrMore(let p): return describe(p) + "+"
        case .zeroOrMore(let p): return describe(p) + "*"
        case .zeroOrOne(let p): return describe(p) + "?"
        }
    }

    func describe(_ triple: BoundTriple) -> String {
        "\(describe(triple.subject)) \(describe(triple.path)) \(describe(triple.object))"
    }

    func describe(_ e: BoundExpression) -> String {
        switch e {
        case .variable(let v): return "?" + names[v]
        case .constant(let t): return display(t)
        case .date(let d): return "date " + d.description
        case .compare(let op, let a, let b): return "\(describe(a)) \(op) \(describe(b))"
        case .and(let a, let b): return "(\(describe(a)) && \(describe(b)))"
        case .or(let a, let b): return "(\(describe(a)) || \(describe(b)))"
        case .not(let a): return "!" + describe(a)
        case .call(let f, let args): return f + "(" + args.map(describe).joined(separator: ", ") + ")"
        case .within(let a, let d): return "\(describe(a)) in \(d)"
        case .between(let a, let lo, let hi): return "\(describe(a)) between \(DayInterval.isoDay(lo.first)) and \(DayInterval.isoDay(hi.last))"
        case .textEquals(let a, let s): return "\(describe(a)) ≈ \"\(s)\""
        }
    }
}
