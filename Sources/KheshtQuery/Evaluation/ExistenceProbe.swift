import KheshtGraph
import KheshtStore

/// `not { ?x p ?y }` over many rows, as one scan of the pattern's ids: the rows whose `?x` the scan never meets.
///
/// The general batched anti-join (`SubPlanBatch`) runs the sub-plan over every distinct key and builds a solution
/// for each answer — decoding each `?y` it binds — only to ask whether a key had any. When the sub-plan is one
/// triple pattern with nothing else (no filter, no inner part), its answers for a key exist exactly when the
/// store holds a triple with that key in the key's position, so the set of such keys is enough, and it is read
/// as integers. Anything else — a small input, a row without the key's id or with the inner variable bound, a
/// pattern larger than a hash join would scan — goes the general way, batch by batch as `SubPlanBatch` cuts them.
struct ExistenceProbe {
    let scan: TripleScanNode
    /// The variable the rows bind (subject or object of the pattern).
    let key: Int
    let keyIsSubject: Bool
    /// The other position: its constants, or nil for a variable of the sub-plan's own.
    let otherConstants: [Term]?
    let innerVariable: Int?

    /// nil unless `steps` is a single triple scan joining the outside on one position, alone.
    init?(steps: [PlanNode], batch: SubPlanBatch) {
        guard steps.count == 1, let scan = steps[0] as? TripleScanNode, scan.objectFilter == nil,
              batch.shared.count == 1 else { return nil }
        let shared = batch.shared[0]
        let triple = scan.triple
        let keyIsSubject: Bool
        let other: Slot
        if triple.subject.variable == shared, triple.object.variable != shared {
            keyIsSubject = true
            other = triple.object
        } else if triple.object.variable == shared, triple.subject.variable != shared {
            keyIsSubject = false
            other = triple.subject
        } else {
            return nil
        }
        switch other {
        case .constants(let terms):
            guard batch.innerOnly.isEmpty else { return nil }
            otherConstants = terms
            innerVariable = nil
        case .variable(let v):
            guard batch.innerOnly == [v] else { return nil }
            otherConstants = nil
            innerVariable = v
        }
        self.scan = scan
        self.key = shared
        self.keyIsSubject = keyIsSubject
    }

    /// `input` without the rows that have a match, cut into batches as `SubPlanBatch.run` cuts it; a batch this
    /// cannot answer goes to `fallback` (the general anti-join) whole.
    func run(_ input: AnyIterator<Solution>, _ context: EvaluationContext,
             fallback: @escaping (AnyIterator<Solution>) -> AnyIterator<Solution>) -> AnyIterator<Solution> {
        SubPlanBatch.inBatches(input) { rows in
            if let kept = self.rowsWithoutMatch(rows, context) { return AnyIterator(kept.makeIterator()) }
            return fallback(AnyIterator(rows.makeIterator()))
        }
    }

    /// The rows with no matching triple, or nil when this batch needs the general anti-join.
    private func rowsWithoutMatch(_ rows: [Solution], _ context: EvaluationContext) -> [Solution]? {
        guard rows.count >= SubPlanBatch.minimumRows else { return nil }
        var keys = Set<TermID>()
        for row in rows {
            guard let id = row.id(key) else { return nil }
            if let inner = innerVariable, row.row[inner] != nil { return nil }
            keys.insert(id)
        }
        guard let predicateID = context.id(of: .iri(scan.predicate)) else {
            // A predicate the store never saw: nothing matches, every row stays.
            return rows
        }
        var others: [TermID?] = [nil]
        if let constants = otherConstants {
            others = constants.filter { keyIsSubject || $0.isResource }.compactMap { context.id(of: $0) }
        }
        // Scan only what a hash join would: at most `scanPerLookup` quads per key (as `TripleScanNode.choose`).
        let budget = min(keys.count, TripleScanNode.hashJoinDecisionInput) * TripleScanNode.scanPerLookup
        var counted = 0
        for other in others {
            let pattern = QuadPattern(subject: keyIsSubject ? nil : other.flatMap(context.term),
                                      predicate: scan.predicate,
                                      object: keyIsSubject ? other.flatMap(context.term) : nil)
            counted += context.count(pattern, upTo: budget - counted + 1)
            if counted > budget { return nil }
        }
        // Per matched key, the answers the sub-plan would have given (for `explain`): its distinct triples with a
        // free inner variable, one with constants (repeats of a key are dropped there).
        var answers: [TermID: Int] = [:]
        var read = 0
        for other in others {
            let found = keyIsSubject ? context.tripleIDs(nil, predicateID, other) : context.tripleIDs(other, predicateID, nil)
            for fact in found {
                read += 1
                if read & 1023 == 0, context.isCancelled { return [] }
                let id = keyIsSubject ? fact.subject : fact.object
                guard keys.contains(id) else { continue }
                if innerVariable != nil { answers[id, default: 0] += 1 } else { answers[id] = 1 }
            }
        }
        scan.count(rows: answers.values.reduce(0, +))
        return rows.filter { row in row.id(key).map { answers[$0] == nil } ?? true }
    }
}
