import KheshtGraph

/// Where one fact of an answer was read: the article, the sentence, the characters, the rule.
public struct Source: Hashable, Sendable {
    /// The fact (a triple the row's patterns matched).
    public let fact: Triple
    public let article: IRI
    public let sentenceIndex: Int
    /// Half-open character span `charStart..<charEnd` in the article's original text.
    public let charStart: Int
    public let charEnd: Int
    public let ruleId: String
    public let confidence: Double
}

/// The answer of a `find` query: named columns and rows of terms (nil where an optional part found nothing).
public struct ResultTable: Sendable {
    /// Column names, without the `?`.
    public let columns: [String]
    public let rows: [[Term?]]
    /// Per row, the sources of the facts that produced it; nil unless the query said `with sources`.
    public let sources: [[Source]]?
    /// Display labels of the IRIs in the rows (`rdfs:label`, `skos:prefLabel`, `schema:name`), for renderers.
    public let labels: [Term: [Literal]]

    /// The best label of `term` for a reader of `language` ("fa" or "en"), falling back to any label.
    public func label(of term: Term, preferring language: String = "fa") -> String? {
        guard let all = labels[term], !all.isEmpty else { return nil }
        return (all.first { $0.language == language } ?? all.first { $0.language == nil } ?? all[0]).lexicalForm
    }
}

/// Everything known about one entity, grouped by property.
public struct EntityDescription: Sendable {
    public struct Value: Sendable {
        public let term: Term
        public let sources: [Source]
    }

    public struct PropertyGroup: Sendable {
        public let property: IRI
        /// Short name (`location`), or `^location` for facts where the entity is the value.
        public let name: String
        /// True for incoming facts (`?x location ENTITY`).
        public let incoming: Bool
        public let values: [Value]
    }

    public let entity: Term
    public let labels: [Literal]
    public let types: [IRI]
    public let properties: [PropertyGroup]
    /// Labels of the IRIs among the values, for renderers.
    public let valueLabels: [Term: [Literal]]
}

/// One step of an executed plan, with the planner's estimate and the rows it actually produced.
public struct PlanStep: Sendable {
    public let label: String
    public let estimatedRows: Int
    public let actualRows: Int
    /// Sub-plans: optional parts, union branches, negations.
    public let children: [(title: String, steps: [PlanStep])]
}

/// The plan of a query as run by `explain`.
public struct QueryPlan: Sendable, CustomStringConvertible {
    /// Steps in execution order (the first reads the store first).
    public let steps: [PlanStep]
    /// Operations after the pattern: grouping, ordering, distinct, limit, sources.
    public let finishing: [String]
    public let resultRows: Int

    public var description: String {
        var lines: [String] = []
        func render(_ steps: [PlanStep], indent: String) {
            for step in steps {
                lines.append("\(indent)\(step.label)  [est \(step.estimatedRows), actual \(step.actualRows)]")
                for child in step.children {
                    lines.append("\(indent)  \(child.title):")
                    render(child.steps, indent: indent + "    ")
                }
            }
        }
        render(steps, indent: "")
        for f in finishing { lines.append(f) }
        lines.append("→ \(resultRows) row\(resultRows == 1 ? "" : "s")")
        return lines.joined(separator: "\n")
    }
}

/// What `QueryEngine.run` returns.
public enum QueryResult: Sendable {
    case table(ResultTable)
    case description([EntityDescription])
    case plan(QueryPlan)
    /// `explain sparql`: the equivalent SPARQL 1.1 query.
    case sparql(String)

    public var table: ResultTable? { if case .table(let t) = self { t } else { nil } }
}
