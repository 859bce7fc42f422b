import KheshtGraph

/// A qualified XML name for an IRI: `prefix:localName`, where `namespace + localName` is the IRI.
/// A class, so the writer's per-triple bookkeeping copies one reference instead of six.
final class QName {
    let prefix: String
    let namespace: String
    let localName: String
    /// True when the prefix is declared on `rdf:RDF`; otherwise the element using it declares it itself.
    let declaredAtRoot: Bool

    /// `prefix:localName` as a NUL-terminated UTF-8 C string, made once, since the writer hands it to libxml2 for
    /// every property element.
    let cText: [UInt8]
    /// `xmlns:prefix`, NUL-terminated, for elements that declare the prefix themselves.
    let cDeclaration: [UInt8]

    init(prefix: String, namespace: String, localName: String, declaredAtRoot: Bool) {
        self.prefix = prefix
        self.namespace = namespace
        self.localName = localName
        self.declaredAtRoot = declaredAtRoot
        self.cText = Array((prefix + ":" + localName).utf8) + [0]
        self.cDeclaration = Array(("xmlns:" + prefix).utf8) + [0]
    }

    var text: String { prefix + ":" + localName }
}

/// Splits IRIs into namespace + local name and hands out prefixes: the readable ones declared on `rdf:RDF`
/// (`Namespace.all` by default), then `ns1`, `ns2`, … for any other namespace, in order of first use, stable for
/// the whole document.
///
/// Related spec: RDF 1.1 XML Syntax §2.2 (property elements are named by QNames);
/// Namespaces in XML 1.0 §3 (a QName is an optional NCName prefix, `:`, and an NCName local part).
struct QNameTable {
    /// The namespaces declared on the root element, in declaration order.
    let rootNamespaces: [Namespace]
    private var prefixByNamespace: [String: (prefix: String, atRoot: Bool)] = [:]
    private var usedPrefixes: Set<String> = []
    private var nextGenerated = 1
    private var cache: [String: QName?] = [:]

    /// Names in the RDF namespace that RDF/XML reads as syntax, never as a property or a type
    /// (RDF 1.1 XML Syntax §7.2.2–7.2.5: coreSyntaxTerms, rdf:Description, rdf:li, oldTerms).
    static let reservedRDFNames: Set<String> = [
        "RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype",
        "Description", "li", "aboutEach", "aboutEachPrefix", "bagID",
    ]

    init(namespaces: [Namespace]) {
        var list = namespaces
        if !list.contains(where: { $0.iri == Namespace.rdf.iri }) { list.insert(Namespace.rdf, at: 0) }
        var kept: [Namespace] = []
        for namespace in list where prefixByNamespace[namespace.iri] == nil
            && !usedPrefixes.contains(namespace.prefix) && XMLCharacters.isNCName(namespace.prefix) {
            prefixByNamespace[namespace.iri] = (namespace.prefix, true)
            usedPrefixes.insert(namespace.prefix)
            kept.append(namespace)
        }
        rootNamespaces = kept
    }

    /// True when `iri` is a reserved RDF/XML syntax name (`rdf:about`, `rdf:li`, …).
    static func isReservedRDFName(_ iri: IRI) -> Bool {
        let value = iri.value
        guard value.hasPrefix(Namespace.rdf.iri) else { return false }
        return reservedRDFNames.contains(String(value.dropFirst(Namespace.rdf.iri.count)))
    }

    /// The QName for `iri`, or nil when its text does not end in an NCName.
    ///
    /// A root namespace is used when the rest of the IRI is an NCName (the longest such namespace wins);
    /// otherwise the IRI is split before its longest NCName suffix and that namespace gets a generated prefix.
    mutating func qname(for iri: IRI) -> QName? {
        if let cached = cache[iri.value] { return cached }
        let result = computeQName(for: iri.value)
        if cache.count > 50_000 { cache.removeAll(keepingCapacity: true) }
        cache[iri.value] = result
        return result
    }

    private mutating func computeQName(for value: String) -> QName? {
        var best: Namespace?
        for namespace in rootNamespaces where value.hasPrefix(namespace.iri) {
            let rest = value.dropFirst(namespace.iri.count)
            if XMLCharacters.isNCName(rest), namespace.iri.count > (best?.iri.count ?? -1) { best = namespace }
        }
        if let best {
            return QName(prefix: best.prefix, namespace: best.iri,
                         localName: String(value.dropFirst(best.iri.count)), declaredAtRoot: true)
        }
        guard let split = QNameTable.splitPoint(value) else { return nil }
        let namespace = String(value[..<split])
        // Namespaces in XML §3: these two may never be bound to another prefix.
        if namespace == "http://www.w3.org/2000/xmlns/" || namespace == "http://www.w3.org/XML/1998/namespace" {
            return nil
        }
        let local = String(value[split...])
        let assigned = prefix(forNamespace: namespace)
        return QName(prefix: assigned.prefix, namespace: namespace, localName: local, declaredAtRoot: assigned.atRoot)
    }

    private mutating func prefix(forNamespace namespace: String) -> (prefix: String, atRoot: Bool) {
        if let known = prefixByNamespace[namespace] { return known }
        var candidate = "ns\(nextGenerated)"
        while usedPrefixes.contains(candidate) {
            nextGenerated += 1
            candidate = "ns\(nextGenerated)"
        }
        nextGenerated += 1
        usedPrefixes.insert(candidate)
        prefixByNamespace[namespace] = (candidate, false)
        return (candidate, false)
    }

    /// Where the longest NCName suffix of `value` starts, or nil when there is none (the IRI ends in `/`, `#`,
    /// or in name characters none of which may start a name, such as `…/123`). The namespace part is never empty.
    static func splitPoint(_ value: String) -> String.Index? {
        let scalars = value.unicodeScalars
        var start = scalars.endIndex
        while start > scalars.startIndex {
            let before = scalars.index(before: start)
            guard XMLCharacters.isNameChar(scalars[before]) else { break }
            start = before
        }
        while start < scalars.endIndex, !XMLCharacters.isNameStartChar(scalars[start]) {
            start = scalars.index(after: start)
        }
        guard start < scalars.endIndex, start > scalars.startIndex else { return nil }
        return start
    }
}
