import CLibxml2

/// Writes the paragraphs of a WordprocessingML subtree (a body, a footnote) as lines of text.
struct DOCXRenderer {
    struct Reference: Equatable {
        enum Kind { case footnote, endnote }
        var kind: Kind
        var id: String
    }

    /// Elements whose content is never text of the document: properties, deleted and moved-away
    /// text, field codes, the fallback of alternate content, note marks.
    static let skipped: Set<String> = [
        "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "delText", "instrText", "del", "moveFrom",
        "Fallback", "commentReference", "annotationRef", "footnoteRef", "endnoteRef", "fldData", "sym",
        "softHyphen", "lastRenderedPageBreak", "proofErr", "bookmarkStart", "bookmarkEnd",
    ]

    var numbering: DOCXNumbering
    /// Finished paragraphs, each one or more lines (a `w:br` breaks a line inside a paragraph).
    private(set) var paragraphs: [String] = []
    /// Note references in the order they were first met; `[n]` in the text is the index + 1.
    var references: [Reference] = []
    private var open: [(text: String, marker: String)] = []

    init(numbering: DOCXNumbering) {
        self.numbering = numbering
    }

    mutating func render(_ root: xmlNodePtr) {
        XMLWalker.walk(children: root, enter: { node in enter(node) }, leave: { node in leave(node) })
    }

    private mutating func enter(_ node: xmlNodePtr) -> XMLWalker.Step {
        guard LibXML.isElement(node) else { return .skip }
        let name = LibXML.name(node)
        if Self.skipped.contains(name) { return .skip }
        switch name {
        case "p":
            open.append(("", numbering.marker(for: node)))
        case "r":
            if let properties = LibXML.child(node, named: "rPr"), let vanish = LibXML.child(properties, named: "vanish"),
               !["0", "false", "off"].contains(LibXML.attribute(vanish, "val") ?? "true") {
                return .skip
            }
        case "t":
            append(LibXML.directText(node))
            return .skip
        case "tab", "ptab":
            append(" ")
            return .skip
        case "br", "cr":
            append("\n")
            return .skip
        case "noBreakHyphen":
            append("-")
            return .skip
        case "footnoteReference", "endnoteReference":
            let reference = Reference(kind: name == "footnoteReference" ? .footnote : .endnote, id: LibXML.attribute(node, "id") ?? "")
            if let index = references.firstIndex(of: reference) {
                append("[\(index + 1)]")
            } else {
                references.append(reference)
                append("[\(references.count)]")
            }
            return .skip
        case "Choice":
            // Only the first choice of mc:AlternateContent: the others repeat the same content.
            var sibling = node.pointee.prev
            while let previous = sibling {
                if LibXML.isElement(previous), LibXML.name(previous) == "Choice" { return .skip }
                sibling = previous.pointee.prev
            }
        default:
            break
        }
        return .descend
    }

    private mutating func leave(_ node: xmlNodePtr) {
        guard LibXML.name(node) == "p", let paragraph = open.popLast() else { return }
        let lines = paragraph.text.split(separator: "\n", omittingEmptySubsequences: true)
            .map(Self.collapse).filter { !$0.isEmpty }
        guard var first = lines.first else { return }
        first = paragraph.marker + first
        paragraphs.append(([first] + lines.dropFirst()).joined(separator: "\n"))
    }

    private mutating func append(_ text: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += text
    }

    /// Runs of spaces and tabs to one space, trimmed; no-break spaces stay.
    private static func collapse(_ line: Substring) -> String {
        var result = String.UnicodeScalarView()
        var space = false
        for scalar in line.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
                space = !result.isEmpty
            } else {
                if space { result.append(" ") }
                space = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
