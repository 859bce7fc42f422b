/// Facts about the language for editors and the REPL (completion, highlighting), so they never keep their own copy.
public enum QueryLanguage {
    /// Reserved words, lower-case (the language is case-insensitive for them).
    public static var keywords: [String] { Parser.keywords }
    /// Filter functions.
    public static var functions: [String] { Parser.functions }
    /// Aggregate functions.
    public static var aggregates: [String] { AggregateNode.Function.allCases.map(\.rawValue) }
    /// Property names a query may use: the ontology's short names, then their Persian names.
    public static var propertyNames: [String] {
        OntologyTerms.standard.properties.map(\.name) + OntologyTerms.standard.properties.flatMap(\.persian)
    }
    /// Class names a query may use after `a`, in English and Persian.
    public static var classNames: [String] {
        OntologyTerms.standard.classes.map(\.name) + OntologyTerms.standard.classes.flatMap(\.persian)
    }
}
