/// What a provision is in the text's structure. Raw values are what `provisions.kind` shows.
public enum ProvisionKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A recital before the operative text ("Recalling…;").
    case preamble
    /// A top-level division: "Part I.", bare roman "I.", "Chapter 2".
    case part
    /// A lettered or titled division inside a part: "A. Defence Cooperation".
    case section
    /// "Article 5", "ARTICLE V:".
    case article
    /// A numbered or unnumbered paragraph of operative text.
    case paragraph
    /// An enumerated item: "(i)", "(a)", "a)", bullets.
    case item
    /// An item inside an item: "(A)".
    case subitem
    /// An annex, appendix or schedule with its own subtree.
    case annex
    /// The signature block: "SIGNED in duplicate…", "Done at…", "IN WITNESS WHEREOF…".
    case signature
    /// A footnote's text.
    case footnote
    /// Text with no recognisable structure, kept whole.
    case body
    /// One sentence of a report's paragraph: what a claim is checked from.
    case sentence
}

/// One node of a document's provision tree, stored flat with its path.
public struct Provision: Sendable, Hashable {
    /// Labels as printed, joined by dots: `IV.A.7.iii.A`, `preamble.3`, `signature`.
    public var path: String
    public var kind: ProvisionKind
    /// This node's own label as printed (`iii`, `A`, `7`); for unlabelled nodes a sequence number.
    public var label: String
    /// The nearest section title: for a part or section its own title, for a paragraph its section's.
    public var heading: String
    /// The provision's own text, without its label and without its children's text.
    public var text: String
    /// 1-based line where the provision starts in the source.
    public var line: Int
    /// 1-based line where the provision's own text ends (children not included).
    public var endLine: Int
    /// Depth in the tree: 0 for top-level provisions.
    public var depth: Int

    public init(path: String, kind: ProvisionKind, label: String, heading: String, text: String, line: Int, endLine: Int, depth: Int) {
        self.path = path
        self.kind = kind
        self.label = label
        self.heading = heading
        self.text = text
        self.line = line
        self.endLine = endLine
        self.depth = depth
    }

    /// The path of the parent provision, or nil at the top level.
    public var parentPath: String? {
        // An ASCII path (nearly all are) is searched on its bytes, where each byte is a Character:
        // the Character search cost more than the rest of a commitment's lead-in look-up.
        let utf8 = path.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
            return String(path[..<dot])
        }
        guard let dot = path.lastIndex(of: ".") else { return nil }
        return String(path[..<dot])
    }
}
