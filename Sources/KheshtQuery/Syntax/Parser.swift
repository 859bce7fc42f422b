import KheshtText

/// Recursive-descent parser from tokens to `Statement`. It stops at the first error, reported with the token's
/// position, what was expected and the nearest keywords when a word was misspelled.
///
/// The grammar is in `schema/query-grammar.ebnf`; each method here is named after its production.
struct Parser {
    private let tokens: [Token]
    private var index = 0
    private let reporter: ErrorReporter
    /// Guards against pathological nesting (`((((…`) overflowing the stack.
    private var depth = 0
    private static let maxDepth = 200

    static let keywords: [String] = [
        "find", "select", "where", "distinct", "optional", "not", "filter", "union", "group", "by", "order",
        "limit", "offset", "with", "sources", "describe", "explain", "sparql", "as", "asc", "desc", "a", "in",
        "between", "and", "or", "date", "jalali", "entity",
    ]
    static let functions: [String] = ["lang", "str", "contains", "startswith", "endswith", "bound", "isiri", "isliteral"]

    init(tokens: [Token], text: String) {
        self.tokens = tokens
        self.reporter = ErrorReporter(text: text)
    }

    static func parse(_ text: String) throws(QueryError) -> Statement {
        var parser = Parser(tokens: try Lexer.tokenize(text), text: text)
        let statement = try parser.statement()
        try parser.expectEnd()
        return statement
    }

    // MARK: Token helpers

    private var current: Token { tokens[index] }
    private func peek(_ ahead: Int) -> Token { tokens[min(index + ahead, tokens.count - 1)] }

    @discardableResult
    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private mutating func accept(word: String) -> Bool {
        if current.isWord(word) { advance(); return true }
        return false
    }

    private mutating func accept(symbol: String) -> Bool {
        if current.isSymbol(symbol) { advance(); return true }
        return false
    }

    private func failure(_ message: String, expected: String, keywordCandidates: [String] = []) -> QueryError {
        var suggestions: [String] = []
        if case .word(let w) = current.kind, !keywordCandidates.isEmpty {
            suggestions = NameSuggester.rank(w, among: keywordCandidates.map { ($0, $0) })
        }
        return reporter.error(message, at: current, expected: expected, suggestions: suggestions)
    }

    private mutating func expect(symbol: String, _ what: String) throws(QueryError) {
        guard accept(symbol: symbol) else {
            throw failure("expected '\(symbol)' \(what)", expected: "'\(symbol)'")
        }
    }

    private mutating func expect(word: String, _ what: String) throws(QueryError) {
        guard accept(word: word) else {
            throw failure("expected '\(word)' \(what)", expected: "'\(word)'", keywordCandidates: [word])
        }
    }

    mutating func expectEnd() throws(QueryError) {
        guard current.kind == .end else {
            throw failure("unexpected text after the end of the query", expected: "end of query",
                          keywordCandidates: ["group", "order", "limit", "offset", "with"])
        }
    }

    private mutating func enter() throws(QueryError) {
        depth += 1
        if depth > Parser.maxDepth {
            throw failure("the query is nested too deeply", expected: "at most \(Parser.maxDepth) levels of nesting")
        }
    }

    private mutating func leave() { depth -= 1 }

    // MARK: Statements

    mutating func statement() throws(QueryError) -> Statement {
        try enter(); defer { leave() }
        if accept(word: "explain") {
            let sparql = accept(word: "sparql")
            return .explain(try statement(), sparql: sparql)
        }
        if accept(word: "describe") { return .describe(try describe()) }
        if accept(word: "find") || accept(word: "select") { return .find(try find()) }
        throw failure("a query starts with find, describe or explain", expected: "find, describe or explain",
                      keywordCandidates: ["find", "describe", "explain", "select"])
    }

    private mutating func describe() throws(QueryError) -> DescribeQuery {
        let target: TermNode
        switch current.kind {
        case .string(let s): target = .entity(s, token: advance())
        case .word(let w) where w.lowercased() == "entity":
            advance()
            guard case .string(let s) = current.kind else {
                throw failure("expected an entity name in quotes", expected: "a quoted name, like \"برج میلاد\"")
            }
            target = .entity(s, token: advance())
        case .iri, .prefixedName: target = .name(try name())
        default:
            throw failure("describe needs an entity", expected: "a quoted name, like describe \"Milad Tower\"")
        }
        var query = DescribeQuery(target: target)
        if accept(word: "with") {
            try expect(word: "sources", "after 'with'")
            query.withSources = true
        }
        return query
    }

    private mutating func find() throws(QueryError) -> FindQuery {
        var query = FindQuery()
        query.distinct = accept(word: "distinct")
        if !accept(symbol: "*") {
            while true {
                if case .variable(let name) = current.kind {
                    query.projection.append(.variable(VariableNode(name: name, token: advance())))
                } else if current.isSymbol("(") {
                    advance()
                    let aggregate = try aggregateCall()
                    try expect(word: "as", "to name the aggregate, like (count(?e) as ?n)")
                    let alias = try variable("after 'as'")
                    try expect(symbol: ")", "to close the aggregate")
                    query.projection.append(.aggregate(aggregate, alias: alias))
                } else if case .word(let w) = current.kind, AggregateNode.Function(rawValue: w.lowercased()) != nil,
                          peek(1).isSymbol("(") {
                    let aggregate = try aggregateCall()
                    let alias = accept(word: "as") ? try variable("after 'as'") : nil
                    query.projection.append(.aggregate(aggregate, alias: alias))
                } else {
                    break
                }
            }
            if query.projection.isEmpty {
                throw failure("find needs the variables to show", expected: "variables like ?event, an aggregate like count(?e), or *")
            }
        }
        try expect(word: "where", "before the pattern")
        query.pattern = try group()
        if accept(word: "group") {
            try expect(word: "by", "after 'group'")
            while case .variable = current.kind { query.groupBy.append(try variable("")) }
            if query.groupBy.isEmpty { throw failure("group by needs variables", expected: "a variable like ?venue") }
        }
        if accept(word: "order") {
            try expect(word: "by", "after 'order'")
            while true {
                if case .variable = current.kind {
                    let v = try variable("")
                    let descending = accept(word: "desc") ? true : (accept(word: "asc") ? false : false)
                    query.orderBy.append(OrderKey(variable: v, descending: descending))
                } else if current.isWord("desc") || current.isWord("asc") {
                    let descending = advance().isWord("desc")
                    try expect(symbol: "(", "after asc/desc")
                    let v = try variable("inside asc()/desc()")
                    try expect(symbol: ")", "to close asc()/desc()")
                    query.orderBy.append(OrderKey(variable: v, descending: descending))
                } else {
                    break
                }
            }
            if query.orderBy.isEmpty { throw failure("order by needs variables", expected: "a variable like ?date, or desc(?n)") }
        }
        while current.isWord("limit") || current.isWord("offset") {
            let isLimit = advance().isWord("limit")
            guard case .number(let n) = current.kind, let value = Int(n), value >= 0 else {
                throw failure("expected a whole number", expected: "a number like 10")
            }
            advance()
            if isLimit { query.limit = value } else { query.offset = value }
        }
        if accept(word: "with") {
            try expect(word: "sources", "after 'with'")
            query.withSources = true
        }
        return query
    }

    private mutating func aggregateCall() throws(QueryError) -> AggregateNode {
        let token = current
        guard case .word(let w) = token.kind, let function = AggregateNode.Function(rawValue: w.lowercased()) else {
            throw failure("expected an aggregate", expected: "count, min, max, sum, avg or sample",
                          keywordCandidates: AggregateNode.Function.allCases.map(\.rawValue))
        }
        advance()
        try expect(symbol: "(", "after \(function.rawValue)")
        let distinct = accept(word: "distinct")
        var argument: VariableNode?
        if accept(symbol: "*") {
            guard function == .count else { throw reporter.error("only count takes *", at: tokens[index - 1], expected: "a variable") }
        } else {
            argument = try variable("inside \(function.rawValue)()")
        }
        try expect(symbol: ")", "to close \(function.rawValue)(")
        return AggregateNode(function: function, distinct: distinct, argument: argument, token: token)
    }

    private mutating func variable(_ context: String) throws(QueryError) -> VariableNode {
        guard case .variable(let name) = current.kind else {
            throw failure("expected a variable \(context)", expected: "a variable like ?x")
        }
        return VariableNode(name: name, token: advance())
    }

    // MARK: Patterns

    private mutating func group() throws(QueryError) -> GroupPattern {
        try enter(); defer { leave() }
        try expect(symbol: "{", "to open the pattern")
        var elements: [PatternElement] = []
        while !current.isSymbol("}") {
            if current.kind == .end {
                throw failure("the pattern is not closed", expected: "'}'")
            }
            if accept(symbol: ".") { continue }
            if accept(word: "filter") {
                elements.append(.filter(try expression()))
            } else if accept(word: "optional") {
                elements.append(.optional(try group()))
            } else if current.isWord("not") {
                let token = advance()
                elements.append(.not(try group(), token: token))
            } else if current.isSymbol("{") {
                var branches = [try group()]
                while accept(word: "union") { branches.append(try group()) }
                elements.append(branches.count == 1 ? .union(branches) : .union(branches))
            } else {
                try triples(into: &elements)
            }
        }
        advance()
        return GroupPattern(elements: elements)
    }

    private mutating func triples(into elements: inout [PatternElement]) throws(QueryError) {
        let subject = try term(position: "a subject")
        while true {
            let predicate = try verb()
            while true {
                let object = try term(position: "an object")
                elements.append(.triple(TriplePatternNode(subject: subject, predicate: predicate, object: object)))
                if !accept(symbol: ",") { break }
            }
            guard accept(symbol: ";") else { break }
            // A trailing ';' before '.' or '}' is allowed, as in SPARQL.
            if current.isSymbol("}") || current.isSymbol(".") { break }
        }
    }

    private mutating func verb() throws(QueryError) -> PredicateNode {
        if current.isWord("a") { return .type(advance()) }
        return .path(try pathAlternative())
    }

    private mutating func pathAlternative() throws(QueryError) -> PathNode {
        try enter(); defer { leave() }
        var parts = [try pathSequence()]
        while accept(symbol: "|") { parts.append(try pathSequence()) }
        return parts.count == 1 ? parts[0] : .alternative(parts)
    }

    private mutating func pathSequence() throws(QueryError) -> PathNode {
        var parts = [try pathUnary()]
        while accept(symbol: "/") { parts.append(try pathUnary()) }
        return parts.count == 1 ? parts[0] : .sequence(parts)
    }

    private mutating func pathUnary() throws(QueryError) -> PathNode {
        if accept(symbol: "^") {
            try enter(); defer { leave() }
            return .inverse(try pathUnary())
        }
        var path: PathNode
        if accept(symbol: "(") {
            path = try pathAlternative()
            try expect(symbol: ")", "to close the path")
        } else {
            path = .property(try propertyName())
        }
        if accept(symbol: "+") { path = .oneOrMore(path) }
        else if accept(symbol: "*") { path = .zeroOrMore(path) }
        else if accept(symbol: "?") { path = .zeroOrOne(path) }
        return path
    }

    private mutating func propertyName() throws(QueryError) -> NameNode {
        if case .word(let w) = current.kind, Parser.keywords.contains(w.lowercased()) && w.lowercased() != "a" {
            throw failure("'\(w)' is a keyword, not a property", expected: "a property name like location or startDate")
        }
        switch current.kind {
        case .word, .prefixedName, .iri: return try name()
        default:
            throw failure("expected a property", expected: "a property name like location, startDate or speaker")
        }
    }

    private mutating func name() throws(QueryError) -> NameNode {
        let token = current
        switch token.kind {
        case .word(let w): advance(); return NameNode(form: .short(w), token: token)
        case .prefixedName(let p, let l): advance(); return NameNode(form: .prefixed(p, l), token: token)
        case .iri(let i): advance(); return NameNode(form: .iri(i), token: token)
        default: throw failure("expected a name", expected: "a name, prefix:name or <IRI>")
        }
    }

    private mutating func term(position: String) throws(QueryError) -> TermNode {
        let token = current
        switch token.kind {
        case .variable(let name):
            advance()
            return .variable(VariableNode(name: name, token: token))
        case .string(let s):
            advance()
            if case .languageTag(let tag) = current.kind {
                advance()
                return .literal(s, language: tag, datatype: nil, token: token)
            }
            if accept(symbol: "^^") {
                // The SPARQL habit "1403-01-01"^^jalali: Khesht writes the calendar first, so say that form.
                if case .word(let w) = current.kind, w.lowercased() == "jalali" || w.lowercased() == "date" {
                    throw failure("a date is written with its calendar first, not as a typed string",
                                  expected: w.lowercased() == "jalali" ? "jalali \(s.replacingOccurrences(of: "-", with: "/"))" : "date \(s)")
                }
                return .literal(s, language: nil, datatype: try name(), token: token)
            }
            return .quoted(s, token: token)
        case .number(let n):
            advance()
            return .number(n, token: token)
        case .dateText:
            throw failure("a date needs its calendar", expected: "date \(token.text) (Gregorian) or jalali \(token.text)")
        case .word(let w):
            switch w.lowercased() {
            case "date", "jalali": return .date(try dateLiteral())
            case "entity":
                advance()
                guard case .string(let s) = current.kind else {
                    throw failure("expected an entity name in quotes", expected: "a quoted name, like entity \"Milad Tower\"")
                }
                return .entity(s, token: advance())
            default:
                if Parser.keywords.contains(w.lowercased()) {
                    throw failure("expected \(position), found the keyword '\(w)'",
                                  expected: "\(position): a variable, a quoted name, a number or a date")
                }
                return .name(try name())
            }
        case .prefixedName, .iri:
            return .name(try name())
        default:
            throw failure("expected \(position)", expected: "\(position): a variable like ?e, a quoted name, a number or a date")
        }
    }

    /// `date 2019`, `date 2019-11`, `date 2019-11-02`, `jalali 1398`, `jalali 1398/08/11` (digits in any script),
    /// or with a month name as the news writes it: `jalali 12 آبان 1398`, `jalali آبان 1398`,
    /// `date 2 November 2019`, `date نوامبر 2019`.
    private mutating func dateLiteral() throws(QueryError) -> DateNode {
        let keyword = advance()
        let isJalali = keyword.isWord("jalali")
        let token = current
        func monthNumber(_ t: Token) -> Int? {
            guard case .word(let w) = t.kind else { return nil }
            return isJalali ? JalaliCalendar.month(named: w) : GregorianMonthNames.month(named: w)
        }
        func plainInteger(_ t: Token) -> Int? {
            if case .number(let n) = t.kind, !n.contains("."), !n.hasPrefix("-") { return Int(n) }
            return nil
        }
        var interval: DayInterval?
        var last = token
        if let month = monthNumber(token), let year = plainInteger(peek(1)) {
            // Month name and year.
            advance()
            last = advance()
            interval = isJalali ? DayInterval.jalali(year: year, month: month) : DayInterval.gregorian(year: year, month: month)
        } else if let day = plainInteger(token), let month = monthNumber(peek(1)), let year = plainInteger(peek(2)) {
            // Day, month name, year.
            advance(); advance()
            last = advance()
            interval = isJalali ? DayInterval.jalali(year: year, month: month, day: day)
                                : DayInterval.gregorian(year: year, month: month, day: day)
        } else {
            let text: String
            switch token.kind {
            case .number(let n) where !n.contains(".") && !n.hasPrefix("-"): text = n
            case .dateText(let d): text = d
            default:
                throw failure("expected a date after '\(keyword.text)'",
                              expected: isJalali ? "a Jalali date like 1398, 1398/08, 1398/08/11 or 12 آبان 1398"
                                                 : "a date like 2019, 2019-11, 2019-11-02 or 2 November 2019")
            }
            interval = DayInterval.parse(text, jalali: isJalali)
            last = token
            if interval != nil { advance() }
        }
        let length = last.start.offset + last.length - token.start.offset
        guard let interval else {
            throw reporter.error("this is not a valid \(isJalali ? "Jalali" : "Gregorian") date", at: token.start, length: length,
                                 expected: isJalali ? "year[/month[/day]] with month 1–12 and a day that exists"
                                                    : "year[-month[-day]] with month 1–12 and a day that exists",
                                 found: token.display)
        }
        let whole = Token(kind: token.kind, text: keyword.text + " " + token.text, start: keyword.start,
                          length: last.start.offset + last.length - keyword.start.offset)
        return DateNode(interval: interval, token: whole, text: whole.text)
    }

    // MARK: Expressions

    private mutating func expression() throws(QueryError) -> ExpressionNode {
        try enter(); defer { leave() }
        var left = try conjunction()
        while current.isSymbol("||") || current.isWord("or") {
            let op = advance()
            left = .binary("||", left, try conjunction(), token: op)
        }
        return left
    }

    private mutating func conjunction() throws(QueryError) -> ExpressionNode {
        var left = try negation()
        while current.isSymbol("&&") || current.isWord("and") {
            let op = advance()
            left = .binary("&&", left, try negation(), token: op)
        }
        return left
    }

    private mutating func negation() throws(QueryError) -> ExpressionNode {
        if current.isSymbol("!") || (current.isWord("not") && !peek(1).isSymbol("{")) {
            try enter(); defer { leave() }
            let token = advance()
            return .not(try negation(), token: token)
        }
        return try comparison()
    }

    private mutating func comparison() throws(QueryError) -> ExpressionNode {
        let left = try primary()
        if case .symbol(let s) = current.kind, ["=", "!=", "<", "<=", ">", ">="].contains(s) {
            let op = advance()
            return .binary(s, left, try primary(), token: op)
        }
        if current.isWord("in") {
            let op = advance()
            guard current.isWord("date") || current.isWord("jalali") else {
                throw failure("'in' takes a date", expected: "a date like jalali 1398 or date 2019-11")
            }
            return .within(left, try dateLiteral(), token: op)
        }
        if current.isWord("between") {
            let op = advance()
            guard current.isWord("date") || current.isWord("jalali") else {
                throw failure("'between' takes two dates", expected: "a date like jalali 1398/07")
            }
            let low = try dateLiteral()
            try expect(word: "and", "between the two dates")
            guard current.isWord("date") || current.isWord("jalali") else {
                throw failure("'between … and' takes a second date", expected: "a date like date 2019-12")
            }
            return .between(left, low, try dateLiteral(), token: op)
        }
        return left
    }

    private mutating func primary() throws(QueryError) -> ExpressionNode {
        if accept(symbol: "(") {
            let inner = try expression()
            try expect(symbol: ")", "to close the parenthesis")
            return inner
        }
        if case .variable(let name) = current.kind {
            return .variable(VariableNode(name: name, token: advance()))
        }
        if case .word(let w) = current.kind, peek(1).isSymbol("("), !["date", "jalali", "entity"].contains(w.lowercased()) {
            let token = advance()
            let function = w.lowercased()
            guard Parser.functions.contains(function) else {
                throw reporter.error("unknown function '\(w)'", at: token, expected: "one of \(Parser.functions.joined(separator: ", "))",
                                     suggestions: NameSuggester.rank(w, among: Parser.functions.map { ($0, $0) }))
            }
            advance()
            var arguments: [ExpressionNode] = []
            if !current.isSymbol(")") {
                arguments.append(try expression())
                while accept(symbol: ",") { arguments.append(try expression()) }
            }
            try expect(symbol: ")", "to close \(function)(")
            return .call(function, arguments, token: token)
        }
        return .term(try term(position: "a value"))
    }
}
