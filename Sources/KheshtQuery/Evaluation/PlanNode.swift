import KheshtGraph
import KheshtStore

/// One solution flowing through a plan: the row of bindings and, when sources were asked for, the facts
/// (triples) that produced it.
struct Solution {
    var row: [Term?]
    var facts: [Triple]
    /// The store's ids of `row`'s terms where known (`TermID`), by slot; empty when none is. A known id always
    /// names the term in the same slot: steps that bind from ids fill both, others leave the id unknown.
    var ids: [TermID?] = []

    init(row: [Term?], facts: [Triple], ids: [TermID?] = []) {
        self.row = row
        self.facts = facts
        self.ids = ids
    }

    func id(_ slot: Int) -> TermID? { slot < ids.count ? ids[slot] : nil }

    mutating func setID(_ id: TermID, at slot: Int) {
        if ids.isEmpty { ids = [TermID?](repeating: nil, count: row.count) }
        ids[slot] = id
    }
}

/// Shared state of one evaluation: the store, whether facts are tracked, and the first store error (iterators
/// cannot throw, so a failure stops the stream and is rethrown by the engine).
final class EvaluationContext {
    let store: any GraphStore
    let trackFacts: Bool
    var error: (any Error)?
    private let cancellation: QueryCancellation
    /// Set once `cancellation` said stop: from then on every step ends its stream.
    private(set) var cancelled = false

    init(store: any GraphStore, trackFacts: Bool, cancellation: QueryCancellation = .never) {
        self.store = store
        self.trackFacts = trackFacts
        self.cancellation = cancellation
    }

    /// True when the query should stop (asked of the cancellation closure until it first says yes). Every loop
    /// of the evaluator asks before its next row, so a cancelled query unwinds promptly; the engine then throws
    /// `QueryCancelled` instead of returning what was found so far.
    var isCancelled: Bool {
        if cancelled { return true }
        if cancellation.isRequested() { cancelled = true }
        return cancelled
    }

    func match(_ pattern: QuadPattern) -> AnySequence<Quad> {
        guard error == nil else { return AnySequence([]) }
        do { return try store.match(pattern) } catch {
            self.error = error
            return AnySequence([])
        }
    }

    /// Distinct triples across graphs (`GraphStore.triples`): what every pattern of a query reads. With
    /// `objectFilter`, only those whose object passes it (tested by the store before it decodes the rest).
    func triples(_ subject: Term?, _ predicate: IRI?, _ object: Term?,
                 objectFilter: ((Term) -> Bool)? = nil) -> AnySequence<Triple> {
        guard error == nil else { return AnySequence([]) }
        do {
            if let objectFilter, object == nil {
                return try store.triples(subject: subject, predicate: predicate, object: nil, objectFilter: objectFilter)
            }
            return try store.triples(subject: subject, predicate: predicate, object: object)
        } catch {
            self.error = error
            return AnySequence([])
        }
    }

    /// Whether the store reads on ids (`GraphStore.providesTermIDs`): joins then bind ids and decode once per id.
    lazy var usesIDs: Bool = store.providesTermIDs
    /// Terms decoded and ids resolved during this evaluation: a term reached by many rows is decoded once, and
    /// a bound term's id is found without a store call.
    private var decodedTerms: [TermID: Term] = [:]
    private var resolvedIDs: [Term: TermID?] = [:]

    /// The term named by `id` (decoded once per evaluation); nil after a store error.
    func term(_ id: TermID) -> Term? {
        if let known = decodedTerms[id] { return known }
        guard error == nil else { return nil }
        do {
            let term = try store.term(forID: id)
            decodedTerms[id] = term
            return term
        } catch {
            self.error = error
            return nil
        }
    }

    /// The id of `term`, nil when the store does not know it (no pattern with it matches) or on error.
    func id(of term: Term) -> TermID? {
        if let known = resolvedIDs[term] { return known }
        guard error == nil else { return nil }
        do {
            let id = try store.termID(of: term)
            resolvedIDs[term] = id
            return id
        } catch {
            self.error = error
            return nil
        }
    }

    /// Binds a variable slot to the term of `id`; false when the row holds a different term there (or on error).
    func bind(_ slot: Slot, _ id: TermID, _ solution: inout Solution) -> Bool {
        guard case .variable(let v) = slot else { return true }
        if let known = solution.id(v) { return known == id }
        guard let term = term(id) else { return false }
        if let existing = solution.row[v] { return existing == term }
        solution.row[v] = term
        solution.setID(id, at: v)
        return true
    }

    /// `GraphStore.tripleIDs`: distinct triples across graphs, as ids.
    func tripleIDs(_ subject: TermID?, _ predicate: TermID?, _ object: TermID?) -> AnySequence<TripleIDs> {
        guard error == nil else { return AnySequence([]) }
        do { return try store.tripleIDs(subject: subject, predicate: predicate, object: object) } catch {
            self.error = error
            return AnySequence([])
        }
    }

    /// `GraphStore.estimatedCount(_:upTo:)`; on error, `limit` (the caller then probes per row, which stays correct).
    func count(_ pattern: QuadPattern, upTo limit: Int) -> Int {
        guard error == nil else { return limit }
        do { return try store.estimatedCount(pattern, upTo: limit) } catch {
            self.error = error
            return limit
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
            guard !context.isCancelled, let next = inner.next() else { return nil }
            self.actual += 1
            return next
        }
    }

    func transform(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        input
    }

    /// Adds rows this step accounts for without emitting them (an answer found another way, `ExistenceProbe`).
    final func count(rows: Int) { actual += rows }

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

/// Joins one triple pattern into the stream, adaptively: an index nested-loop join (one store look-up per input
/// row, every bound position filled in) for small inputs, a hash join (one scan of the pattern, then a probe per row)
/// when the input is large against the pattern. Triples found in several article graphs count once.
///
/// The choice is made at run time, once `hashJoinMinimumInput` rows have arrived: the store is asked whether the
/// pattern has fewer than `scanPerLookup` triples per buffered row (a count that stops there, so asking costs
/// at most what the scan would). Smaller inputs never wait for more than that many rows, so `limit` stays lazy.
final class TripleScanNode: PlanNode {
    let triple: BoundTriple
    let predicate: IRI
    /// A filter on the object variable alone, placed right after this step by the planner: handed to the store
    /// with each read of a free object (`GraphStore.triples(…objectFilter:)`), so triples it rejects are dropped
    /// before their subjects are decoded. The filter step itself still follows (it then sees only passing rows).
    var objectFilter: ObjectTest?

    /// Rows buffered before a hash join is considered: below this a few look-ups beat any scan.
    static let hashJoinMinimumInput = 64
    /// Rows buffered at most before deciding, so a large input streams instead of being held whole.
    static let hashJoinDecisionInput = 4096
    /// Triples one look-up is worth scanning instead: an index probe (seek, decode, row building) costs about as
    /// much as reading this many triples of a range in order. (Tried 40 and 64 on a 1M-quad store: callgrind
    /// counts a walked index entry at about 1.4k instructions and a seek past a fact's repeats at 5k–20k, so a
    /// scan of a much-repeated range, `?award conferredBy ?giver`, cost as much as the look-ups it replaced.)
    static let scanPerLookup = 10

    init(triple: BoundTriple, predicate: IRI, label: String, estimate: Int) {
        self.triple = triple
        self.predicate = predicate
        super.init(label: label, estimate: estimate)
    }

    override func transform(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        var chosen: AnyIterator<Solution>?
        return AnyIterator {
            if chosen == nil { chosen = self.choose(input, context) }
            return chosen!.next()
        }
    }

    private func choose(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        var buffer: [Solution] = []
        while buffer.count < Self.hashJoinDecisionInput, let next = input.next() { buffer.append(next) }
        let exhausted = buffer.count < Self.hashJoinDecisionInput
        let all = exhausted ? AnyIterator(buffer.makeIterator()) : chain(buffer, input)
        guard buffer.count >= Self.hashJoinMinimumInput else { return nestedLoop(all, context) }
        let budget = buffer.count * Self.scanPerLookup
        var scanned = 0
        for s in scanSubjects() {
            for o in scanObjects() {
                scanned += context.count(QuadPattern(subject: s, predicate: predicate, object: o), upTo: budget - scanned + 1)
                if scanned > budget { return nestedLoop(all, context) }
            }
        }
        return hashJoin(all, context)
    }

    /// The constants of a position, or one open position.
    private func scanSubjects() -> [Term?] {
        if case .constants(let terms) = triple.subject { return terms.filter(\.isResource) }
        return [nil]
    }

    private func scanObjects() -> [Term?] {
        if case .constants(let terms) = triple.object { return terms }
        return [nil]
    }

    /// The output rows of `triple` for one input row: one per distinct binding of its variables (a fact stated by
    /// several articles, or an entity typed both AwardCeremony and Event when the query asks for `a Event`,
    /// answers once).
    private func extend(_ solution: Solution, with triples: some Sequence<Triple>, trackFacts: Bool) -> [Solution] {
        var out: [Solution] = []
        var seen = Set<[Term?]>()
        let deduplicate = triple.mayRepeatBindings
        for fact in triples {
            var row = solution.row
            guard bind(triple.subject, fact.subject, &row), bind(triple.object, fact.object, &row) else { continue }
            if deduplicate {
                let key = [triple.subject.variable == nil ? nil : fact.subject, triple.object.variable == nil ? nil : fact.object]
                guard seen.insert(key).inserted else { continue }
            }
            var facts = solution.facts
            if trackFacts { facts.append(fact) }
            out.append(Solution(row: row, facts: facts, ids: solution.ids))
        }
        return out
    }

    /// `objectFilter` as a test of one term.
    fileprivate var objectTest: ((Term) -> Bool)? {
        guard let slot = objectFilter?.slot, let expression = objectFilter?.expression else { return nil }
        var row = [Term?](repeating: nil, count: slot + 1)
        return { term in
            row[slot] = term
            return ExpressionEvaluator.test(expression, row)
        }
    }

    private func nestedLoop(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        if context.usesIDs { return nestedLoopOnIDs(input, context) }
        let triple = self.triple, predicate = self.predicate, objectTest = self.objectTest
        return flatMapLazy(input) { solution in
            let subjects: [Term?] = candidates(triple.subject, solution.row).map { $0.filter(\.isResource) } ?? [nil]
            let objects: [Term?] = candidates(triple.object, solution.row) ?? [nil]
            var lookups = subjects.flatMap { s in objects.map { o in (s, o) } }.makeIterator()
            var found: AnySequence<Triple>.Iterator?
            var seen = Set<[Term?]>()
            let deduplicate = triple.mayRepeatBindings
            return AnyIterator {
                while true {
                    if let fact = found?.next() {
                        var row = solution.row
                        guard bind(triple.subject, fact.subject, &row), bind(triple.object, fact.object, &row) else { continue }
                        if deduplicate {
                            let key = [triple.subject.variable == nil ? nil : fact.subject,
                                       triple.object.variable == nil ? nil : fact.object]
                            guard seen.insert(key).inserted else { continue }
                        }
                        var facts = solution.facts
                        if context.trackFacts { facts.append(fact) }
                        return Solution(row: row, facts: facts)
                    }
                    guard let (s, o) = lookups.next() else { return nil }
                    found = context.triples(s, predicate, o, objectFilter: objectTest).makeIterator()
                }
            }
        }
    }

    /// `nestedLoop` on the store's ids: a bound position is looked up by the id its row already carries (or
    /// resolves once per evaluation), the triples come back as ids, a repeated binding is caught by comparing
    /// integers, and a term is decoded only for the variable it newly binds (once per id, through the context).
    private func nestedLoopOnIDs(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        let triple = self.triple, predicate = self.predicate, objectTest = self.objectTest
        guard let predicateID = context.id(of: .iri(predicate)) else {
            // A predicate the store never saw matches nothing; drain the input so errors and counts stay right.
            return AnyIterator { while input.next() != nil {}; return nil }
        }
        var verdicts: [TermID: Bool] = [:]
        func passes(_ id: TermID) -> Bool {
            guard let objectTest else { return true }
            if let known = verdicts[id] { return known }
            let verdict = context.term(id).map(objectTest) ?? false
            verdicts[id] = verdict
            return verdict
        }
        // The ids a slot offers for a row: its constants' (resources only as subjects), its bound value's, or nil
        // (open). An empty list means nothing can match.
        // Built as `[TermID?]` directly: converting a `[TermID]` costs an array cast (a copy) per row.
        func candidateIDs(_ slot: Slot, _ solution: Solution, subject: Bool) -> [TermID?] {
            switch slot {
            case .constants(let terms):
                var ids: [TermID?] = []
                ids.reserveCapacity(terms.count)
                for term in terms where !subject || term.isResource {
                    if let id = context.id(of: term) { ids.append(id) }
                }
                return ids
            case .variable(let v):
                if let id = solution.id(v) { return [id] }
                guard let term = solution.row[v] else { return [nil] }
                if subject && !term.isResource { return [] }
                return context.id(of: term).map { [$0] } ?? []
            }
        }
        func bind(_ slot: Slot, _ id: TermID, _ solution: inout Solution) -> Bool { context.bind(slot, id, &solution) }
        let deduplicate = triple.mayRepeatBindings
        let subjectIsVariable = triple.subject.variable != nil, objectIsVariable = triple.object.variable != nil
        return flatMapLazy(input) { solution in
            let subjects = candidateIDs(triple.subject, solution, subject: true)
            let objects = candidateIDs(triple.object, solution, subject: false)
            // Every (subject, object) pair in turn, by position: no list of pairs is built for the row.
            var lookupCount = subjects.count * objects.count
            var nextLookup = 0
            var found: AnySequence<TripleIDs>.Iterator?
            var seen = Set<TripleIDs>()
            if subjects.count == 1, let s = subjects[0], objects.count > 1,
               let present = Self.objectsPresent(subject: s, among: objects, predicateID: predicateID, context) {
                // One look-up of the subject's values instead of one per constant (`a Event` with its subclasses),
                // handed on in the constants' order, as the per-constant look-ups would have found them.
                found = AnySequence(present).makeIterator()
                lookupCount = 0
            }
            return AnyIterator {
                while true {
                    if let fact = found?.next() {
                        guard passes(fact.object) else { continue }
                        var extended = solution
                        guard bind(triple.subject, fact.subject, &extended),
                              bind(triple.object, fact.object, &extended) else { continue }
                        if deduplicate {
                            let key = TripleIDs(subjectIsVariable ? fact.subject : -1, 0, objectIsVariable ? fact.object : -1)
                            guard seen.insert(key).inserted else { continue }
                        }
                        if context.trackFacts, let s = context.term(fact.subject), let o = context.term(fact.object) {
                            extended.facts.append(Triple(s, predicate, o))
                        }
                        return extended
                    }
                    guard nextLookup < lookupCount else { return nil }
                    let s = subjects[nextLookup / objects.count], o = objects[nextLookup % objects.count]
                    nextLookup += 1
                    found = context.tripleIDs(s, predicateID, o).makeIterator()
                }
            }
        }
    }

    /// The triples `subject predicate o` for each `o` of `objects` (all known ids) that the store holds, in the
    /// order of `objects`, read with one look-up of the subject's values; nil when an object is open.
    private static func objectsPresent(subject: TermID, among objects: [TermID?], predicateID: TermID,
                                _ context: EvaluationContext) -> [TripleIDs]? {
        var wanted = Set<TermID>()
        for object in objects {
            guard let object else { return nil }
            wanted.insert(object)
        }
        var held = Set<TermID>()
        for fact in context.tripleIDs(subject, predicateID, nil) where wanted.contains(fact.object) { held.insert(fact.object) }
        var out: [TripleIDs] = []
        for case let object? in objects where held.remove(object) != nil {
            out.append(TripleIDs(subject, predicateID, object))
        }
        return out
    }

    /// Scans the pattern once (its constants only), indexes the triples by subject, by object and by both, then
    /// answers each input row from the index its bound positions select.
    private func hashJoin(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        if context.usesIDs { return hashJoinOnIDs(input, context) }
        var all: [Triple] = []
        let objectTest = self.objectTest
        scan: for s in scanSubjects() {
            for o in scanObjects() {
                for fact in context.triples(s, predicate, o, objectFilter: objectTest) {
                    if all.count & 1023 == 0, context.isCancelled { break scan }
                    all.append(fact)
                }
            }
        }
        var bySubject: [Term: [Int]]?
        var byObject: [Term: [Int]]?
        var byBoth: [Triple: [Int]]?
        let triple = self.triple
        return flatMapLazy(input) { solution in
            let subject = triple.subject.variable.flatMap { solution.row[$0] }
            let object = triple.object.variable.flatMap { solution.row[$0] }
            let matches: [Int]
            switch (subject, object) {
            case let (s?, o?):
                if byBoth == nil {
                    var index: [Triple: [Int]] = [:]
                    for (i, t) in all.enumerated() { index[t, default: []].append(i) }
                    byBoth = index
                }
                matches = byBoth![Triple(s, self.predicate, o)] ?? []
            case let (s?, nil):
                if bySubject == nil { bySubject = Dictionary(grouping: all.indices, by: { all[$0].subject }) }
                matches = bySubject![s] ?? []
            case let (nil, o?):
                if byObject == nil { byObject = Dictionary(grouping: all.indices, by: { all[$0].object }) }
                matches = byObject![o] ?? []
            case (nil, nil):
                matches = Array(all.indices)
            }
            return AnyIterator(self.extend(solution, with: matches.lazy.map { all[$0] }, trackFacts: context.trackFacts).makeIterator())
        }
    }
}

extension TripleScanNode {
    /// `hashJoin` on the store's ids: the pattern is scanned as ids (nothing decoded), indexed by subject id, object
    /// id or both, and probed with the ids the rows carry (a row whose bound term has no known id resolves it once
    /// per evaluation). Only the values a row newly binds are decoded, each distinct id once.
    fileprivate func hashJoinOnIDs(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        let triple = self.triple, predicate = self.predicate, objectTest = self.objectTest
        guard let predicateID = context.id(of: .iri(predicate)) else {
            return AnyIterator { while input.next() != nil {}; return nil }
        }
        var verdicts: [TermID: Bool] = [:]
        var all: [TripleIDs] = []
        let subjectConstants: [TermID?] = scanSubjectIDs(context)
        let objectConstants: [TermID?] = scanObjectIDs(context)
        scan: for s in subjectConstants {
            for o in objectConstants {
                for fact in context.tripleIDs(s, predicateID, o) {
                    if all.count & 1023 == 0, context.isCancelled { break scan }
                    if let objectTest {
                        let verdict: Bool
                        if let known = verdicts[fact.object] { verdict = known } else {
                            verdict = context.term(fact.object).map(objectTest) ?? false
                            verdicts[fact.object] = verdict
                        }
                        guard verdict else { continue }
                    }
                    all.append(fact)
                }
            }
        }
        var bySubject: [TermID: [Int32]]?
        var byObject: [TermID: [Int32]]?
        var byBoth: [TripleIDs: [Int32]]?
        func rowID(_ slot: Slot, _ solution: Solution) -> TermID?? {
            guard case .variable(let v) = slot, let term = solution.row[v] else { return .none }
            if let id = solution.id(v) { return .some(id) }
            return .some(context.id(of: term))
        }
        func bind(_ slot: Slot, _ id: TermID, _ solution: inout Solution) -> Bool { context.bind(slot, id, &solution) }
        let deduplicate = triple.mayRepeatBindings
        let subjectIsVariable = triple.subject.variable != nil, objectIsVariable = triple.object.variable != nil
        let none: [Int32] = []
        return flatMapLazy(input) { solution in
            let subject = rowID(triple.subject, solution)
            let object = rowID(triple.object, solution)
            let matches: [Int32]
            switch (subject, object) {
            case (.some(let s), .some(let o)):
                guard let s, let o else { return AnyIterator { nil } }
                if byBoth == nil {
                    var index: [TripleIDs: [Int32]] = [:]
                    for (i, t) in all.enumerated() { index[TripleIDs(t.subject, 0, t.object), default: []].append(Int32(i)) }
                    byBoth = index
                }
                matches = byBoth![TripleIDs(s, 0, o)] ?? none
            case (.some(let s), .none):
                guard let s else { return AnyIterator { nil } }
                if bySubject == nil {
                    var index: [TermID: [Int32]] = [:]
                    for (i, t) in all.enumerated() { index[t.subject, default: []].append(Int32(i)) }
                    bySubject = index
                }
                matches = bySubject![s] ?? none
            case (.none, .some(let o)):
                guard let o else { return AnyIterator { nil } }
                if byObject == nil {
                    var index: [TermID: [Int32]] = [:]
                    for (i, t) in all.enumerated() { index[t.object, default: []].append(Int32(i)) }
                    byObject = index
                }
                matches = byObject![o] ?? none
            case (.none, .none):
                matches = (0..<Int32(all.count)).map { $0 }
            }
            var out: [Solution] = []
            var seen = Set<TripleIDs>()
            for index in matches {
                let fact = all[Int(index)]
                var extended = solution
                guard bind(triple.subject, fact.subject, &extended), bind(triple.object, fact.object, &extended) else { continue }
                if deduplicate {
                    let key = TripleIDs(subjectIsVariable ? fact.subject : -1, 0, objectIsVariable ? fact.object : -1)
                    guard seen.insert(key).inserted else { continue }
                }
                if context.trackFacts, let s = context.term(fact.subject), let o = context.term(fact.object) {
                    extended.facts.append(Triple(s, predicate, o))
                }
                out.append(extended)
            }
            return AnyIterator(out.makeIterator())
        }
    }

    /// `scanSubjects` as ids (constants the store does not know are dropped: they match nothing).
    private func scanSubjectIDs(_ context: EvaluationContext) -> [TermID?] {
        if case .constants(let terms) = triple.subject { return terms.filter(\.isResource).compactMap { context.id(of: $0) } }
        return [nil]
    }

    private func scanObjectIDs(_ context: EvaluationContext) -> [TermID?] {
        if case .constants(let terms) = triple.object { return terms.compactMap { context.id(of: $0) } }
        return [nil]
    }
}

/// A filter reading one variable only, tested on the values a scan reads for it.
struct ObjectTest {
    let slot: Int
    let expression: BoundExpression
}

/// `buffer`'s rows, then the rest of `rest`.
func chain(_ buffer: [Solution], _ rest: AnyIterator<Solution>) -> AnyIterator<Solution> {
    var head = buffer.makeIterator()
    return AnyIterator { head.next() ?? rest.next() }
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
                    out.append(Solution(row: row, facts: context.trackFacts ? solution.facts + answer.facts : solution.facts,
                                        ids: solution.ids))
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
                return unique(context.triples(nil, p, origin).map {
                    Reached(term: $0.subject, facts: context.trackFacts ? [$0] : [])
                })
            }
            guard origin.isResource else { return [] }
            return unique(context.triples(origin, p, nil).map {
                Reached(term: $0.object, facts: context.trackFacts ? [$0] : [])
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
            for quad in context.match(QuadPattern()) {
                if all.count & 1023 == 0, context.isCancelled { break }
                all.append(quad.subject)
                all.append(quad.object)
            }
            return uniqueTerms(all)
        }
        switch path {
        case .link(let p): return uniqueTerms(context.triples(nil, p, nil).map(\.subject))
        case .inverse(let inner): return endNodes(inner)
        case .sequence(let steps): return steps.first.map(startNodes) ?? []
        case .alternative(let options): return uniqueTerms(options.flatMap(startNodes))
        case .oneOrMore(let inner), .zeroOrMore(let inner), .zeroOrOne(let inner): return startNodes(inner)
        }
    }

    private func endNodes(_ path: BoundPath) -> [Term] {
        switch path {
        case .link(let p): return uniqueTerms(context.triples(nil, p, nil).map(\.object))
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
                if context.isCancelled { return order }
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
            while !context.isCancelled, let solution = input.next() {
                if ExpressionEvaluator.test(expression, solution.row) { return solution }
            }
            return nil
        }
    }
}

/// `optional { … }`: each row extended by the sub-plan's answers, or kept as it is when there are none.
/// Large inputs run the sub-plan once for all rows (`SubPlanBatch`), so its patterns can hash-join.
final class OptionalNode: PlanNode {
    let steps: [PlanNode]
    let batch: SubPlanBatch

    init(steps: [PlanNode], batch: SubPlanBatch, estimate: Int) {
        self.steps = steps
        self.batch = batch
        super.init(label: "Optional (left join)", estimate: estimate)
        children = [("optional", steps)]
    }

    override func transform(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        let steps = self.steps, batch = self.batch
        return batch.run(input, context, steps: steps, perRow: { solution in
            let extended = PlanNode.pipeline(steps, AnyIterator([solution].makeIterator()), context)
            guard let first = extended.next() else { return AnyIterator([solution].makeIterator()) }
            var pending: Solution? = first
            return AnyIterator {
                if let p = pending { pending = nil; return p }
                return extended.next()
            }
        }, combine: { solution, answers in
            guard let answers, !answers.isEmpty else { return [solution] }
            return answers.map { batch.merge(solution, $0) }
        })
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
/// Large inputs run the sub-plan once for all rows (`SubPlanBatch`): an anti-join by hash instead of a probe per row.
final class NotExistsNode: PlanNode {
    let steps: [PlanNode]
    let batch: SubPlanBatch

    init(steps: [PlanNode], batch: SubPlanBatch, estimate: Int) {
        self.steps = steps
        self.batch = batch
        super.init(label: "Not exists (anti-join)", estimate: estimate)
        children = [("not", steps)]
    }

    override func transform(_ input: AnyIterator<Solution>, _ context: EvaluationContext) -> AnyIterator<Solution> {
        let steps = self.steps, batch = self.batch
        let general = { (rows: AnyIterator<Solution>) -> AnyIterator<Solution> in
            batch.run(rows, context, steps: steps, perRow: { solution in
                let probe = PlanNode.pipeline(steps, AnyIterator([solution].makeIterator()), context)
                return AnyIterator((probe.next() == nil ? [solution] : []).makeIterator())
            }, combine: { solution, answers in
                (answers?.isEmpty ?? true) ? [solution] : []
            })
        }
        guard context.usesIDs, let probe = ExistenceProbe(steps: steps, batch: batch) else { return general(input) }
        return probe.run(input, context, fallback: general)
    }
}

/// Runs a sub-plan (optional part, negation) once over many input rows instead of once per row.
///
/// The rows reach the sub-plan reduced to its key: the `shared` variables (certainly bound outside, used inside),
/// each distinct key once. The answers are grouped by key and handed back per original row. That is exact only when
/// every row binds all `shared` variables and none of `innerOnly` (the sub-plan's other variables, which it must
/// see unbound): rows are checked, and a batch that breaks it is evaluated row by row instead.
struct SubPlanBatch {
    let shared: [Int]
    let innerOnly: [Int]

    /// Rows gathered before a batch is considered (fewer: row by row), and the most gathered into one batch.
    static let minimumRows = 64
    static let maximumRows = 65_536

    func run(_ input: AnyIterator<Solution>, _ context: EvaluationContext, steps: [PlanNode],
             perRow: @escaping (Solution) -> AnyIterator<Solution>,
             combine: @escaping (Solution, [Solution]?) -> [Solution]) -> AnyIterator<Solution> {
        Self.inBatches(input) { rows in
            if rows.count < Self.minimumRows || !rows.allSatisfy(fits) {
                return flatMapLazy(AnyIterator(rows.makeIterator()), perRow)
            }
            let answers = batch(rows, context, steps: steps)
            return flatMapLazy(AnyIterator(rows.makeIterator())) { row in
                AnyIterator(combine(row, answers(row)).makeIterator())
            }
        }
    }

    /// `input` cut into arrays of at most `maximumRows` rows, each turned into output rows by `each`, lazily.
    static func inBatches(_ input: AnyIterator<Solution>,
                          _ each: @escaping ([Solution]) -> AnyIterator<Solution>) -> AnyIterator<Solution> {
        var pending = AnyIterator<Solution>([].makeIterator())
        var finished = false
        return AnyIterator {
            while true {
                if let next = pending.next() { return next }
                guard !finished else { return nil }
                var rows: [Solution] = []
                while rows.count < maximumRows, let next = input.next() { rows.append(next) }
                finished = rows.count < maximumRows
                guard !rows.isEmpty else { return nil }
                pending = each(rows)
            }
        }
    }

    private func fits(_ solution: Solution) -> Bool {
        shared.allSatisfy { solution.row[$0] != nil } && innerOnly.allSatisfy { solution.row[$0] == nil }
    }

    /// The sub-plan's answers for every distinct key of `rows`, grouped by key: a look-up from a row to its
    /// answers (nil: none). Keys are the store's ids when every row and answer carries them for the shared
    /// variables (integers hash faster than terms), else the terms.
    private func batch(_ rows: [Solution], _ context: EvaluationContext,
                       steps: [PlanNode]) -> (Solution) -> [Solution]? {
        let shared = self.shared
        func idKey(_ solution: Solution) -> [TermID]? {
            var key: [TermID] = []
            key.reserveCapacity(shared.count)
            for slot in shared {
                guard let id = solution.id(slot) else { return nil }
                key.append(id)
            }
            return key
        }
        let width = rows[0].row.count
        if rows.allSatisfy({ idKey($0) != nil }) {
            var seen = Set<[TermID]>()
            var keys: [Solution] = []
            for row in rows {
                guard let key = idKey(row), seen.insert(key).inserted else { continue }
                var reduced = [Term?](repeating: nil, count: width)
                var reducedIDs = [TermID?](repeating: nil, count: width)
                for (slot, id) in zip(shared, key) {
                    reduced[slot] = row.row[slot]
                    reducedIDs[slot] = id
                }
                keys.append(Solution(row: reduced, facts: [], ids: reducedIDs))
            }
            var answers: [[TermID]: [Solution]] = [:]
            var complete = true
            for answer in PlanNode.pipeline(steps, AnyIterator(keys.makeIterator()), context) {
                guard let key = idKey(answer) else { complete = false; break }
                answers[key, default: []].append(answer)
            }
            if complete { return { row in idKey(row).flatMap { answers[$0] } } }
        }
        var seen = Set<[Term?]>()
        var keys: [Solution] = []
        for row in rows {
            let key = shared.map { row.row[$0] }
            guard seen.insert(key).inserted else { continue }
            var reduced = [Term?](repeating: nil, count: width)
            for (slot, value) in zip(shared, key) { reduced[slot] = value }
            keys.append(Solution(row: reduced, facts: []))
        }
        var answers: [[Term?]: [Solution]] = [:]
        for answer in PlanNode.pipeline(steps, AnyIterator(keys.makeIterator()), context) {
            answers[shared.map { answer.row[$0] }, default: []].append(answer)
        }
        return { row in answers[shared.map { row.row[$0] }] }
    }

    /// `row` extended by a batched answer: the sub-plan's own variables taken from it, its facts appended.
    func merge(_ row: Solution, _ answer: Solution) -> Solution {
        var merged = row
        for slot in innerOnly {
            merged.row[slot] = answer.row[slot]
            if let id = answer.id(slot) { merged.setID(id, at: slot) } else if slot < merged.ids.count { merged.ids[slot] = nil }
        }
        merged.facts += answer.facts
        return merged
    }
}
