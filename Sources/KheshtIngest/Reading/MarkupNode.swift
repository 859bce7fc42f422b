import CLibXML2
import Foundation

/// A read-only view of one node of a libxml2 tree (HTML or XML). It does not own the node: it is valid while
/// the `MarkupDocument` it came from is alive.
///
/// Text is gathered by our own walk, which never follows entity references: libxml2's own content getters
/// expand them, and that is how a billion-laughs document would blow up memory.
struct MarkupNode {
    let pointer: xmlNodePtr

    var type: xmlElementType { pointer.pointee.type }
    var isElement: Bool { type == XML_ELEMENT_NODE }
    var isText: Bool { type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE }

    /// The element's local name, lower-cased for HTML matching ("P" and "p" are one tag).
    var name: String {
        guard let raw = pointer.pointee.name else { return "" }
        return String(cString: raw).lowercased()
    }

    /// The namespace URI of an XML element, if it has one.
    var namespaceURI: String? {
        guard let ns = pointer.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// A text node's characters.
    var content: String {
        guard let raw = pointer.pointee.content else { return "" }
        return String(cString: raw)
    }

    var parent: MarkupNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return MarkupNode(pointer: parent)
    }

    var children: [MarkupNode] {
        var result: [MarkupNode] = []
        var child = pointer.pointee.children
        while let current = child {
            result.append(MarkupNode(pointer: current))
            child = current.pointee.next
        }
        return result
    }

    var elementChildren: [MarkupNode] { children.filter(\.isElement) }

    /// An attribute's value by case-insensitive name (without namespace prefix); nil when absent.
    func attribute(_ wanted: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name, String(cString: rawName).lowercased() == wanted {
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    if let text = node.pointee.content { value += String(cString: text) }
                    child = node.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The class and id words of the element, lower-cased and split at spaces, hyphens and underscores, for
    /// recognising "comments", "share-box", "related_news".
    var classAndIDWords: [String] {
        let text = ((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased()
        return text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" || $0 == "\n" })
            .map(String.init)
    }

    /// Every element under this node (itself included) in document order, stopping at `skip`ped subtrees.
    func descendants(skipping skip: (MarkupNode) -> Bool = { _ in false }, limit: Int = 200_000) -> [MarkupNode] {
        var result: [MarkupNode] = []
        var stack: [MarkupNode] = [self]
        while let node = stack.popLast(), result.count < limit {
            guard node.isElement, !skip(node) else { continue }
            result.append(node)
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }

    /// The node's text with whitespace runs folded to one space, `<br>` and block boundaries as newlines,
    /// entity references left out, and `skip`ped subtrees dropped.
    func text(skipping skip: (MarkupNode) -> Bool = { _ in false }) -> String {
        var out = String.UnicodeScalarView()
        appendText(to: &out, skipping: skip, depth: 0)
        return out.split(separator: "\n")
            .map { String(String.UnicodeScalarView($0)).trimmingWhitespace() }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// The UTF-8 size of the text under this node: a cheap measure for choosing the densest block.
    func textByteCount(skipping skip: (MarkupNode) -> Bool = { _ in false }, depth: Int = 0) -> Int {
        guard depth < 256 else { return 0 }
        var total = 0
        for child in children {
            if child.isText, let raw = child.pointer.pointee.content {
                total += strlen(raw)
            } else if child.isElement, !skip(child) {
                total += child.textByteCount(skipping: skip, depth: depth + 1)
            }
        }
        return total
    }

    private static let blockNames: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
        "article", "blockquote", "header", "footer", "figure", "figcaption", "pre", "dd", "dt", "hr",
    ]

    private func appendText(to out: inout String.UnicodeScalarView, skipping skip: (MarkupNode) -> Bool, depth: Int) {
        guard depth < 256 else { return }
        for child in children {
            if child.isText {
                for scalar in child.content.unicodeScalars {
                    if scalar.value < 0x80 ? (scalar == " " || (0x09...0x0D).contains(scalar.value))
                        : scalar.properties.isWhitespace {
                        if let last = out.last, last != " " && last != "\n" { out.append(" ") }
                    } else {
                        out.append(scalar)
                    }
                }
            } else if child.isElement {
                if skip(child) { continue }
                let isBlock = Self.blockNames.contains(child.name)
                if isBlock { out.append("\n") }
                child.appendText(to: &out, skipping: skip, depth: depth + 1)
                if isBlock { out.append("\n") }
            }
        }
    }
}
