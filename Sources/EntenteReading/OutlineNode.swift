import EntenteModel

/// A provision while the tree is being built: what `Provision` holds plus what the builder needs
/// to decide nesting (the heading level or list style that opened it).
struct OutlineNode {
    var kind: ProvisionKind
    /// The label as printed (`IV`, `7`, `iii`, `1.2`), or an ordinal for unlabelled nodes.
    var label: String
    /// This node's part of the path: usually the label; see `DocumentReader` for the exceptions.
    var segment: String
    /// A heading's own title (empty until known).
    var title: String
    /// "Article 5", "Part I": what a title-less heading is called.
    var printedHeading: String
    var parent: Int?
    var depth: Int
    var line: Int
    var endLine: Int
    var text: String = ""
    /// Set for heading nodes (parts, sections, articles, annexes, sub-headings).
    var level: HeadingLevel?
    /// Set for enumerated nodes.
    var style: MarkerStyle?
    /// True for a paragraph printed without a number: its label is given after the tree is built
    /// (`OutlineNumbering`), because it depends on its siblings.
    var unnumbered = false
    /// True for a second instrument's root ("Memorandum of Understanding …" after the first
    /// instrument's signature block): its subtree holds the instrument, signature included.
    var isInstrument = false

    var isList: Bool { style != nil }

    /// True for `•`, `o`, `-` items, which carry no printed label.
    var isBullet: Bool {
        if case .bullet = style { return true }
        return false
    }

    /// Appends one source line to the node's own text: a space inside a paragraph, a newline
    /// between paragraphs, nothing after a line-final hyphen ("Euro-" + "Atlantic").
    mutating func append(_ line: Substring, number: Int, newParagraph: Bool) {
        if text.isEmpty {
            text = String(line)
        } else if newParagraph {
            text += "\n"
            text += line
        } else if text.hasSuffix("-"), !text.hasSuffix(" -") {
            text += line
        } else {
            text += " "
            text += line
        }
        endLine = max(endLine, number)
    }
}
