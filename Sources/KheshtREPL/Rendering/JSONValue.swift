/// A JSON value with object keys kept in insertion order, so columns come out in the order the query named them.
///
/// Related spec: RFC 8259 (strings escaped per §7; non-ASCII written as UTF-8, not \u escapes).
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    /// A number already in JSON syntax.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized == rhs.serialized }

    /// Compact JSON text.
    var serialized: String {
        var out = ""
        write(to: &out)
        return out
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
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// A JSON number for `text` when it is a finite number written the way JSON allows; nil otherwise.
    static func number(fromLexical text: String) -> JSONValue? {
        var t = Substring(text)
        if t.hasPrefix("+") { t = t.dropFirst() }
        let body = t.hasPrefix("-") ? t.dropFirst() : t
        guard let first = body.first, first.isASCII, first.isNumber else { return nil }
        guard let value = Double(t), value.isFinite else { return nil }
        let json = String(t)
        // JSON forbids leading zeros ("007") and a bare trailing dot ("1."); rewrite those through Double.
        let intPart = body.prefix { $0 != "." && $0 != "e" && $0 != "E" }
        if (intPart.count > 1 && intPart.hasPrefix("0")) || json.hasSuffix(".") || json.contains(".e") || json.contains(".E") {
            return .number(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
        }
        return .number(json)
    }
}
