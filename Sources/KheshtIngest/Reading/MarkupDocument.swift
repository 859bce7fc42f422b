import CLibXML2

/// Owns a libxml2 document parsed from memory, as HTML (forgiving, like a browser) or as XML (for feeds).
///
/// Both parses are offline and refuse entity tricks: HTML_PARSE_NONET / XML_PARSE_NONET forbid network access,
/// and XML is parsed without XML_PARSE_NOENT and XML_PARSE_DTDLOAD, so external entities are never loaded and
/// entities are never expanded into the tree (libxml2's own amplification guard stops billion-laughs bombs).
final class MarkupDocument {
    let pointer: xmlDocPtr

    private init(pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    var root: MarkupNode? {
        xmlDocGetRootElement(pointer).map(MarkupNode.init(pointer:))
    }

    /// Parses HTML (recovering from errors, as browsers do). The text is handed over as UTF-8 so a
    /// `<meta charset>` naming another encoding cannot make libxml2 decode it a second time.
    static func html(_ text: String) -> MarkupDocument? {
        MarkupLibrary.initialize()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes = [0x20] }
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        return doc.map(MarkupDocument.init(pointer:))
    }

    /// The outcome of an XML parse: the document, or where and why it failed.
    enum XMLResult {
        case document(MarkupDocument)
        case failure(line: Int, column: Int, message: String)
    }

    /// Parses XML strictly, offline, without loading DTDs or substituting entities. A document whose only fault
    /// is an undeclared entity (feeds often leak HTML's `&nbsp;`) is parsed again in recovery mode, which leaves
    /// the unknown reference out.
    static func xml(_ text: String) -> XMLResult {
        let strict = xml(text, recover: false)
        if case .failure(_, _, _, let code) = strict, code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue) {
            return xml(text, recover: true).result
        }
        return strict.result
    }

    private enum Attempt {
        case document(MarkupDocument)
        case failure(line: Int, column: Int, message: String, code: Int32)

        var result: XMLResult {
            switch self {
            case .document(let document): return .document(document)
            case .failure(let line, let column, let message, _): return .failure(line: line, column: column, message: message)
            }
        }
    }

    private static func xml(_ text: String, recover: Bool) -> Attempt {
        MarkupLibrary.initialize()
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_IGNORE_ENC.rawValue  // the text is already decoded to UTF-8
        if recover { options |= XML_PARSE_RECOVER.rawValue }
        let options32 = Int32(options)
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, let context = xmlNewParserCtxt() else {
            return .failure(line: 1, column: 1, message: "empty document", code: 0)
        }
        defer { xmlFreeParserCtxt(context) }
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                xmlCtxtReadMemory(context, base, Int32(buffer.count), nil, "UTF-8", options32)
            }
        }
        if let doc, context.pointee.wellFormed != 0 || recover {
            return .document(MarkupDocument(pointer: doc))
        }
        if let doc { xmlFreeDoc(doc) }
        let error = context.pointee.lastError
        let message = error.message.map { String(cString: $0).trimmingWhitespace() } ?? "not well-formed XML"
        return .failure(line: Int(max(error.line, 1)), column: Int(max(error.int2, 1)), message: message,
                        code: error.code)
    }
}

/// libxml2's one-time global set-up, done before the first parse from whichever thread comes first.
enum MarkupLibrary {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() {
        _ = initialized
    }
}
