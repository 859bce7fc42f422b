import KheshtGraph
import KheshtQuery

/// Resolves an entity typed by name (any label or alias, Persian or English) the way the query language does, so an
/// unknown name fails with the same message and suggestions as in a query.
enum EntityNameResolution {
    static func resolve(_ name: String, with engine: QueryEngine) throws -> Term {
        let quoted = "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        do {
            guard case .description(let found) = try engine.run("describe \(quoted)"), let first = found.first else {
                throw ValidationErrorText("no entity is named \(quoted)")
            }
            return first.entity
        } catch let error as QueryError {
            let hint = error.suggestions.isEmpty ? "" : "; did you mean: " + error.suggestions.joined(separator: ", ") + "?"
            throw ValidationErrorText("no entity is named \(quoted)\(hint)")
        }
    }
}

/// A plain error message for the command line.
struct ValidationErrorText: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
