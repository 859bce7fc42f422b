/// A line starting with `.`: a command to the shell itself rather than a query.
public enum MetaCommand: Equatable, Sendable {
    case help
    case schema
    /// `.mode` alone shows the current format.
    case mode(OutputFormat?)
    case timer(Bool?)
    case sources(Bool?)
    /// `.explain` explains the last query (or arms the next one); `.explain find …` explains that text.
    case explain(String?)
    case timeline(String)
    case quit

    /// A meta-command line that could not be understood, with a hint.
    public struct Mistake: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    public static let usage: [(command: String, meaning: String)] = [
        (".help", "this list"),
        (".schema", "classes and properties a query may name, in English and Persian"),
        (".mode table|json|csv|tsv", "how results are printed"),
        (".timer on|off", "show how long each statement took"),
        (".sources on|off", "list the article, sentence and characters behind every row"),
        (".explain [QUERY]", "the plan of QUERY, else of the last query (or of the next one)"),
        (".timeline ENTITY", "dated events involving an entity, named by any label"),
        (".quit, .exit", "leave (Ctrl-D too)"),
    ]

    public static func parse(_ line: String) throws(Mistake) -> MetaCommand {
        let trimmed = line.trimmingWhitespace()
        let name = String(trimmed.prefix { !$0.isWhitespace }).lowercased()
        let argument = String(trimmed.dropFirst(name.count)).trimmingWhitespace()
        switch name {
        case ".help", ".h", ".?": return .help
        case ".schema": return .schema
        case ".quit", ".exit", ".q": return .quit
        case ".mode":
            if argument.isEmpty { return .mode(nil) }
            guard let format = OutputFormat(rawValue: argument.lowercased()) else {
                throw Mistake(description: "unknown mode '\(argument)': use one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return .mode(format)
        case ".timer": return .timer(try onOff(argument, name))
        case ".sources": return .sources(try onOff(argument, name))
        case ".explain": return .explain(argument.isEmpty ? nil : argument)
        case ".timeline":
            guard !argument.isEmpty else { throw Mistake(description: "usage: .timeline ENTITY   (e.g. .timeline خشت طلایی)") }
            var entity = argument
            if entity.count >= 2, let first = entity.first, (first == "\"" || first == "'"), entity.last == first {
                entity = String(entity.dropFirst().dropLast())
            }
            return .timeline(entity)
        default:
            let known = Completer.metaCommands
            let near = known.filter { $0.hasPrefix(String(name.prefix(3))) }
            let hint = near.isEmpty ? "type .help for the list" : "did you mean \(near.joined(separator: ", "))?"
            throw Mistake(description: "unknown command '\(name)': \(hint)")
        }
    }

    private static func onOff(_ argument: String, _ name: String) throws(Mistake) -> Bool? {
        switch argument.lowercased() {
        case "": return nil
        case "on", "true", "1", "yes": return true
        case "off", "false", "0", "no": return false
        default: throw Mistake(description: "\(name) takes on or off, not '\(argument)'")
        }
    }
}
