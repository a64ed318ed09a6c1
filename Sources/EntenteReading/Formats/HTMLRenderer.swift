import CLibxml2

/// Writes the text of an HTML subtree as lines: paragraphs separated by blank lines, `<br>` as a line
/// break, list markers in front of items, whitespace collapsed. One pass, no recursion.
struct HTMLRenderer {
    private enum Break: Int { case none, line, paragraph }

    private struct List {
        var ordered: Bool
        var next: Int
        var step: Int
        var style: ListNumberStyle?
        var hidden: Bool
    }

    /// How many `main`/`article` elements enclose the current node (a `header` inside one is content).
    var sectioning = 0
    private var output: [String] = []
    private var line = ""
    private var pendingSpace = false
    private var pendingBreak = Break.none
    private var marker = ""
    private var lists: [List] = []
    private var preformatted = 0

    mutating func render(_ root: xmlNodePtr) {
        XMLWalker.walk(children: root, enter: { node in enter(node) }, leave: { node in leave(node) })
    }

    /// The text, with a final newline when there is any.
    mutating func finish() -> String {
        flush()
        return output.isEmpty ? "" : output.joined(separator: "\n") + "\n"
    }

    private mutating func enter(_ node: xmlNodePtr) -> XMLWalker.Step {
        if LibXML.isText(node) {
            if let content = node.pointee.content { append(String(cString: content)) }
            return .skip
        }
        guard LibXML.isElement(node) else { return .skip }
        let name = LibXML.name(node)
        if HTMLDecoder.isDropped(node, name: name, sectioning: sectioning) { return .skip }
        switch name {
        case "br":
            lineBreak()
        case "ol", "ul", "menu", "dir":
            paragraphBreak()
            marker = ""
            lists.append(list(node, ordered: name == "ol"))
        case "li":
            paragraphBreak()
            marker = itemMarker(node)
        case "td", "th":
            if !line.isEmpty { pendingSpace = true }
        case "pre", "listing", "xmp", "plaintext":
            paragraphBreak()
            preformatted += 1
        case "main", "article":
            paragraphBreak()
            sectioning += 1
        case "img":
            break
        default:
            if HTMLDecoder.blocks.contains(name) { paragraphBreak() }
        }
        return .descend
    }

    private mutating func leave(_ node: xmlNodePtr) {
        let name = LibXML.name(node)
        switch name {
        case "ol", "ul", "menu", "dir":
            if !lists.isEmpty { lists.removeLast() }
            paragraphBreak()
        case "td", "th":
            if !line.isEmpty { pendingSpace = true }
        case "pre", "listing", "xmp", "plaintext":
            preformatted -= 1
            paragraphBreak()
        case "main", "article":
            sectioning -= 1
            paragraphBreak()
        default:
            if HTMLDecoder.blocks.contains(name) { paragraphBreak() }
        }
    }

    private func list(_ node: xmlNodePtr, ordered: Bool) -> List {
        let css = LibXML.attribute(node, "style")
        let style = Self.style(type: LibXML.attribute(node, "type"), css: css)
        let hidden = Self.hidesMarker(css)
        guard ordered else { return List(ordered: false, next: 1, step: 1, style: nil, hidden: hidden) }
        let reversed = LibXML.attribute(node, "reversed") != nil
        let start = LibXML.attribute(node, "start").flatMap { Int($0.filter { !$0.isWhitespace }) }
        return List(ordered: true, next: start ?? 1, step: reversed ? -1 : 1, style: style ?? .decimal, hidden: hidden)
    }

    /// `1. `, `a. `, `- ` or nothing (`list-style-type: none`), indented four spaces per nesting level.
    private mutating func itemMarker(_ node: xmlNodePtr) -> String {
        let indent = String(repeating: " ", count: 4 * max(0, lists.count - 1))
        guard var list = lists.last else { return "- " }
        let css = LibXML.attribute(node, "style")
        let value = LibXML.attribute(node, "value").flatMap { Int($0.filter { !$0.isWhitespace }) } ?? list.next
        if list.ordered {
            list.next = value + list.step
            lists[lists.count - 1] = list
        }
        if list.hidden || Self.hidesMarker(css) { return indent }
        guard list.ordered else { return indent + "- " }
        let own = Self.style(type: LibXML.attribute(node, "type"), css: css)
        return indent + (own ?? list.style ?? .decimal).format(value) + ". "
    }

    /// A numbering style from an HTML `type` attribute or a CSS `list-style-type`.
    private static func style(type: String?, css: String?) -> ListNumberStyle? {
        switch type {
        case "1": return .decimal
        case "a": return .lowerAlpha
        case "A": return .upperAlpha
        case "i": return .lowerRoman
        case "I": return .upperRoman
        default: break
        }
        guard let css = css?.lowercased() else { return nil }
        if css.contains("lower-alpha") || css.contains("lower-latin") { return .lowerAlpha }
        if css.contains("upper-alpha") || css.contains("upper-latin") { return .upperAlpha }
        if css.contains("lower-roman") { return .lowerRoman }
        if css.contains("upper-roman") { return .upperRoman }
        if css.contains("decimal") { return .decimal }
        return nil
    }

    private static func hidesMarker(_ css: String?) -> Bool {
        guard let css = css?.lowercased().filter({ !$0.isWhitespace }) else { return false }
        return css.contains("list-style:none") || css.contains("list-style-type:none")
    }

    private mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{200B}", "\u{FEFF}", "\u{00AD}":
                continue
            case "\n" where preformatted > 0:
                lineBreak()
                continue
            case " ", "\t", "\n", "\r", "\u{0C}", "\u{00A0}":
                if preformatted > 0 {
                    if line.isEmpty { startLine() }
                    line.unicodeScalars.append(" ")
                } else if !line.isEmpty {
                    pendingSpace = true
                }
                continue
            default:
                if line.isEmpty {
                    startLine()
                } else if pendingSpace {
                    line.unicodeScalars.append(" ")
                }
                pendingSpace = false
                line.unicodeScalars.append(scalar)
            }
        }
    }

    /// Starts the next line: a blank line first if a paragraph ended, then the pending list marker.
    private mutating func startLine() {
        if !output.isEmpty, pendingBreak == .paragraph { output.append("") }
        pendingBreak = .none
        pendingSpace = false
        line = marker
        marker = ""
    }

    private mutating func flush() {
        while line.last == " " { line.removeLast() }
        if !line.isEmpty, !line.allSatisfy({ $0 == " " }) { output.append(line) }
        line = ""
        pendingSpace = false
    }

    private mutating func paragraphBreak() {
        flush()
        pendingBreak = .paragraph
    }

    /// `<br>`: ends the line; two in a row end the paragraph.
    private mutating func lineBreak() {
        if line.isEmpty {
            if pendingBreak == .line { pendingBreak = .paragraph }
            if pendingBreak == .none, !output.isEmpty { pendingBreak = .line }
            return
        }
        flush()
        pendingBreak = .line
    }
}
