import KheshtQuery

/// Turns query results into text in one output format. Pure: everything it shows comes from its arguments.
public protocol ResultRenderer: Sendable {
    /// The rows of a `find` query.
    func render(_ table: ResultTable, in context: RenderContext) -> String
    /// The entities of a `describe` statement.
    func render(_ descriptions: [EntityDescription], in context: RenderContext) -> String
}

extension ResultRenderer {
    /// Any result: tables and descriptions in this format; plans and SPARQL text as readable text in every format.
    public func render(_ result: QueryResult, in context: RenderContext) -> String {
        switch result {
        case .table(let table): return render(table, in: context)
        case .description(let descriptions): return render(descriptions, in: context)
        case .plan(let plan): return PlanDisplay(style: context.style).render(plan)
        case .sparql(let text): return text.hasSuffix("\n") ? text : text + "\n"
        }
    }
}

/// The output formats of `khesht query --format` and the REPL's `.mode`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv, tsv

    public var renderer: any ResultRenderer {
        switch self {
        case .table: TableRenderer()
        case .json: JSONRenderer()
        case .csv: DelimitedRenderer.csv
        case .tsv: DelimitedRenderer.tsv
        }
    }
}
