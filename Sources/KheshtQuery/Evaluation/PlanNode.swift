import KheshtGraph
import KheshtStore

/// One solution flowing through a plan: the row of bindings and, when sources were asked for, the facts
/// (triples) that produced it.
struct Solution {
    var row: [Term?]
    var facts: [Triple]
}

/// Shared state of one evaluation: the store, whether facts are tracked, and the first store error (iterators
/// cannot throw, so a failure stops the stream and is rethrown by the engine).
final class EvaluationContext {
    let store: any GraphStore
    let trackFacts: Bool
    var error: (any Error)?

    init(store: any GraphStore, trackFacts: Bool) {
        self.store = store
        self.trackFacts = trackFacts
    }

    func match(_ pattern: QuadPattern) -> AnySequence<Quad> {
        guard error == nil else { return AnySequence([]) }
        do { return try store.match(pattern) } catch {
            self.error = error
            return AnySequence([])
        }
    }
}

/// A step of a plan: turns a stream of solutions into another, lazily. Each step counts the rows it emits so
/// `explain` can show actual against estimated counts.
class PlanNode {
    let label: String
    /// Estimated rows out (for the whole query, not per input row).
    let estimate: Int
    private(set) var actual = 0
    /// Sub-plans (optional, union branches, negations) for `explain`.
    var children: [(title: String, steps: [PlanNode])] = []

    init(label: String, estimate: Int) {
        self.label = label
        self.estimate = estimate
    }

    final func run(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        let inner = transform(input, context)
        return AnyIterator {
            guard let next = inner.next() else { return nil }
            self.actual += 1
            return next
        }
    }

    func transform(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        input
    }

    /// Runs `steps` in order over `input`.
    static func pipeline(_ steps: [PlanNode], _ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        steps.reduce(input) { stream, step in step.run(stream, context) }
    }
}

/// For each input row, the outputs of `body` (lazy flat-map).
func flatMapLazy(_ input: AnyIterator<Solution>, _ body: @escaping (Solution) -> AnyIterator<Solution>) -> AnyIterator<Solution> {
    var current: AnyIterator<Solution>?
    return AnyIterator {
        while true {
            if let next = current?.next() { return next }
            guard let solution = input.next() else { return nil }
            current = body(solution)
        }
    }
}

/// The terms a slot may take in a row: its binding, its constants, or nil when it is a free variable.
func candidates(_ slot: Slot, _ row: [Term?]) -> [Term]? {
    switch slot {
    case .constants(let terms): terms
    case .variable(let v): row[v].map { [$0] }
    }
}

/// Binds `slot` to `term` in `row`; false when the row already holds a different term there.
func bind(_ slot: Slot, _ term: Term, _ row: inout [Term?]) -> Bool {
    switch slot {
    case .constants(let terms): return terms.contains(term)
    case .variable(let v):
        if let existing = row[v] { return existing == term }
        row[v] = term
        return true
    }
}

/// Index nested-loop join with one triple pattern: for each input row, look the pattern up in the store with
/// every bound position filled in. Triples found in several article graphs count once.
final class TripleScanNode: PlanNode {
    let triple: BoundTriple
    let predicate: IRI

    init(triple: BoundTriple, predicate: IRI, label: String, estimate: Int) {
        self.triple = triple
        self.predicate = predicate
        super.init(label: label, estimate: estimate)
    }

    override func transform(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        let triple = self.triple, predicate = self.predicate
        return flatMapLazy(input) { solution in
            let subjects: [Term?] = candidates(triple.subject, solution.row).map { $0.filter(\.isResource) } ?? [nil]
            let objects: [Term?] = candidates(triple.object, solution.row) ?? [nil]
            var lookups = subjects.flatMap { s in objects.map { o in QuadPattern(subject: s, predicate: predicate, object: o) } }.makeIterator()
            var quads: AnySequence<Quad>.Iterator?
            // One row per distinct binding: a fact stated by several articles, or an entity typed both
            // AwardCeremony and Event when the query asks for `a Event`, answers once.
            var seen = Set<[Term?]>()
            return AnyIterator {
                while true {
                    if let quad = quads?.next() {
                        let fact = quad.triple
                        let key = [triple.subject.variable == nil ? nil : quad.subject,
                                   triple.object.variable == nil ? nil : quad.object]
                        guard seen.insert(key).inserted else { continue }
                        var row = solution.row
                        guard bind(triple.subject, quad.subject, &row), bind(triple.object, quad.object, &row) else { continue }
                        var facts = solution.facts
                        if context.trackFacts { facts.append(fact) }
                        return Solution(row: row, facts: facts)
                    }
                    guard let pattern = lookups.next() else { return nil }
                    quads = context.match(pattern).makeIterator()
                }
            }
        }
    }
}

/// A property path (`containedInPlace+`, `^location/containedInPlace*`, `speaker|host`), evaluated by
/// breadth-first search from whichever end is bound. With sources on, each answer carries the facts of the first
/// (shortest) walk found.
final class PathStepNode: PlanNode {
    let triple: BoundTriple

    init(triple: BoundTriple, label: String, estimate: Int) {
        self.triple = triple
        super.init(label: label, estimate: estimate)
    }

    override func transform(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        let triple = self.triple
        return flatMapLazy(input) { solution in
            var out: [Solution] = []
            let walker = PathWalker(context: context)
            let subjects = candidates(triple.subject, solution.row)
            let objects = candidates(triple.object, solution.row)
            var answers: [(subject: Term, object: Term, facts: [Triple])] = []
            if let subjects {
                for s in subjects { for r in walker.forward(from: s, triple.path) { answers.append((s, r.term, r.facts)) } }
            } else if let objects {
                for o in objects { for r in walker.backward(from: o, triple.path) { answers.append((r.term, o, r.facts)) } }
            } else {
                for s in walker.startNodes(triple.path) {
                    for r in walker.forward(from: s, triple.path) { answers.append((s, r.term, r.facts)) }
                }
            }
            for answer in answers {
                var row = solution.row
                if bind(triple.subject, answer.subject, &row), bind(triple.object, answer.object, &row) {
                    out.append(Solution(row: row, facts: context.trackFacts ? solution.facts + answer.facts : solution.facts))
                }
            }
            return AnyIterator(out.makeIterator())
        }
    }
}

/// A node reached along a path, with the facts walked to reach it (in walking order).
struct Reached {
    let term: Term
    let facts: [Triple]
}

/// Reachability along a bound path: each node once, first-reached order (so the facts are of a shortest walk).
struct PathWalker {
    let context: EvaluationContext

    func forward(from start: Term, _ path: BoundPath) -> [Reached] {
        walk(from: start, path, reverse: false)
    }

    func backward(from end: Term, _ path: BoundPath) -> [Reached] {
        walk(from: end, path, reverse: true)
    }

    /// `reverse` walks from the object end towards subjects.
    private func walk(from origin: Term, _ path: BoundPath, reverse: Bool) -> [Reached] {
        switch path {
        case .link(let p):
            if reverse {
                return unique(context.match(QuadPattern(predicate: p, object: origin)).map {
                    Reached(term: $0.subject, facts: context.trackFacts ? [$0.triple] : [])
                })
            }
            guard origin.isResource else { return [] }
            return unique(context.match(QuadPattern(subject: origin, predicate: p)).map {
                Reached(term: $0.object, facts: context.trackFacts ? [$0.triple] : [])
            })
        case .inverse(let inner):
            return walk(from: origin, inner, reverse: !reverse)
        case .sequence(let steps):
            let ordered = reverse ? Array(steps.reversed()) : steps
            return ordered.reduce([Reached(term: origin, facts: [])]) { frontier, step in
                unique(frontier.flatMap { here in
                    walk(from: here.term, step, reverse: reverse).map { Reached(term: $0.term, facts: here.facts + $0.facts) }
                })
            }
        case .alternative(let options):
            return unique(options.flatMap { walk(from: origin, $0, reverse: reverse) })
        case .zeroOrOne(let inner):
            return unique([Reached(term: origin, facts: [])] + walk(from: origin, inner, reverse: reverse))
        case .oneOrMore(let inner):
            return closure(from: origin, includeStart: false) { walk(from: $0, inner, reverse: reverse) }
        case .zeroOrMore(let inner):
            return closure(from: origin, includeStart: true) { walk(from: $0, inner, reverse: reverse) }
        }
    }

    /// Where to start when neither end is bound: every subject of the path's first link, and for paths that
    /// may have length zero, every term of the graph (SPARQL's zero-length path semantics).
    func startNodes(_ path: BoundPath) -> [Term] {
        if canBeEmpty(path) {
            var all: [Term] = []
            for quad in context.match(QuadPattern()) { all.append(quad.subject); all.append(quad.object) }
            return uniqueTerms(all)
        }
        switch path {
        case .link(let p): return uniqueTerms(context.match(QuadPattern(predicate: p)).map(\.subject))
        case .inverse(let inner): return endNodes(inner)
        case .sequence(let steps): return steps.first.map(startNodes) ?? []
        case .alternative(let options): return uniqueTerms(options.flatMap(startNodes))
        case .oneOrMore(let inner), .zeroOrMore(let inner), .zeroOrOne(let inner): return startNodes(inner)
        }
    }

    private func endNodes(_ path: BoundPath) -> [Term] {
        switch path {
        case .link(let p): return uniqueTerms(context.match(QuadPattern(predicate: p)).map(\.object))
        case .inverse(let inner): return startNodes(inner)
        case .sequence(let steps): return steps.last.map(endNodes) ?? []
        case .alternative(let options): return uniqueTerms(options.flatMap(endNodes))
        case .oneOrMore(let inner), .zeroOrMore(let inner), .zeroOrOne(let inner): return endNodes(inner)
        }
    }

    private func canBeEmpty(_ path: BoundPath) -> Bool {
        switch path {
        case .link: false
        case .zeroOrMore, .zeroOrOne: true
        case .oneOrMore(let inner), .inverse(let inner): canBeEmpty(inner)
        case .sequence(let steps): steps.allSatisfy(canBeEmpty)
        case .alternative(let options): options.contains(where: canBeEmpty)
        }
    }

    private func closure(from start: Term, includeStart: Bool, step: (Term) -> [Reached]) -> [Reached] {
        var seen: Set<Term> = includeStart ? [start] : []
        var order: [Reached] = includeStart ? [Reached(term: start, facts: [])] : []
        var frontier = [Reached(term: start, facts: [])]
        while !frontier.isEmpty {
            var next: [Reached] = []
            for node in frontier {
                for reached in step(node.term) where seen.insert(reached.term).inserted {
                    let extended = Reached(term: reached.term, facts: node.facts + reached.facts)
                    order.append(extended)
                    next.append(extended)
                }
            }
            frontier = next
        }
        return order
    }

    private func unique(_ reached: [Reached]) -> [Reached] {
        var seen = Set<Term>()
        return reached.filter { seen.insert($0.term).inserted }
    }

    private func uniqueTerms(_ terms: [Term]) -> [Term] {
        var seen = Set<Term>()
        return terms.filter { seen.insert($0).inserted }
    }
}

/// Keeps the rows for which the expression is true.
final class FilterNode: PlanNode {
    let expression: BoundExpression

    init(expression: BoundExpression, label: String, estimate: Int) {
        self.expression = expression
        super.init(label: label, estimate: estimate)
    }

    override func transform(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        let expression = self.expression
        return AnyIterator {
            while let solution = input.next() {
                if ExpressionEvaluator.test(expression, solution.row) { return solution }
            }
            return nil
        }
    }
}

/// `optional { … }`: each row extended by the sub-plan's answers, or kept as it is when there are none.
final class OptionalNode: PlanNode {
    let steps: [PlanNode]

    init(steps: [PlanNode], estimate: Int) {
        self.steps = steps
        super.init(label: "Optional (left join, nested loop)", estimate: estimate)
        children = [("optional", steps)]
    }

    override func transform(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        let steps = self.steps
        return flatMapLazy(input) { solution in
            let extended = PlanNode.pipeline(steps, AnyIterator([solution].makeIterator()), context)
            guard let first = extended.next() else { return AnyIterator([solution].makeIterator()) }
            var pending: Solution? = first
            return AnyIterator {
                if let p = pending { pending = nil; return p }
                return extended.next()
            }
        }
    }
}

/// `{ … } union { … }`: each row extended by every branch in turn.
final class UnionNode: PlanNode {
    let branches: [[PlanNode]]

    init(branches: [[PlanNode]], estimate: Int) {
        self.branches = branches
        super.init(label: "Union of \(branches.count) branches", estimate: estimate)
        children = branches.enumerated().map { ("branch \($0.offset + 1)", $0.element) }
    }

    override func transform(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        let branches = self.branches
        return flatMapLazy(input) { solution in
            var index = 0
            var current: AnyIterator<Solution>?
            return AnyIterator {
                while true {
                    if let next = current?.next() { return next }
                    guard index < branches.count else { return nil }
                    current = PlanNode.pipeline(branches[index], AnyIterator([solution].makeIterator()), context)
                    index += 1
                }
            }
        }
    }
}

/// `not { … }`: keeps the rows for which the sub-plan finds nothing (SPARQL's FILTER NOT EXISTS).
final class NotExistsNode: PlanNode {
    let steps: [PlanNode]

    init(steps: [PlanNode], estimate: Int) {
        self.steps = steps
        super.init(label: "Not exists (anti-join, nested loop)", estimate: estimate)
        children = [("not", steps)]
    }

    override func transform(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        let steps = self.steps
        return AnyIterator {
            while let solution = input.next() {
                let probe = PlanNode.pipeline(steps, AnyIterator([solution].makeIterator()), context)
                if probe.next() == nil { return solution }
            }
            return nil
        }
    }
}
