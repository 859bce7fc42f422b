/// A JSON value with object members kept in the order they were written, so output is stable, diffable, and
/// columns come out in the order a query named them. Used by the REPL's JSON results and the timeline's JSON.
///
/// Related spec: RFC 8259 (strings escaped per §7; non-ASCII written as UTF-8, not \u escapes; U+2028/U+2029
/// escaped too so the text is also safe inside JavaScript).
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number already in JSON syntax.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// An integer as a JSON number.
    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.compact == rhs.compact }

    /// Compact JSON text, no whitespace.
    public var compact: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Pretty-printed JSON with two-space indentation, starting at nesting depth `indent`.
    public func pretty(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch self {
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.pretty(indent: indent + 1) }.joined(separator: ",\n") + "\n" + closing + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { pad + JSONValue.quoted($0.0) + ": " + $0.1.pretty(indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + closing + "}"
        default:
            return compact
        }
    }

    func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                JSONValue.writeString(member.0, to: &out)
                out += ":"
                member.1.write(to: &out)
            }
            out += "}"
        }
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        var out = ""
        writeString(text, to: &out)
        return out
    }

    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// A JSON number for `text` when it is a finite number written the way JSON allows (rewritten when JSON
    /// forbids its form, e.g. "007" or "1."); nil otherwise.
    public static func number(fromLexical text: String) -> JSONValue? {
        var t = Substring(text)
        if t.hasPrefix("+") { t = t.dropFirst() }
        let body = t.hasPrefix("-") ? t.dropFirst() : t
        guard let first = body.first, first.isASCII, first.isNumber else { return nil }
        guard let value = Double(t), value.isFinite else { return nil }
        let json = String(t)
        let intPart = body.prefix { $0 != "." && $0 != "e" && $0 != "E" }
        if (intPart.count > 1 && intPart.hasPrefix("0")) || json.hasSuffix(".") || json.contains(".e") || json.contains(".E") {
            return .number(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
        }
        return .number(json)
    }
}
