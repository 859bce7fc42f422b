import KheshtGraph
import KheshtStore
import KheshtText

/// Resolves a parsed query against the ontology and the store: short names to IRIs, class names to classes and
/// their subclasses, quoted names to entities (by any label or alias, via `GraphStore.entities(withLabel:)`),
/// variables to row slots. An unknown name is an error with ranked suggestions, never a silent empty answer.
struct Binder {
    let store: any GraphStore
    let terms: OntologyTerms
    let reporter: ErrorReporter

    private var variableNames: [String] = []
    private var slotOf: [String: Int] = [:]
    private var generated = 0
    /// Slots of desugared constraints: never visible to the user's filters or projection.
    private var hiddenSlots = Set<Int>()
    private let resolvedNames = NameMemo()

    init(store: any GraphStore, terms: OntologyTerms, text: String) {
        self.store = store
        self.terms = terms
        self.reporter = ErrorReporter(text: text)
    }

    // MARK: Find

    mutating func bind(_ query: FindQuery) throws(QueryError) -> BoundFind {
        collectVariables(query.pattern)
        let userVariableCount = variableNames.count
        let group = try bind(query.pattern)

        var columns: [(String, Int)] = []
        var aggregates: [BoundAggregate] = []
        var aggregated = !query.groupBy.isEmpty
        var groupBy: [Int] = []
        for v in query.groupBy { groupBy.append(try existingSlot(v)) }

        if query.projection.isEmpty {
            guard !aggregated else {
                throw reporter.error("find * cannot be used with group by", at: query.groupBy[0].token,
                                     expected: "the grouped variables and aggregates to show, like find ?venue (count(?e) as ?n)")
            }
            columns = (0..<userVariableCount).map { (variableNames[$0], $0) }
        }
        for item in query.projection {
            switch item {
            case .variable(let v):
                columns.append((v.name, try existingSlot(v)))
            case .aggregate(let node, let alias):
                aggregated = true
                let argument = try node.argument.map { v throws(QueryError) in try existingSlot(v) }
                let name = alias?.name ?? uniqueName(node.function.rawValue)
                if let alias, slotOf[alias.name] != nil {
                    throw reporter.error("?\(alias.name) is already a variable of the pattern", at: alias.token,
                                         expected: "a new name for the aggregate")
                }
                let output = newSlot(name)
                aggregates.append(BoundAggregate(function: node.function, distinct: node.distinct, argument: argument, output: output))
                columns.append((name, output))
            }
        }
        if aggregated {
            for item in query.projection {
                if case .variable(let v) = item, !groupBy.contains(slotOf[v.name]!) {
                    throw reporter.error("?\(v.name) is shown but not grouped", at: v.token,
                                         expected: "add it to group by, or wrap it in an aggregate like sample(?\(v.name))")
                }
            }
        }
        var orderBy: [(Int, Bool)] = []
        for key in query.orderBy { orderBy.append((try existingSlot(key.variable), key.descending)) }
        return BoundFind(variableNames: variableNames, columns: columns, group: group, distinct: query.distinct,
                         aggregated: aggregated, groupBy: groupBy, aggregates: aggregates, orderBy: orderBy,
                         limit: query.limit, offset: query.offset, withSources: query.withSources)
    }

    // MARK: Describe

    func bindDescribe(_ query: DescribeQuery) throws(QueryError) -> [Term] {
        switch query.target {
        case .entity(let name, let token), .quoted(let name, let token): return try entities(named: name, token: token)
        case .name(let node): return [.iri(try resolveIRI(node))]
        default: throw reporter.error("describe needs an entity", at: query.target.token, expected: "a quoted name")
        }
    }

    // MARK: Variables

    private mutating func collectVariables(_ group: GroupPattern) {
        for element in group.elements {
            switch element {
            case .triple(let t):
                for term in [t.subject, t.object] { if case .variable(let v) = term { _ = slot(v.name) } }
            case .optional(let g), .not(let g, _): collectVariables(g)
            case .union(let gs): gs.forEach { collectVariables($0) }
            case .filter: break
            }
        }
    }

    private mutating func slot(_ name: String) -> Int {
        if let s = slotOf[name] { return s }
        return newSlot(name)
    }

    private mutating func newSlot(_ name: String) -> Int {
        variableNames.append(name)
        slotOf[name] = variableNames.count - 1
        return variableNames.count - 1
    }

    private func uniqueName(_ base: String) -> String {
        var name = base
        var n = 1
        while slotOf[name] != nil { n += 1; name = "\(base)\(n)" }
        return name
    }

    /// A hidden variable for desugared constraints; its name cannot clash with the user's.
    private mutating func hiddenSlot() -> Int {
        generated += 1
        let s = newSlot(uniqueName("_k\(generated)"))
        hiddenSlots.insert(s)
        return s
    }

    private func existingSlot(_ v: VariableNode) throws(QueryError) -> Int {
        if let s = slotOf[v.name], !hiddenSlots.contains(s) { return s }
        let visible = slotOf.filter { !hiddenSlots.contains($0.value) }.keys
        throw reporter.error("unknown variable ?\(v.name)", at: v.token,
                             expected: "a variable used in the where pattern",
                             suggestions: NameSuggester.rank(v.name, among: visible.map { ("?" + $0, $0) }, limit: 3, nearestFallback: true))
    }

    // MARK: Patterns

    private mutating func bind(_ pattern: GroupPattern) throws(QueryError) -> BoundGroup {
        var group = BoundGroup()
        for element in pattern.elements {
            switch element {
            case .triple(let t): try bindTriple(t, into: &group)
            case .filter(let e): group.filters.append(try bindExpression(e))
            case .optional(let g): group.parts.append(.optional(try bind(g)))
            case .not(let g, _): group.negations.append(try bind(g))
            case .union(let gs):
                var branches: [BoundGroup] = []
                for g in gs { branches.append(try bind(g)) }
                if branches.count == 1 {
                    // A bare nested group joins like its contents.
                    group.triples += branches[0].triples
                    group.filters += branches[0].filters
                    group.parts += branches[0].parts
                    group.negations += branches[0].negations
                } else {
                    group.parts.append(.union(branches))
                }
            }
        }
        return group
    }

    private mutating func bindTriple(_ t: TriplePatternNode, into group: inout BoundGroup) throws(QueryError) {
        let subject = try bindSubject(t.subject)
        switch t.predicate {
        case .type:
            let object = try bindClass(t.object)
            group.triples.append(BoundTriple(subject: subject, path: .link(RDF.type), object: object))
        case .path(let node):
            let path = try bindPath(node)
            let entityValued = objectIsEntity(path)
            switch t.object {
            case .variable(let v):
                group.triples.append(BoundTriple(subject: subject, path: path, object: .variable(slot(v.name))))
            case .quoted(let text, let token) where entityValued:
                group.triples.append(BoundTriple(subject: subject, path: path, object: .constants(try entities(named: text, token: token))))
            case .quoted(let text, _):
                let hidden = hiddenSlot()
                group.triples.append(BoundTriple(subject: subject, path: path, object: .variable(hidden)))
                group.filters.append(.textEquals(.variable(hidden), text))
            case .date(let date):
                let hidden = hiddenSlot()
                group.triples.append(BoundTriple(subject: subject, path: path, object: .variable(hidden)))
                group.filters.append(.within(.variable(hidden), date.interval))
            default:
                let term = try bindConstant(t.object, position: "object")
                group.triples.append(BoundTriple(subject: subject, path: path, object: term))
            }
        }
    }

    private mutating func bindSubject(_ node: TermNode) throws(QueryError) -> Slot {
        switch node {
        case .variable(let v): return .variable(slot(v.name))
        case .quoted(let text, let token), .entity(let text, let token): return .constants(try entities(named: text, token: token))
        case .name(let name): return .constants([try resolveResource(name)])
        default:
            throw reporter.error("a subject must be a variable, an entity name or an IRI", at: node.token,
                                 expected: "a variable like ?e or a quoted entity name")
        }
    }

    private func bindConstant(_ node: TermNode, position: String) throws(QueryError) -> Slot {
        switch node {
        case .entity(let text, let token), .quoted(let text, let token): return .constants(try entities(named: text, token: token))
        case .literal(let text, let language, let datatype, let token):
            if let language {
                guard Literal.isValidLanguageTag(language) else {
                    throw reporter.error("invalid language tag @\(language)", at: token, expected: "a tag like @fa or @en")
                }
                return .constants([.text(text, language: language)])
            }
            if let datatype { return .constants([.typed(text, try resolveIRI(datatype))]) }
            return .constants([.string(text)])
        case .number(let n, _):
            return .constants([.typed(n, n.contains(".") ? XSD.decimal : XSD.integer)])
        case .name(let name): return .constants([try resolveResource(name)])
        case .variable, .date:
            throw reporter.error("unexpected \(position)", at: node.token, expected: "a constant")
        }
    }

    /// A bare word in a term position names a class (`?x type Person`); prefixed names and IRIs are resources.
    private func resolveResource(_ name: NameNode) throws(QueryError) -> Term {
        if case .short(let word) = name.form {
            if let c = terms.class(named: word) { return .iri(c.iri) }
            throw reporter.error("unknown name '\(word)'", at: name.token,
                                 expected: "an entity name in quotes (\"\(word)\"), a variable, or a class name",
                                 suggestions: classSuggestions(word))
        }
        return .iri(try resolveIRI(name))
    }

    private func bindClass(_ node: TermNode) throws(QueryError) -> Slot {
        switch node {
        case .variable(let v): return .variable(slotOf[v.name]!)
        case .name(let name):
            if case .short(let word) = name.form {
                guard let c = terms.class(named: word) else {
                    throw reporter.error("unknown class '\(word)'", at: name.token, expected: "a class name like Event, Person or AwardCeremony",
                                         suggestions: classSuggestions(word))
                }
                return .constants([.iri(c.iri)] + c.subclasses.map(Term.iri))
            }
            let iri = try resolveIRI(name)
            let subclasses = terms.class(iri: iri)?.subclasses ?? []
            return .constants([.iri(iri)] + subclasses.map(Term.iri))
        case .quoted(let text, let token):
            guard let c = terms.class(named: text) else {
                throw reporter.error("unknown class \"\(text)\"", at: token, expected: "a class name like رویداد or Event",
                                     suggestions: classSuggestions(text))
            }
            return .constants([.iri(c.iri)] + c.subclasses.map(Term.iri))
        default:
            throw reporter.error("expected a class after 'a'", at: node.token, expected: "a class name like Event or شخص")
        }
    }

    private func classSuggestions(_ word: String) -> [String] {
        NameSuggester.rank(word, among: terms.classes.flatMap { c in [(c.name, c.name)] + c.persian.map { ($0, $0) } })
    }

    // MARK: Names

    private func bindPath(_ node: PathNode) throws(QueryError) -> BoundPath {
        switch node {
        case .property(let name): return .link(try resolveProperty(name))
        case .inverse(let p): return .inverse(try bindPath(p))
        case .sequence(let ps): var out: [BoundPath] = []; for p in ps { out.append(try bindPath(p)) }; return .sequence(out)
        case .alternative(let ps): var out: [BoundPath] = []; for p in ps { out.append(try bindPath(p)) }; return .alternative(out)
        case .oneOrMore(let p): return .oneOrMore(try bindPath(p))
        case .zeroOrMore(let p): return .zeroOrMore(try bindPath(p))
        case .zeroOrOne(let p): return .zeroOrOne(try bindPath(p))
        }
    }

    /// Whether the values at the end of `path` are entities, which decides how a quoted string there is read.
    private func objectIsEntity(_ path: BoundPath) -> Bool {
        switch path {
        case .link(let iri): terms.property(iri: iri)?.linksEntities ?? false
        case .inverse: true
        case .sequence(let ps): ps.last.map(objectIsEntity) ?? false
        case .alternative(let ps): ps.contains(where: objectIsEntity)
        case .oneOrMore(let p), .zeroOrMore(let p), .zeroOrOne(let p): objectIsEntity(p)
        }
    }

    private func resolveProperty(_ name: NameNode) throws(QueryError) -> IRI {
        if case .short(let word) = name.form {
            if let p = terms.property(named: word) { return p.iri }
            throw reporter.error("unknown property '\(word)'", at: name.token,
                                 expected: "a property name like location, startDate or speaker",
                                 suggestions: NameSuggester.rank(word, among: terms.properties.flatMap { p in
                                     [(p.name, p.name)] + p.persian.map { ($0, $0) }
                                 }))
        }
        return try resolveIRI(name)
    }

    func resolveIRI(_ name: NameNode) throws(QueryError) -> IRI {
        switch name.form {
        case .short(let word):
            throw reporter.error("expected a prefixed name or IRI", at: name.token, expected: "prefix:name or <IRI>", suggestions: [word])
        case .prefixed(let prefix, let local):
            guard let ns = Namespace.all.first(where: { $0.prefix == prefix }) else {
                throw reporter.error("unknown prefix '\(prefix):'", at: name.token, expected: "one of " + Namespace.all.map { $0.prefix + ":" }.joined(separator: " "),
                                     suggestions: NameSuggester.rank(prefix, among: Namespace.all.map { ($0.prefix + ":" + local, $0.prefix) }))
            }
            do { return try IRI(ns.iri + local) } catch {
                throw reporter.error("invalid IRI: \(error)", at: name.token, expected: "a valid local name")
            }
        case .iri(let text):
            do { return try IRI(text) } catch {
                throw reporter.error("invalid IRI: \(error)", at: name.token, expected: "an absolute IRI like <https://schema.org/location>")
            }
        }
    }

    /// Entities labelled `name` (any label or alias, Persian or English, folded by `labelKey`). A name the query
    /// writes several times (`"World Cities Day" establishedIn … optional { "World Cities Day" proposedBy … }`) is
    /// looked up once.
    func entities(named name: String, token: Token) throws(QueryError) -> [Term] {
        if let known = resolvedNames.entities[name] { return known }
        let found: [Term]
        do { found = try store.entities(withLabel: name) } catch {
            throw reporter.error("the store failed while looking up \"\(name)\": \(error)", at: token, expected: "a working store")
        }
        var seen = Set<Term>()
        let unique = found.filter { seen.insert($0).inserted }.sorted()
        if unique.isEmpty {
            throw reporter.error("no entity is named \"\(name)\"", at: token,
                                 expected: "the label or alias of a known entity, in Persian or English",
                                 suggestions: entitySuggestions(name))
        }
        resolvedNames.entities[name] = unique
        return unique
    }

    /// The entities each name resolved to while binding this query.
    private final class NameMemo {
        var entities: [String: [Term]] = [:]
    }

    /// Labels near `name`: those sharing its first letters (prefix lookup) plus a bounded scan of all labels.
    private func entitySuggestions(_ name: String) -> [String] {
        var candidates: [(String, String)] = []
        let key = TextNormalizer.labelKey(name)
        for length in [2, 1] where key.count >= length {
            if let hits = try? store.labels(withPrefix: String(key.prefix(length)), limit: 500) {
                candidates += hits.map { ($0.label, $0.label) }
            }
        }
        for predicate in [RDFS.label, SKOS.prefLabel, SKOS.altLabel, Schema.name] {
            guard let quads = try? store.match(predicate: predicate) else { continue }
            for quad in quads.prefix(20_000) {
                if let literal = quad.object.literal { candidates.append((literal.lexicalForm, literal.lexicalForm)) }
            }
        }
        return NameSuggester.rank(name, among: candidates)
    }

    // MARK: Expressions

    private mutating func bindExpression(_ node: ExpressionNode) throws(QueryError) -> BoundExpression {
        switch node {
        case .variable(let v): return .variable(try existingSlot(v))
        case .term(let term):
            switch term {
            case .variable(let v): return .variable(try existingSlot(v))
            case .date(let d): return .date(d.interval)
            case .quoted(let text, _): return .constant(.string(text))
            default:
                guard case .constants(let terms) = try bindConstant(term, position: "value"), let first = terms.first else {
                    throw reporter.error("expected a value", at: term.token, expected: "a constant")
                }
                if terms.count > 1 {
                    throw reporter.error("this name matches \(terms.count) entities", at: term.token,
                                         expected: "use it in the pattern instead of a filter")
                }
                return .constant(first)
            }
        case .binary(let op, let a, let b, _):
            let left = try bindExpression(a), right = try bindExpression(b)
            switch op {
            case "&&": return .and(left, right)
            case "||": return .or(left, right)
            default: return .compare(op, left, right)
            }
        case .not(let e, _): return .not(try bindExpression(e))
        case .call(let name, let args, let token):
            let arity = ["contains": 2, "startswith": 2, "endswith": 2][name] ?? 1
            guard args.count == arity else {
                throw reporter.error("\(name)() takes \(arity) argument\(arity == 1 ? "" : "s"), not \(args.count)", at: token,
                                     expected: arity == 1 ? "\(name)(?x)" : "\(name)(?x, \"text\")")
            }
            if name == "bound" {
                guard case .variable = args[0] else {
                    throw reporter.error("bound() takes a variable", at: token, expected: "bound(?x)")
                }
            }
            var bound: [BoundExpression] = []
            for a in args { bound.append(try bindExpression(a)) }
            return .call(name, bound)
        case .within(let e, let d, _): return .within(try bindExpression(e), d.interval)
        case .between(let e, let lo, let hi, _):
            return .between(try bindExpression(e), lo.interval, hi.interval)
        }
    }
}
