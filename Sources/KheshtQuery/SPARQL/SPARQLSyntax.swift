import KheshtGraph

/// The one place where values become SPARQL text: every IRI, literal and language tag that reaches a query —
/// from the query language (`SPARQLWriter`) or from the remote store's own queries — is written here, so user
/// text can never change a query's structure.
///
/// Related spec: SPARQL 1.1 Query Language §19.8 productions [139] IRIREF, [145] LANGTAG, [156]
/// STRING_LITERAL_QUOTE, [160] ECHAR, and §19.2 (codepoint escapes are read before the grammar).
public enum SPARQLSyntax {
    /// `<iri>`, after checking that no character IRIREF forbids (`<>"{}|^`\`, U+0000–U+0020) is in it.
    ///
    /// - Throws: `GraphError.invalidIRI` naming the character.
    public static func iri(_ iri: IRI) throws -> String {
        if let bad = IRI.firstForbiddenCharacter(in: iri.value) {
            throw GraphError.invalidIRI(iri.value, reason: "character \(describe(bad)) cannot be written in SPARQL")
        }
        return "<\(iri.value)>"
    }

    /// A quoted string literal with `text` escaped: backslash first, then the quote, LF and CR; a `u` or `U`
    /// right after a backslash of `text` is written as the codepoint escape `\u0075`/`\u0055`, so the doubled
    /// backslash and the letter can never be read as a `\u` codepoint escape — whether a server resolves escapes
    /// over the whole query text first (as §19.2 describes) or inside strings only.
    public static func string(_ text: String) -> String {
        "\"" + escape(text) + "\""
    }

    /// The body of a string literal (without quotes); see `string`.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterBackslash = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: #"\\"#.unicodeScalars)
            case "\"": out.append(contentsOf: #"\""#.unicodeScalars)
            case "\n": out.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": out.append(contentsOf: #"\r"#.unicodeScalars)
            case "u" where afterBackslash: out.append(contentsOf: #"\u0075"#.unicodeScalars)
            case "U" where afterBackslash: out.append(contentsOf: #"\u0055"#.unicodeScalars)
            default: out.append(scalar)
            }
            afterBackslash = scalar == "\\"
        }
        return String(out)
    }

    /// `@tag` after checking LANGTAG (`[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*`).
    ///
    /// - Throws: `GraphError.invalidLanguageTag`.
    public static func languageTag(_ tag: String) throws -> String {
        guard Literal.isValidLanguageTag(tag) else { throw GraphError.invalidLanguageTag(tag) }
        return "@" + tag
    }

    /// A literal as `"…"`, `"…"@tag` or `"…"^^<datatype>`; `datatype` spells the datatype IRI (default `iri(_:)`).
    public static func literal(_ literal: Literal, datatype: (IRI) throws -> String = iri) throws -> String {
        let quoted = string(literal.lexicalForm)
        if let language = literal.language { return quoted + (try languageTag(language)) }
        if literal.datatype == XSD.string { return quoted }
        return quoted + "^^" + (try datatype(literal.datatype))
    }

    /// An IRI or a literal. A stored blank node has no name a query can use.
    ///
    /// - Throws: `GraphError.invalidIRI` for a blank node or a bad IRI, `GraphError.invalidLanguageTag`.
    public static func term(_ term: Term) throws -> String {
        switch term {
        case .iri(let i): return try iri(i)
        case .literal(let l): return try literal(l)
        case .blank(let b): throw GraphError.invalidIRI("_:" + b.label, reason: "a blank node cannot be named in a SPARQL query")
        }
    }

    static func describe(_ scalar: Unicode.Scalar) -> String {
        scalar.value <= 0x20 ? "U+" + String(scalar.value, radix: 16, uppercase: true) : "'\(scalar)'"
    }
}
