import KheshtGraph
import KheshtQuery

/// A result as a grid of plain strings, for spreadsheet formats.
///
/// A column holding entities gets a companion `<column>_iri` column right after it: the label is what a person
/// reads in a spreadsheet, the IRI is what joins with other data. With sources, a last `sources` column lists them.
struct FlatTable {
    var header: [String]
    var rows: [[String]]

    init(_ table: ResultTable, context: RenderContext) {
        let terms = TermDisplay(preferredLanguage: context.preferredLanguage,
                                labels: table.labels.merging(context.labels) { a, _ in a })
        let hasIRIs = table.columns.indices.map { column in table.rows.contains { $0[column]?.iri != nil } }
        header = []
        for (column, name) in table.columns.enumerated() {
            header.append(name)
            if hasIRIs[column] { header.append(name + "_iri") }
        }
        if table.sources != nil { header.append("sources") }
        let display = SourceDisplay(headlines: context.headlines, terms: terms)
        rows = table.rows.enumerated().map { index, row in
            var out: [String] = []
            for (column, term) in row.enumerated() {
                out.append(terms.plain(term))
                if hasIRIs[column] { out.append(term?.iri?.value ?? "") }
            }
            if let sources = table.sources { out.append(display.compact(sources[index])) }
            return out
        }
    }

    /// One row per (entity, property, value), entities and values each with their IRI column.
    init(_ descriptions: [EntityDescription], context: RenderContext) {
        header = ["entity", "entity_iri", "property", "value", "value_iri"]
        let withSources = descriptions.contains { $0.properties.contains { $0.values.contains { !$0.sources.isEmpty } } }
        if withSources { header.append("sources") }
        rows = []
        for description in descriptions {
            var labels = context.labels
            labels[description.entity] = description.labels
            let terms = TermDisplay(preferredLanguage: context.preferredLanguage, labels: labels)
            let display = SourceDisplay(headlines: context.headlines, terms: terms)
            for group in description.properties {
                for value in group.values {
                    var row = [terms.plain(description.entity), description.entity.iri?.value ?? "",
                               group.name, terms.plain(value.term), value.term.iri?.value ?? ""]
                    if withSources { row.append(display.compact(value.sources)) }
                    rows.append(row)
                }
            }
        }
    }
}
