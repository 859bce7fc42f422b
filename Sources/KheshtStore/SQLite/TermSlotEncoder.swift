import KheshtGraph

/// One step of a slot-encoded load stream: either "slot N now holds this term" or a quad whose terms are slots.
///
/// A file load parses on one thread and writes on another (`BatchPipeline`). Looking terms up in a hash map is a
/// large part of the work per quad, so the parsing thread does it: it gives every distinct term a small integer
/// slot and sends the term's text only the first time, after which quads carry slots. The writing thread keeps
/// an array from slot to dictionary id and never hashes a term.
enum SlotItem {
    /// Slot `slot` holds `record` from now on (until the encoder starts over).
    case term(slot: Int32, record: TermRecord)
    /// A quad as slots; `graph` is `TermSlotEncoder.defaultGraph` for the default graph. `label` is the
    /// `labels` row the quad contributes (`GraphLoader.labelKey(of:)` and the literal's text), if any.
    case quad(subject: Int32, predicate: Int32, object: Int32, graph: Int32, label: (key: String, text: String)?)
}

/// The parsing thread's side of slot encoding: a bounded map from terms to slots.
///
/// When the slots run out the encoder forgets every term and starts again at slot 0, only ever between two quads,
/// so the four slots of one quad always belong to the same round and the writer's array is overwritten in step.
/// Long literals (labels, text) are nearly always unique: they get a slot of their own for their one quad but
/// are not remembered, so they do not crowd out the terms that recur.
struct TermSlotEncoder {
    static let defaultGraph: Int32 = -1

    let capacity: Int32
    private var slots: [Term: Int32] = [:]
    private var next: Int32 = 0

    init(capacity: Int32 = 1 << 19) {
        self.capacity = max(capacity, 8)
        slots.reserveCapacity(Int(min(self.capacity, 1 << 16)))
    }

    /// Appends `quad` to `items`: a `.term` for each term not sent in this round, then the `.quad`.
    mutating func encode(_ quad: Quad, labelKey: String?, into items: inout [SlotItem]) {
        if next > capacity - 4 {
            slots.removeAll(keepingCapacity: true)
            next = 0
        }
        let subject = slot(for: quad.subject, into: &items)
        let predicate = slot(for: .iri(quad.predicate), into: &items)
        let object = slot(for: quad.object, into: &items)
        let graph = quad.graph.map { slot(for: $0, into: &items) } ?? Self.defaultGraph
        let label = labelKey.flatMap { key in quad.object.literal.map { (key: key, text: $0.lexicalForm) } }
        items.append(.quad(subject: subject, predicate: predicate, object: object, graph: graph, label: label))
    }

    private mutating func slot(for term: Term, into items: inout [SlotItem]) -> Int32 {
        let remember = TermIDCache.isWorthCaching(term)
        if remember, let known = slots[term] { return known }
        let slot = next
        next += 1
        if remember { slots[term] = slot }
        items.append(.term(slot: slot, record: TermRecord(term)))
        return slot
    }
}
