import KheshtText
import KheshtGraph
import KheshtQuery

/// Aligned columns in a box, for people at a terminal.
///
/// Widths are counted in terminal cells per grapheme (`DisplayWidth`), every right-to-left value sits in its own
/// bidi isolate with the padding outside it (`BidiIsolation`), entities show their labels rather than IRIs, and
/// `xsd:date` values show the Jalali date beside the Gregorian one. With sources, rows are numbered and each
/// row's sources are listed under the table.
public struct TableRenderer: ResultRenderer {
    public init() {}

    public func render(_ table: ResultTable, in context: RenderContext) -> String {
        let terms = TermDisplay(preferredLanguage: context.preferredLanguage,
                                labels: table.labels.merging(context.labels) { a, _ in a })
        let numbered = table.sources != nil
        var header = table.columns
        var cells: [[String]] = table.rows.map { row in row.map { CellLayout.fit(terms.cell($0), width: context.maxColumnWidth) } }
        var rightAligned = table.columns.indices.map { column in
            !table.rows.isEmpty && table.rows.allSatisfy { $0[column] == nil || TermDisplay.isNumeric($0[column]) }
        }
        if numbered {
            header.insert("#", at: 0)
            for i in cells.indices { cells[i].insert(String(i + 1), at: 0) }
            rightAligned.insert(true, at: 0)
        }
        var out = box(header: header, rows: cells, rightAligned: rightAligned, style: context.style)
        let count = table.rows.count
        out += context.style.dim("\(count) row\(count == 1 ? "" : "s")") + "\n"
        if let sources = table.sources {
            let display = SourceDisplay(headlines: context.headlines, terms: terms)
            out += context.style.header("sources") + "\n"
            for (i, rowSources) in sources.enumerated() {
                if rowSources.isEmpty {
                    out += "  [\(i + 1)] " + context.style.dim("no recorded source (loaded as plain RDF)") + "\n"
                }
                for group in display.grouped(rowSources) {
                    out += "  [\(i + 1)] \(display.fact(group[0]))\n"
                    out += "      ↳ \(display.line(group))\n"
                }
            }
        }
        return out
    }

    public func render(_ descriptions: [EntityDescription], in context: RenderContext) -> String {
        var out = ""
        for (n, description) in descriptions.enumerated() {
            var labels = context.labels
            labels[description.entity] = description.labels
            let terms = TermDisplay(preferredLanguage: context.preferredLanguage, labels: labels)
            let display = SourceDisplay(headlines: context.headlines, terms: terms)
            if n > 0 { out += "\n" }
            let name = terms.cell(description.entity)
            let iri = description.entity.iri.map { "<\($0.value)>" } ?? description.entity.ntriples
            out += context.style.header(name) + "  " + context.style.dim(iri) + "\n"
            var rows: [(String, String, [Source])] = []
            if !description.types.isEmpty {
                rows.append(("type", description.types.map { OntologyTerms.standard.shortName($0) }.joined(separator: ", "), []))
            }
            let otherLabels = description.labels.map { literal in
                BidiIsolation.isolate(literal.lexicalForm) + (literal.language.map { "@\($0)" } ?? "")
            }
            if !otherLabels.isEmpty { rows.append(("labels", otherLabels.joined(separator: ", "), [])) }
            for group in description.properties where group.property != RDF.type && !LabelPredicatesShown.contains(group.property, group.incoming) {
                for value in group.values {
                    rows.append((group.name, CellLayout.fit(terms.cell(value.term), width: context.maxColumnWidth * 2), value.sources))
                }
            }
            let keyWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
            var previousKey = ""
            for (key, value, sources) in rows {
                let shownKey = key == previousKey ? "" : key
                previousKey = key
                out += "  " + context.style.emphasis(CellLayout.pad(shownKey, to: keyWidth)) + "  " + value + "\n"
                for group in display.grouped(sources) {
                    out += "  " + String(repeating: " ", count: keyWidth) + "    ↳ " + display.line(group) + "\n"
                }
            }
        }
        if descriptions.isEmpty { out = context.style.dim("nothing to describe") + "\n" }
        return out
    }

    /// The box: a header row, a rule, the rows, each column as wide as its widest cell.
    func box(header: [String], rows: [[String]], rightAligned: [Bool], style: TerminalStyle) -> String {
        let widths = header.indices.map { column in
            max(DisplayWidth.of(header[column]), rows.map { DisplayWidth.of($0[column]) }.max() ?? 0)
        }
        func rule(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }
        func line(_ cells: [String], header: Bool) -> String {
            let inner = cells.indices.map { column in
                let padded = CellLayout.pad(cells[column], to: widths[column], alignRight: !header && rightAligned[column])
                return " " + (header ? style.header(padded) : padded) + " "
            }
            return "│" + inner.joined(separator: "│") + "│\n"
        }
        var out = rule("┌", "┬", "┐")
        out += line(header, header: true)
        out += rule("├", "┼", "┤")
        for row in rows { out += line(row, header: false) }
        out += rule("└", "┴", "┘")
        return out
    }
}

/// Label properties are shown once, in the "labels" line of a description, not again among the properties.
enum LabelPredicatesShown {
    static func contains(_ property: IRI, _ incoming: Bool) -> Bool {
        !incoming && (property == RDFS.label || property == SKOS.prefLabel || property == Schema.name)
    }
}
