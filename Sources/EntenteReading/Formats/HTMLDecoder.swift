import CLibxml2
import EntenteModel

/// Turns a web page into the plain text the structure reader understands, through libxml2's HTML
/// parser (the same error-recovering parser `xmllint --html` uses), never patterns over tags.
///
/// - The content is `<main>` (or `role="main"`) when the page has one, otherwise its longest
///   top-level `<article>`, otherwise `<body>`.
/// - Chrome and non-text elements are dropped with everything inside: script, style, nav, footer,
///   aside, form, noscript, template, svg, button, iframe, media…, a `header` outside an article or
///   main, ARIA landmarks of the same roles, and hidden elements (`hidden`, `aria-hidden="true"`,
///   `display:none`, `visibility:hidden`).
/// - Block elements become paragraphs (one line each, a blank line between them); `<br>` breaks a line.
/// - List items get their marker: `1.` (or `a.`, `i.`… after `type`, `start`, `value`, `reversed` and
///   CSS `list-style-type`) in an `<ol>`, `-` in a `<ul>`; nested items are indented four spaces a level.
/// - Whitespace collapses to single spaces, no-break spaces included, except inside `<pre>`.
enum HTMLDecoder {
    static let dropped: Set<String> = [
        "head", "title", "meta", "link", "script", "style", "nav", "footer", "aside", "form", "noscript",
        "template", "svg", "button", "iframe", "object", "embed", "canvas", "select", "textarea", "input",
        "audio", "video", "map", "datalist", "dialog",
    ]
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search"]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption", "pre", "hr",
        "address", "figure", "figcaption", "center", "details", "summary", "fieldset", "legend", "header",
        "body", "html", "menu", "dir", "listing", "xmp", "plaintext",
    ]

    static func decode(bytes: [UInt8], path: String) throws(Diagnostic) -> (text: String, warnings: [Diagnostic]) {
        let libxml = try LibXML.functions(format: "HTML", path: path)
        var input = bytes
        var warnings: [Diagnostic] = []
        var encoding: String? = "UTF-8"
        switch TextBytes.encoding(bytes) {
        case .utf16LittleEndian, .utf16BigEndian:
            let decoded = TextBytes.decode(bytes, path: path)
            input = Array(decoded.text.utf8)
            warnings += decoded.warnings
        case .utf8:
            if TextBytes.invalidUTF8(bytes[...]) != nil {
                // Not UTF-8: let libxml2 follow the page's <meta charset> (or assume Latin-1, as HTML 4
                // did), unless the page says it is UTF-8, in which case it is repaired with U+FFFD.
                encoding = nil
            }
        }
        if input.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) { return ("", warnings) }
        guard input.count < Int(Int32.max) else {
            throw Diagnostic(code: "read-html-too-large", message: "cannot read HTML \(path): it is larger than 2 GB", file: path)
        }
        var document = parse(input, encoding: encoding, libxml: libxml)
        if encoding == nil {
            let declared = document.flatMap { $0.pointee.encoding.map { String(cString: $0).lowercased() } }
            if declared == nil || declared == "utf-8" || declared == "utf8" {
                if let document { libxml.freeDocument(document) }
                let repaired = TextBytes.decode(bytes, path: path)
                warnings += repaired.warnings
                input = Array(repaired.text.utf8)
                document = parse(input, encoding: "UTF-8", libxml: libxml)
            }
        }
        guard let document else {
            throw Diagnostic(
                code: "read-html-malformed",
                message: "cannot read HTML \(path): libxml2 could not parse it\(LibXML.lastError().map { " (\($0))" } ?? "")",
                file: path)
        }
        defer { libxml.freeDocument(document) }
        guard let top = libxml.rootElement(document) else { return ("", warnings) }
        var renderer = HTMLRenderer()
        let root = contentRoot(top)
        renderer.sectioning = ["main", "article"].contains(LibXML.name(root)) ? 1 : 0
        renderer.render(root)
        return (renderer.finish(), warnings)
    }

    private static func parse(_ input: [UInt8], encoding: String?, libxml: LibXMLFunctions) -> htmlDocPtr? {
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        return input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                libxml.readHTML(chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
    }

    /// Whether an element and all it holds are left out of the text.
    static func isDropped(_ node: xmlNodePtr, name: String, sectioning: Int) -> Bool {
        if dropped.contains(name) || (name == "header" && sectioning == 0) { return true }
        guard node.pointee.properties != nil else { return false }
        if LibXML.attribute(node, "hidden") != nil { return true }
        if LibXML.attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        if let role = LibXML.attribute(node, "role")?.lowercased(), droppedRoles.contains(role) { return true }
        if let style = LibXML.attribute(node, "style") {
            let compact = style.lowercased().filter { !$0.isWhitespace }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    /// `<main>` (or `role="main"`), else the top-level `<article>` with the most text, else `<body>`,
    /// else the root element. Chrome is not searched: an article inside an `<aside>` is no candidate.
    static func contentRoot(_ top: xmlNodePtr) -> xmlNodePtr {
        var main: xmlNodePtr?
        var articles: [xmlNodePtr] = []
        var body: xmlNodePtr?
        XMLWalker.walk(children: top.pointee.parent ?? top, enter: { node in
            guard LibXML.isElement(node), main == nil else { return .skip }
            let name = LibXML.name(node)
            if isDropped(node, name: name, sectioning: 1) { return .skip }
            if name == "main" || LibXML.attribute(node, "role")?.lowercased() == "main" {
                main = node
                return .skip
            }
            if name == "article" {
                articles.append(node)
                return .skip
            }
            if name == "body", body == nil { body = node }
            return .descend
        }, leave: { _ in })
        if let main, textLength(main) > 0 { return main }
        let measured = articles.map { (node: $0, length: textLength($0)) }
        if let article = measured.max(by: { $0.length < $1.length }), article.length > 0 { return article.node }
        return body ?? top
    }

    /// The number of text bytes under `node`: linear in the subtree.
    static func textLength(_ node: xmlNodePtr) -> Int {
        var length = 0
        XMLWalker.walk(children: node, enter: { child in
            if LibXML.isText(child), let content = child.pointee.content {
                var pointer = content
                while pointer.pointee != 0 {
                    if pointer.pointee > 0x20 { length += 1 }
                    pointer += 1
                }
            }
            return .descend
        }, leave: { _ in })
        return length
    }
}
