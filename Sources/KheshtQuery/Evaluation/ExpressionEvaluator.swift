import KheshtGraph
import KheshtText

/// Evaluates filter expressions over one row. An error (unbound variable, type mismatch) makes the value nil,
/// and a filter whose value is nil or false drops the row, as in SPARQL.
enum ExpressionEvaluator {
    static let trueTerm = Term.typed("true", XSD.boolean)
    static let falseTerm = Term.typed("false", XSD.boolean)

    static func boolean(_ value: Bool) -> Term { value ? trueTerm : falseTerm }

    /// SPARQL's effective boolean value.
    static func truth(_ term: Term?) -> Bool? {
        guard let term, case .literal(let l) = term else { return nil }
        if l.datatype == XSD.boolean { return l.lexicalForm == "true" || l.lexicalForm == "1" }
        if let n = TermOrder.number(term) { return n != 0 && !n.isNaN }
        if TermOrder.isStringLike(l) { return !l.lexicalForm.isEmpty }
        return nil
    }

    static func test(_ expression: BoundExpression, _ row: [Term?]) -> Bool {
        truth(evaluate(expression, row)) ?? false
    }

    static func evaluate(_ expression: BoundExpression, _ row: [Term?]) -> Term? {
        switch expression {
        case .variable(let slot): return row[slot]
        case .constant(let term): return term
        case .date: return nil
        case .and(let a, let b):
            let x = truth(evaluate(a, row)), y = truth(evaluate(b, row))
            if x == false || y == false { return falseTerm }
            guard let x, let y else { return nil }
            return boolean(x && y)
        case .or(let a, let b):
            let x = truth(evaluate(a, row)), y = truth(evaluate(b, row))
            if x == true || y == true { return trueTerm }
            guard x != nil, y != nil else { return nil }
            return falseTerm
        case .not(let a):
            return truth(evaluate(a, row)).map { boolean(!$0) }
        case .compare(let op, let a, let b):
            return compare(op, a, b, row)
        case .within(let e, let interval):
            guard let value = evaluate(e, row).flatMap(DayInterval.of) else { return nil }
            return boolean(value.first >= interval.first && value.last <= interval.last)
        case .between(let e, let low, let high):
            guard let value = evaluate(e, row).flatMap(DayInterval.of) else { return nil }
            return boolean(value.first >= low.first && value.last <= high.last)
        case .textEquals(let e, let text):
            guard let term = evaluate(e, row), case .literal(let l) = term else { return nil }
            return boolean(TextNormalizer.matchKey(l.lexicalForm) == TextNormalizer.matchKey(text))
        case .call(let name, let args):
            return call(name, args, row)
        }
    }

    /// Date comparisons when one side is a date literal of the query (interval semantics, see `DayInterval`):
    /// `a < b` a ends before b starts · `a <= b` a ends no later than b ends · `a > b` a starts after b ends ·
    /// `a >= b` a starts no earlier than b starts · `a = b` same interval · `a != b` different intervals.
    static func compareIntervals(_ op: String, _ a: DayInterval, _ b: DayInterval) -> Bool {
        switch op {
        case "<": a.last < b.first
        case "<=": a.last <= b.last
        case ">": a.first > b.last
        case ">=": a.first >= b.first
        case "=": a == b
        default: a != b
        }
    }

    private static func compare(_ op: String, _ a: BoundExpression, _ b: BoundExpression, _ row: [Term?]) -> Term? {
        if case .date(let right) = b {
            guard let left = evaluate(a, row).flatMap(DayInterval.of) else { return nil }
            return boolean(compareIntervals(op, left, right))
        }
        if case .date(let left) = a {
            guard let right = evaluate(b, row).flatMap(DayInterval.of) else { return nil }
            return boolean(compareIntervals(op, left, right))
        }
        guard let x = evaluate(a, row), let y = evaluate(b, row) else { return nil }
        if op == "=" || op == "!=" {
            let equal: Bool
            if let m = TermOrder.number(x), let n = TermOrder.number(y) { equal = m == n } else { equal = x == y }
            return boolean(op == "=" ? equal : !equal)
        }
        guard let c = TermOrder.compareValues(x, y) else { return nil }
        switch op {
        case "<": return boolean(c < 0)
        case "<=": return boolean(c <= 0)
        case ">": return boolean(c > 0)
        default: return boolean(c >= 0)
        }
    }

    /// The text of a literal, or nil for other terms.
    private static func text(_ term: Term?) -> String? { term?.literal?.lexicalForm }

    private static func call(_ name: String, _ args: [BoundExpression], _ row: [Term?]) -> Term? {
        switch name {
        case "bound":
            if case .variable(let slot) = args[0] { return boolean(row[slot] != nil) }
            return nil
        case "lang":
            guard let l = evaluate(args[0], row)?.literal else { return nil }
            return .string(l.language ?? "")
        case "str":
            switch evaluate(args[0], row) {
            case .iri(let iri)?: return .string(iri.value)
            case .literal(let l)?: return .string(l.lexicalForm)
            default: return nil
            }
        case "isiri":
            return evaluate(args[0], row).map { boolean($0.iri != nil) }
        case "isliteral":
            return evaluate(args[0], row).map { boolean($0.literal != nil) }
        case "contains", "startswith", "endswith":
            guard let haystack = text(evaluate(args[0], row)), let needle = text(evaluate(args[1], row)) else { return nil }
            let h = TextNormalizer.matchKey(haystack), n = TextNormalizer.matchKey(needle)
            switch name {
            case "contains": return boolean(n.isEmpty || h.contains(n))
            case "startswith": return boolean(h.hasPrefix(n))
            default: return boolean(h.hasSuffix(n))
            }
        default:
            return nil
        }
    }
}
