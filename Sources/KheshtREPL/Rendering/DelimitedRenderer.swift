import KheshtQuery

/// Comma- or tab-separated values with a header line.
///
/// CSV follows RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, quotes inside are doubled,
/// records end with CRLF. TSV (the IANA text/tab-separated-values form) cannot quote, so tab, LF, CR and backslash
/// inside a field are written as the escapes `\t`, `\n`, `\r`, `\\`, and records end with LF.
public struct DelimitedRenderer: ResultRenderer {
    public enum Dialect: Sendable { case csv, tsv }

    public let dialect: Dialect

    public static let csv = DelimitedRenderer(dialect: .csv)
    public static let tsv = DelimitedRenderer(dialect: .tsv)

    public init(dialect: Dialect) { self.dialect = dialect }

    public func render(_ table: ResultTable, in context: RenderContext) -> String {
        write(FlatTable(table, context: context))
    }

    public func render(_ descriptions: [EntityDescription], in context: RenderContext) -> String {
        write(FlatTable(descriptions, context: context))
    }

    func write(_ table: FlatTable) -> String {
        let separator = dialect == .csv ? "," : "\t"
        let newline = dialect == .csv ? "\r\n" : "\n"
        var out = ""
        for record in [table.header] + table.rows {
            out += record.map(field).joined(separator: separator) + newline
        }
        return out
    }

    /// One field, quoted or escaped as the dialect requires.
    public func field(_ value: String) -> String {
        switch dialect {
        case .csv:
            guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
            var out = "\""
            for scalar in value.unicodeScalars {
                if scalar == "\"" { out += "\"" }
                out.unicodeScalars.append(scalar)
            }
            return out + "\""
        case .tsv:
            var out = ""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\\": out += "\\\\"
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
    }
}
