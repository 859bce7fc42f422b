import KheshtGraph
import KheshtQuery
import KheshtText

/// An array of objects, one per row, keyed by column name, for programs.
///
/// Entities are `{"iri": …, "label": …, "labels": {"fa": …, "en": …}}`; literals `{"value": …}` with
/// `"datatype"` (numbers and booleans as JSON numbers and booleans) or `"language"`; `xsd:date` values carry
/// `"jalali"` too; an empty optional binding is `null`. With sources, each row has `"_sources"`.
public struct JSONRenderer: ResultRenderer {
    public init() {}

    public func render(_ table: ResultTable, in context: RenderContext) -> String {
        let terms = TermDisplay(preferredLanguage: context.preferredLanguage,
                                labels: table.labels.merging(context.labels) { a, _ in a })
        var rows: [JSONValue] = []
        for (i, row) in table.rows.enumerated() {
            var members = zip(table.columns, row).map { ($0.0, Self.json($0.1, terms)) }
            if let sources = table.sources {
                members.append(("_sources", .array(sources[i].map { Self.json($0, context, terms) })))
            }
            rows.append(.object(members))
        }
        return Self.lines(rows)
    }

    public func render(_ descriptions: [EntityDescription], in context: RenderContext) -> String {
        let items: [JSONValue] = descriptions.map { description in
            var labels = context.labels
            labels[description.entity] = description.labels
            let terms = TermDisplay(preferredLanguage: context.preferredLanguage, labels: labels)
            let properties: [JSONValue] = description.properties.map { group in
                .object([
                    ("property", .string(group.property.value)),
                    ("name", .string(group.name)),
                    ("incoming", .bool(group.incoming)),
                    ("values", .array(group.values.map { value in
                        var object = Self.json(value.term, terms)
                        if !value.sources.isEmpty, case .object(var members) = object {
                            members.append(("_sources", .array(value.sources.map { Self.json($0, context, terms) })))
                            object = .object(members)
                        }
                        return object
                    })),
                ])
            }
            return .object([
                ("entity", Self.json(description.entity, terms)),
                ("types", .array(description.types.map { .string($0.value) })),
                ("properties", .array(properties)),
            ])
        }
        return Self.lines(items)
    }

    /// One array element per line: readable, and still one JSON document.
    static func lines(_ items: [JSONValue]) -> String {
        guard !items.isEmpty else { return "[]\n" }
        return "[\n" + items.map { "  " + $0.compact }.joined(separator: ",\n") + "\n]\n"
    }

    static func json(_ term: Term?, _ terms: TermDisplay) -> JSONValue {
        guard let term else { return .null }
        switch term {
        case .iri(let iri):
            var members: [(String, JSONValue)] = [("iri", .string(iri.value))]
            if let pair = terms.labelPair(of: term) {
                members.append(("label", .string(pair.primary)))
                var byLanguage: [(String, JSONValue)] = []
                for literal in terms.labels[term] ?? [] {
                    let key = literal.language ?? ""
                    if !byLanguage.contains(where: { $0.0 == key }) { byLanguage.append((key, .string(literal.lexicalForm))) }
                }
                members.append(("labels", .object(byLanguage)))
            }
            return .object(members)
        case .blank(let node):
            return .object([("blank", .string(node.label))])
        case .literal(let literal):
            if let language = literal.language {
                return .object([("value", .string(literal.lexicalForm)), ("language", .string(language))])
            }
            var value = JSONValue.string(literal.lexicalForm)
            if TermDisplay.isNumeric(term), let number = JSONValue.number(fromLexical: literal.lexicalForm) {
                value = number
            } else if literal.datatype == XSD.boolean, ["true", "false", "1", "0"].contains(literal.lexicalForm) {
                value = .bool(literal.lexicalForm == "true" || literal.lexicalForm == "1")
            }
            var members: [(String, JSONValue)] = [("value", value)]
            if literal.datatype != XSD.string { members.append(("datatype", .string(literal.datatype.value))) }
            if literal.datatype == XSD.date, let jalali = JalaliText.iso(ofDate: literal.lexicalForm) {
                members.append(("jalali", .string(jalali)))
            }
            return .object(members)
        }
    }

    static func json(_ source: Source, _ context: RenderContext, _ terms: TermDisplay) -> JSONValue {
        var members: [(String, JSONValue)] = [("article", .string(source.article.value))]
        if let headline = context.headlines[source.article] { members.append(("headline", .string(headline))) }
        members += [
            ("sentence", .integer(source.sentenceIndex)),
            ("start", .integer(source.charStart)),
            ("end", .integer(source.charEnd)),
            ("rule", .string(source.ruleId)),
            ("confidence", JSONValue.number(fromLexical: String(source.confidence)) ?? .null),
            ("fact", .object([
                ("subject", json(source.fact.subject, terms)),
                ("predicate", .string(source.fact.predicate.value)),
                ("object", json(source.fact.object, terms)),
            ])),
        ]
        return .object(members)
    }
}
