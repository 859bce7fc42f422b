import KheshtGraph
import KheshtStore

/// Runs query-language text against a `GraphStore`: parse → bind (names against ontology and store) → plan
/// (join order from `estimatedCount`) → evaluate (lazy index nested-loop joins) → rows, with sources on request.
///
/// ```swift
/// let engine = QueryEngine(store: store)
/// let result = try engine.run(#"find ?e ?date where { ?e a Event ; location "برج میلاد" ; startDate ?date } order by ?date"#)
/// ```
public final class QueryEngine {
    public let store: any GraphStore
    public let terms: OntologyTerms

    public init(store: any GraphStore, terms: OntologyTerms = .standard) {
        self.store = store
        self.terms = terms
    }

    /// Runs one statement: `find …`, `describe "…"`, `explain …` or `explain sparql …`.
    ///
    /// `cancellation` is asked as the query runs (see `QueryCancellation`); once it answers yes the evaluation
    /// stops and `QueryCancelled` is thrown.
    ///
    /// - Throws: `QueryError` for mistakes in the text (with position, caret and suggestions); `QueryCancelled`;
    ///   store errors as they are.
    public func run(_ text: String, cancellation: QueryCancellation = .never) throws -> QueryResult {
        let statement = try Parser.parse(text)
        // One store snapshot for the whole statement: binding, planning estimates, every join look-up, labels and
        // sources read one consistent state, without a transaction per store call.
        return try store.withSnapshot { try run(statement, text: text, cancellation: cancellation) }
    }

    /// Parses without running (for syntax checks and tests).
    public static func checkSyntax(_ text: String) throws(QueryError) {
        _ = try Parser.parse(text)
    }

    /// The SPARQL 1.1 text equivalent to a `find` query (what `explain sparql` shows).
    public func sparql(for text: String) throws -> String {
        guard case .find(let query) = try Parser.parse(text) else {
            throw QueryError(message: "only find queries translate to SPARQL", position: SourcePosition(line: 1, column: 1, offset: 0),
                             length: 1, sourceLine: ErrorReporter(text: text).lines.first ?? "", expected: "find …")
        }
        return try store.withSnapshot {
            var binder = Binder(store: store, terms: terms, text: text)
            return try SPARQLWriter(terms: terms).write(try binder.bind(query))
        }
    }

    private func run(_ statement: Statement, text: String, cancellation: QueryCancellation) throws -> QueryResult {
        switch statement {
        case .find(let query):
            var binder = Binder(store: store, terms: terms, text: text)
            let bound = try binder.bind(query)
            if let remote = store as? any SPARQLSelecting, !bound.withSources {
                return .table(try executeRemotely(bound, on: remote))
            }
            return .table(try execute(bound, cancellation: cancellation).table)
        case .describe(let query):
            let binder = Binder(store: store, terms: terms, text: text)
            let entities = try binder.bindDescribe(query)
            return .description(try entities.map { try describe($0, withSources: query.withSources) })
        case .explain(let inner, let sparql):
            guard case .find(let query) = inner else {
                if case .describe = inner, !sparql { return try run(inner, text: text, cancellation: cancellation) }
                throw QueryError(message: "explain works on find queries", position: SourcePosition(line: 1, column: 1, offset: 0),
                                 length: 7, sourceLine: ErrorReporter(text: text).lines.first ?? "", expected: "explain find …")
            }
            var binder = Binder(store: store, terms: terms, text: text)
            let bound = try binder.bind(query)
            if sparql { return .sparql(try SPARQLWriter(terms: terms).write(bound)) }
            return .plan(try execute(bound, cancellation: cancellation).plan)
        }
    }

    // MARK: Find

    func execute(_ query: BoundFind, cancellation: QueryCancellation = .never) throws -> (table: ResultTable, plan: QueryPlan) {
        let planner = Planner(store: store, names: query.variableNames, terms: terms)
        let steps = try planner.plan(query.group, outerBound: [], inputEstimate: 1)
        let context = EvaluationContext(store: store, trackFacts: query.withSources, cancellation: cancellation)
        let width = query.variableNames.count
        let seed = Solution(row: [Term?](repeating: nil, count: width), facts: [])
        var stream = PlanNode.pipeline(steps, AnyIterator([seed].makeIterator()), context)
        var finishing: [String] = []

        var solutions: [Solution]
        let lazySlice = !query.aggregated && query.orderBy.isEmpty && !query.distinct
        if lazySlice {
            // Stop pulling from the store once offset + limit rows have come out.
            let needed = query.limit.map { $0 + (query.offset ?? 0) }
            solutions = []
            while needed.map({ solutions.count < $0 }) ?? true, let s = stream.next() { solutions.append(s) }
        } else {
            solutions = Array(stream)
        }
        stream = AnyIterator([].makeIterator())
        if let error = context.error { throw error }
        // A stopped stream looks like a finished one: only the context knows the answer is partial.
        if context.isCancelled { throw QueryCancelled() }

        if query.aggregated {
            solutions = Aggregator(query: query).aggregate(solutions)
            finishing.append("Group by \(query.groupBy.map { "?" + query.variableNames[$0] }.joined(separator: " ")) · "
                + query.aggregates.map { "\($0.function.rawValue)(\($0.argument.map { "?" + query.variableNames[$0] } ?? "*"))" }.joined(separator: ", ")
                + " → \(solutions.count) groups")
        }
        if !query.orderBy.isEmpty {
            let keys = query.orderBy
            solutions = RowOrder.sorted(solutions, by: keys)
            finishing.append("Order by " + keys.map { ($0.descending ? "desc " : "") + "?" + query.variableNames[$0.slot] }.joined(separator: ", "))
        }
        let slots = query.columns.map(\.slot)
        var rows: [[Term?]] = []
        var rowIDs: [[TermID?]] = []
        var facts: [[Triple]] = []
        var index: [[Term?]: Int] = [:]
        // Distinct rows by the store's ids when every output value carries one (integers hash faster than terms).
        let distinctByID = query.distinct
            && solutions.allSatisfy { s in slots.allSatisfy { s.row[$0] == nil || s.id($0) != nil } }
        var idIndex: [[TermID]: Int] = [:]
        for solution in solutions {
            let row = slots.map { solution.row[$0] }
            if distinctByID {
                let key = slots.map { solution.id($0) ?? -1 }
                if let at = idIndex[key] { facts[at] += solution.facts; continue }
                idIndex[key] = rows.count
            } else if query.distinct {
                if let at = index[row] { facts[at] += solution.facts; continue }
                index[row] = rows.count
            }
            rows.append(row)
            rowIDs.append(slots.map { solution.id($0) })
            facts.append(solution.facts)
        }
        if query.distinct { finishing.append("Distinct → \(rows.count) rows") }
        let start = min(rows.count, query.offset ?? 0)
        let end = query.limit.map { min(rows.count, start + $0) } ?? rows.count
        if query.offset != nil || query.limit != nil {
            finishing.append("Slice offset \(query.offset ?? 0) limit \(query.limit.map(String.init) ?? "none")")
        }
        rows = Array(rows[start..<end])
        rowIDs = Array(rowIDs[start..<end])
        facts = Array(facts[start..<end])
        var sources: [[Source]]?
        if query.withSources {
            sources = try facts.map { try self.sources(of: $0) }
            finishing.append("Sources: provenance of \(facts.reduce(0) { $0 + Set($1).count }) facts")
        }
        let table = ResultTable(columns: query.columns.map(\.name), rows: rows, sources: sources, labels: try labels(for: rows, ids: rowIDs))
        let plan = QueryPlan(steps: steps.map(planStep), finishing: finishing, resultRows: rows.count)
        return (table, plan)
    }

    /// Sends the query's SPARQL translation to the server: the server joins, filters, groups, orders and slices.
    /// Queries `with sources` stay local (through `match`) because provenance records are not kept as RDF.
    func executeRemotely(_ query: BoundFind, on remote: any SPARQLSelecting) throws -> ResultTable {
        let sparql = try SPARQLWriter(terms: terms).write(query)
        let columns = query.columns.map(\.name)
        let rows = try remote.select(sparql, columns: columns)
        var seen = Set<Term>()
        let iris = rows.flatMap { $0.compactMap { $0 } }.filter { $0.iri != nil && seen.insert($0).inserted }
        return ResultTable(columns: columns, rows: rows, sources: nil, labels: try remote.displayLabels(of: iris))
    }

    private func planStep(_ node: PlanNode) -> PlanStep {
        PlanStep(label: node.label, estimatedRows: node.estimate, actualRows: node.actual,
                 children: node.children.map { ($0.title, $0.steps.map(planStep)) })
    }

    /// Provenance records of the facts, in every article graph that holds them.
    func sources(of facts: [Triple]) throws -> [Source] {
        var out: [Source] = []
        var seen = Set<Source>()
        var seenFacts = Set<Triple>()
        for fact in facts where seenFacts.insert(fact).inserted {
            for record in try store.provenance(ofTriple: fact) {
                let source = Source(fact: fact, article: record.article, sentenceIndex: record.sentenceIndex,
                                    charStart: record.charStart, charEnd: record.charEnd,
                                    ruleId: record.ruleId, confidence: record.confidence)
                if seen.insert(source).inserted { out.append(source) }
            }
        }
        return out
    }

    /// `sources(of: [fact])` for one fact, read by its ids when known. Records of one fact differ only in what
    /// `SourceKey` holds, so repeats are caught without hashing the fact's terms for every record.
    func sources(of fact: Triple, ids: TripleIDs?) throws -> [Source] {
        let records = try ids.map { try store.provenance(ofTriple: fact, ids: $0) } ?? store.provenance(ofTriple: fact)
        var out: [Source] = []
        var seen = Set<SourceKey>()
        for record in records {
            let key = SourceKey(article: record.article, sentenceIndex: record.sentenceIndex, charStart: record.charStart,
                                charEnd: record.charEnd, ruleId: record.ruleId, confidence: record.confidence)
            guard seen.insert(key).inserted else { continue }
            out.append(Source(fact: fact, article: record.article, sentenceIndex: record.sentenceIndex,
                              charStart: record.charStart, charEnd: record.charEnd,
                              ruleId: record.ruleId, confidence: record.confidence))
        }
        return out
    }

    /// What tells two sources of the same fact apart (`Source` without its fact).
    private struct SourceKey: Hashable {
        let article: IRI
        let sentenceIndex: Int
        let charStart: Int
        let charEnd: Int
        let ruleId: String
        let confidence: Double
    }

    /// The predicates whose values name a term in results (also `SPARQLSelecting.displayLabels`).
    public static let labelPredicates = [RDFS.label, SKOS.prefLabel, Schema.name]

    /// The labels of every IRI in `rows` (and of `extra`), in one store call.
    /// `labels(for:and:)` for rows whose cells' store ids are known where `ids` holds them (same shape as
    /// `rows`): repeated values are recognised by id (an integer) instead of by hashing their terms.
    func labels(for rows: [[Term?]], ids: [[TermID?]]) throws -> [Term: [Literal]] {
        var seenIDs = Set<TermID>()
        var seen = Set<Term>()
        var terms: [Term] = []
        for (row, rowIDs) in zip(rows, ids) {
            for (column, cell) in row.enumerated() {
                guard let term = cell, term.iri != nil else { continue }
                if column < rowIDs.count, let id = rowIDs[column] {
                    if seenIDs.insert(id).inserted { terms.append(term) }
                } else if seen.insert(term).inserted {
                    terms.append(term)
                }
            }
        }
        guard !terms.isEmpty else { return [:] }
        return try store.labels(of: terms, predicates: QueryEngine.labelPredicates)
    }

    func labels(for rows: [[Term?]], and extra: [Term] = []) throws -> [Term: [Literal]] {
        var seen = Set<Term>()
        var terms: [Term] = []
        for term in extra where seen.insert(term).inserted { terms.append(term) }
        for row in rows {
            for case let term? in row where term.iri != nil && seen.insert(term).inserted { terms.append(term) }
        }
        guard !terms.isEmpty else { return [:] }
        return try store.labels(of: terms, predicates: QueryEngine.labelPredicates)
    }

    // MARK: Describe

    /// A property group of `describe`: one property, read outgoing or incoming.
    private struct GroupKey: Hashable {
        let property: IRI
        let incoming: Bool
    }

    /// `GroupKey` by the property's id.
    private struct IDGroupKey: Hashable {
        let predicate: TermID
        let incoming: Bool
    }

    func describe(_ entity: Term, withSources: Bool) throws -> EntityDescription {
        // Each value with the ids of its fact when the store reads ids (`sources` then skips resolving them).
        var groups: [(property: IRI, incoming: Bool, values: [(term: Term, ids: TripleIDs?)])] = []
        // Groups by (property, direction) and the values each holds, for look-ups by hash instead of by scanning:
        // a much-linked entity has hundreds of values.
        var groupIndex: [GroupKey: Int] = [:]
        var groupValues: [Set<Term>] = []
        var types: [IRI] = []
        if store.providesTermIDs {
            // The entity's facts as ids: distinct triples, so a group never holds a value twice; a property is
            // found by its id, and each term is decoded once (the store remembers them for the snapshot).
            var idGroups: [IDGroupKey: Int] = [:]
            func add(_ predicate: TermID, _ incoming: Bool, _ value: TermID, _ ids: TripleIDs) throws {
                let key = IDGroupKey(predicate: predicate, incoming: incoming)
                let i: Int
                if let known = idGroups[key] { i = known } else {
                    guard let property = try store.term(forID: predicate).iri else { return }
                    i = groups.count
                    idGroups[key] = i
                    groups.append((property, incoming, []))
                }
                let term = try store.term(forID: value)
                groups[i].values.append((term, ids))
                if !incoming, groups[i].property == RDF.type, let t = term.iri, !types.contains(t) { types.append(t) }
            }
            if let id = try store.termID(of: entity) {
                if entity.isResource {
                    for fact in try store.tripleIDs(subject: id, predicate: nil, object: nil) { try add(fact.predicate, false, fact.object, fact) }
                }
                for fact in try store.tripleIDs(subject: nil, predicate: nil, object: id) { try add(fact.predicate, true, fact.subject, fact) }
            }
        } else {
            func add(_ property: IRI, _ incoming: Bool, _ value: Term) {
                let key = GroupKey(property: property, incoming: incoming)
                if let i = groupIndex[key] {
                    if groupValues[i].insert(value).inserted { groups[i].values.append((value, nil)) }
                } else {
                    groupIndex[key] = groups.count
                    groups.append((property, incoming, [(value, nil)]))
                    groupValues.append([value])
                }
            }
            for fact in try store.triples(subject: entity, predicate: nil, object: nil) {
                if fact.predicate == RDF.type, let t = fact.object.iri, !types.contains(t) { types.append(t) }
                add(fact.predicate, false, fact.object)
            }
            for fact in try store.triples(subject: nil, predicate: nil, object: entity) { add(fact.predicate, true, fact.subject) }
        }
        var properties: [EntityDescription.PropertyGroup] = []
        for group in groups {
            var values: [EntityDescription.Value] = []
            for (value, ids) in group.values.sorted(by: { TermOrder.precedes($0.term, $1.term) }) {
                let fact = group.incoming ? Triple(value, group.property, entity) : Triple(entity, group.property, value)
                values.append(EntityDescription.Value(term: value, sources: withSources ? try sources(of: fact, ids: ids) : []))
            }
            let name = (group.incoming ? "^" : "") + terms.shortName(group.property)
            properties.append(EntityDescription.PropertyGroup(property: group.property, name: name, incoming: group.incoming, values: values))
        }
        properties.sort { ($0.incoming ? 1 : 0, $0.name) < ($1.incoming ? 1 : 0, $1.name) }
        var valueLabels = try labels(for: properties.map { group in group.values.map { Optional($0.term) } }, and: [entity])
        let entityLabels = valueLabels[entity] ?? []
        // The entity itself is a key only when one of its own values (a self-reference) is it, as before.
        if !properties.contains(where: { $0.values.contains { $0.term == entity } }) { valueLabels[entity] = nil }
        return EntityDescription(entity: entity, labels: entityLabels, types: types, properties: properties,
                                 valueLabels: valueLabels)
    }
}
