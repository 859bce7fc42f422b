import KheshtGraph
import KheshtText

/// Writes a bound query as SPARQL 1.1 text with the same answers over a store whose default graph is the RDF
/// merge of the article graphs (a set of triples: a fact stated by two articles matches once). A store that
/// instead unions graphs as a bag (oxigraph's `use_default_graph_as_union`) repeats such facts in the answers.
///
/// Two parts of the language have no SPARQL built-in and are spelled out:
/// - date intervals: a data value's first and last day are computed from its lexical form
///   (`2019-11` → "2019-11-01" and "2019-11-31", the second being a string that sorts after every real day of the
///   month and before the next month), then compared as strings with the query date's real bounds;
/// - text folding (`contains`, quoted strings in literal positions): `TextNormalizer.matchKey` as a chain of
///   `REPLACE`s over the same character classes, then `LCASE`.
///
/// Related spec: SPARQL 1.1 Query Language §19 (grammar), §17.4 (functions).
struct SPARQLWriter {
    let terms: OntologyTerms
    private var usedPrefixes = Set<String>()

    init(terms: OntologyTerms) { self.terms = terms }

    private final class State {
        var prefixes = Set<String>()
        var valuesCounter = 0
        var names: [String]
        init(names: [String]) { self.names = names }
    }

    func write(_ query: BoundFind) throws -> String {
        let state = State(names: query.variableNames)
        var body: [String] = []
        try writeGroup(query.group, indent: "  ", state: state, into: &body)

        var select = "SELECT "
        if query.distinct { select += "DISTINCT " }
        let aggregateOf = Dictionary(uniqueKeysWithValues: query.aggregates.map { ($0.output, $0) })
        select += query.columns.map { column in
            if let a = aggregateOf[column.slot] {
                let argument = a.argument.map { "?" + state.names[$0] } ?? "*"
                return "(\(a.function.rawValue.uppercased())(\(a.distinct ? "DISTINCT " : "")\(argument)) AS ?\(column.name))"
            }
            return "?" + column.name
        }.joined(separator: " ")

        var lines: [String] = []
        for ns in Namespace.all where state.prefixes.contains(ns.prefix) {
            lines.append("PREFIX \(ns.prefix): <\(ns.iri)>")
        }
        lines.append(select + " WHERE {")
        lines += body
        lines.append("}")
        if !query.groupBy.isEmpty { lines.append("GROUP BY " + query.groupBy.map { "?" + state.names[$0] }.joined(separator: " ")) }
        if !query.orderBy.isEmpty {
            lines.append("ORDER BY " + query.orderBy.map { $0.descending ? "DESC(?\(state.names[$0.slot]))" : "ASC(?\(state.names[$0.slot]))" }.joined(separator: " "))
        }
        if let limit = query.limit { lines.append("LIMIT \(limit)") }
        if let offset = query.offset { lines.append("OFFSET \(offset)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func writeGroup(_ group: BoundGroup, indent: String, state: State, into out: inout [String]) throws {
        for triple in group.triples {
            // The engine answers a pattern once per distinct binding of its variables, so an entity typed both
            // kh:AwardCeremony and schema:Event matches `a Event` once; a VALUES join alone would answer twice.
            let variables = triple.variables.reduce(into: [String]()) { names, v in
                if !names.contains("?" + state.names[v]) { names.append("?" + state.names[v]) }
            }
            let distinct = triple.path.simpleLink != nil && !variables.isEmpty
                && [triple.subject, triple.object].contains { if case .constants(let ts) = $0 { ts.count > 1 } else { false } }
            let inner = distinct ? indent + "  " : indent
            if distinct { out.append("\(indent){ SELECT DISTINCT \(variables.joined(separator: " ")) WHERE {") }
            let s = try slot(triple.subject, indent: inner, state: state, into: &out)
            let o = try slot(triple.object, indent: inner, state: state, into: &out)
            out.append("\(inner)\(s) \(try path(triple.path, state: state, top: true)) \(o) .")
            if distinct { out.append("\(indent)} }") }
        }
        for part in group.parts {
            switch part {
            case .optional(let sub):
                out.append("\(indent)OPTIONAL {")
                try writeGroup(sub, indent: indent + "  ", state: state, into: &out)
                out.append("\(indent)}")
            case .union(let branches):
                for (i, branch) in branches.enumerated() {
                    out.append(indent + (i == 0 ? "{" : "UNION {"))
                    try writeGroup(branch, indent: indent + "  ", state: state, into: &out)
                    out.append("\(indent)}")
                }
            }
        }
        for filter in group.filters {
            out.append("\(indent)FILTER (\(try expression(filter, state: state)))")
        }
        for negation in group.negations {
            out.append("\(indent)FILTER NOT EXISTS {")
            try writeGroup(negation, indent: indent + "  ", state: state, into: &out)
            out.append("\(indent)}")
        }
    }

    /// A variable, one constant, or a fresh variable restricted by `VALUES` to several constants.
    private func slot(_ slot: Slot, indent: String, state: State, into out: inout [String]) throws -> String {
        switch slot {
        case .variable(let v): return "?" + state.names[v]
        case .constants(let ts):
            if ts.count == 1 { return try term(ts[0], state: state) }
            state.valuesCounter += 1
            var name = "_v\(state.valuesCounter)"
            while state.names.contains(name) { state.valuesCounter += 1; name = "_v\(state.valuesCounter)" }
            state.names.append(name)
            out.append("\(indent)VALUES ?\(name) { " + (try ts.map { try term($0, state: state) }).joined(separator: " ") + " }")
            return "?" + name
        }
    }

    private func path(_ path: BoundPath, state: State, top: Bool = false) throws -> String {
        switch path {
        case .link(let iri): return iri == RDF.type && top ? "a" : try self.iri(iri, state: state)
        case .inverse(let p): return "^" + (try wrapped(p, state: state))
        case .sequence(let ps): return "(" + (try ps.map { try self.path($0, state: state) }).joined(separator: "/") + ")"
        case .alternative(let ps): return "(" + (try ps.map { try self.path($0, state: state) }).joined(separator: "|") + ")"
        case .oneOrMore(let p): return try wrapped(p, state: state) + "+"
        case .zeroOrMore(let p): return try wrapped(p, state: state) + "*"
        case .zeroOrOne(let p): return try wrapped(p, state: state) + "?"
        }
    }

    private func wrapped(_ p: BoundPath, state: State) throws -> String {
        if case .link = p { return try path(p, state: state) }
        let inner = try path(p, state: state)
        return inner.hasPrefix("(") ? inner : "(" + inner + ")"
    }

    // MARK: Terms

    private func iri(_ iri: IRI, state: State) throws -> String {
        if let bad = IRI.firstForbiddenCharacter(in: iri.value) {
            throw GraphError.invalidIRI(iri.value, reason: "character \(bad) cannot be written in SPARQL")
        }
        if let prefixed = OntologyTerms.prefixed(iri), let colon = prefixed.firstIndex(of: ":") {
            state.prefixes.insert(String(prefixed[..<colon]))
            return prefixed
        }
        return "<\(iri.value)>"
    }

    private func term(_ term: Term, state: State) throws -> String {
        switch term {
        case .iri(let i): return try iri(i, state: state)
        case .blank(let b):
            // A blank node in a query is a variable; a stored blank node cannot be named from SPARQL.
            throw GraphError.invalidIRI("_:" + b.label, reason: "a blank node cannot be named in a SPARQL query")
        case .literal(let l):
            let quoted = "\"" + SPARQLWriter.escape(l.lexicalForm) + "\""
            if let language = l.language { return quoted + "@" + language }
            if l.datatype == XSD.string { return quoted }
            return quoted + "^^" + (try iri(l.datatype, state: state))
        }
    }

    /// SPARQL string escaping (STRING_LITERAL_QUOTE, ECHAR): backslash first, then the quote, LF and CR.
    static func escape(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\")
            .replacingAll("\"", with: "\\\"")
            .replacingAll("\n", with: "\\n")
            .replacingAll("\r", with: "\\r")
    }

    private func string(_ text: String) -> String { "\"" + SPARQLWriter.escape(text) + "\"" }

    // MARK: Expressions

    private func expression(_ e: BoundExpression, state: State) throws -> String {
        switch e {
        case .variable(let v): return "?" + state.names[v]
        case .constant(let t): return try term(t, state: state)
        case .date(let d): return string(DayInterval.isoDay(d.first))
        case .and(let a, let b): return "(\(try expression(a, state: state)) && \(try expression(b, state: state)))"
        case .or(let a, let b): return "(\(try expression(a, state: state)) || \(try expression(b, state: state)))"
        case .not(let a): return "!(\(try expression(a, state: state)))"
        case .compare(let op, let a, let b):
            if case .date(let right) = b { return try dateCompare(op, value: a, right, constantOnLeft: false, state: state) }
            if case .date(let left) = a { return try dateCompare(op, value: b, left, constantOnLeft: true, state: state) }
            return "(\(try expression(a, state: state)) \(op) \(try expression(b, state: state)))"
        case .within(let a, let d):
            let x = try expression(a, state: state)
            return "(\(isDate(x)) && \(start(x)) >= \(day(d.first)) && \(end(x)) < \(day(d.last + 1)))"
        case .between(let a, let lo, let hi):
            let x = try expression(a, state: state)
            return "(\(isDate(x)) && \(start(x)) >= \(day(lo.first)) && \(end(x)) < \(day(hi.last + 1)))"
        case .textEquals(let a, let text):
            let x = try expression(a, state: state)
            return "(isLiteral(\(x)) && \(SPARQLWriter.fold("STR(\(x))")) = \(string(TextNormalizer.matchKey(text))))"
        case .call(let name, let args):
            let xs = try args.map { try expression($0, state: state) }
            switch name {
            case "bound": return "BOUND(\(xs[0]))"
            case "lang": return "LANG(\(xs[0]))"
            case "str": return "STR(\(xs[0]))"
            case "isiri": return "isIRI(\(xs[0]))"
            case "isliteral": return "isLiteral(\(xs[0]))"
            default:
                let function = ["contains": "CONTAINS", "startswith": "STRSTARTS", "endswith": "STRENDS"][name] ?? name.uppercased()
                let needle: String
                if case .constant(.literal(let l)) = args[1] { needle = string(TextNormalizer.matchKey(l.lexicalForm)) }
                else { needle = SPARQLWriter.fold("STR(\(xs[1]))") }
                return "(isLiteral(\(xs[0])) && isLiteral(\(xs[1])) && \(function)(\(SPARQLWriter.fold("STR(\(xs[0]))")), \(needle)))"
            }
        }
    }

    private func day(_ n: Int) -> String { string(DayInterval.isoDay(n)) }

    private func isDate(_ x: String) -> String {
        "DATATYPE(\(x)) IN (<\(XSD.date.value)>, <\(XSD.dateTime.value)>, <\(XSD.gYearMonth.value)>, <\(XSD.gYear.value)>)"
    }

    private func datePart(_ x: String) -> String { "SUBSTR(STR(\(x)), 1, 10)" }
    private func start(_ x: String) -> String { "CONCAT(\(datePart(x)), SUBSTR(\"0000-01-01\", STRLEN(\(datePart(x))) + 1))" }
    private func end(_ x: String) -> String { "CONCAT(\(datePart(x)), SUBSTR(\"9999-12-31\", STRLEN(\(datePart(x))) + 1))" }

    /// Interval comparison of a data value with a query date (see `ExpressionEvaluator.compareIntervals`).
    private func dateCompare(_ op: String, value: BoundExpression, _ d: DayInterval, constantOnLeft: Bool, state: State) throws -> String {
        let x = try expression(value, state: state)
        let s = start(x), e = end(x)
        let first = day(d.first), last = day(d.last), afterLast = day(d.last + 1)
        let equal = "\(s) = \(first) && \(e) >= \(last) && \(e) < \(afterLast)"
        let test: String
        switch (op, constantOnLeft) {
        case ("=", _): test = equal
        case ("!=", _): test = "!(\(equal))"
        case ("<", false): test = "\(e) < \(first)"
        case ("<=", false): test = "\(e) < \(afterLast)"
        case (">", false): test = "\(s) > \(last)"
        case (">=", false): test = "\(s) >= \(first)"
        case ("<", true): test = "\(s) > \(last)"
        case ("<=", true): test = "\(e) >= \(last)"
        case (">", true): test = "\(e) < \(first)"
        default: test = "\(s) <= \(first)"
        }
        return "(\(isDate(x)) && \(test))"
    }

    /// `TextNormalizer.matchKey` in SPARQL: the same letter, digit, mark and space folding, then LCASE.
    static func fold(_ x: String) -> String {
        var e = x
        let replacements: [(String, String)] = [
            ("[\\u064A\\u0649\\u06CC\\u0626]", "\u{06CC}"),
            ("[\\u0643\\u06A9]", "\u{06A9}"),
            ("[\\u0629\\u06C0]", "\u{0647}"),
            ("[\\u0623\\u0625\\u0671]", "\u{0627}"),
            ("\\u0624", "\u{0648}"),
        ] + (0...9).map { d in
            ("[\\u06F\(d)\\u066\(d)]", String(d))
        } + [
            ("[\\u064B-\\u065F\\u0670\\u0640\\u200B-\\u200F\\uFEFF]", ""),
            ("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+", " "),
            ("^ | $", ""),
        ]
        for (pattern, replacement) in replacements {
            // \u escapes are resolved by the SPARQL parser before the regex engine sees the pattern; \s stays a
            // regex class, so its backslash is doubled for the string literal.
            let literal = pattern.replacingAll("\\s", with: "\\\\s")
            e = "REPLACE(\(e), \"\(literal)\", \"\(escape(replacement))\")"
        }
        return "LCASE(\(e))"
    }
}

extension String {
    /// Replaces every occurrence of `target` (this target avoids Foundation's `replacingOccurrences`).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
