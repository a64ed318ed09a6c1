import CLibxml2
import EntenteModel

/// Turns a Word document into plain text: the paragraphs of `word/document.xml`, one a line with a
/// blank line between them (as `pandoc -t plain` writes them, like the corpus's DOCX-derived texts).
///
/// - Runs' text (`w:t`); `w:tab` is a space, `w:br`/`w:cr` a line break; deleted, hidden (`w:vanish`)
///   and field-code text is left out; of `mc:AlternateContent` only the first choice is read.
/// - Numbered paragraphs (`w:numPr`, directly or through their paragraph style) get their number
///   from `word/numbering.xml` (`1.`, `(a)`, `1.2.`, …) or `-` for bullets, indented 4 spaces a level.
/// - Footnote and endnote references become `[1]`, `[2]`… and the notes follow the text as `[1] …`.
/// - Whitespace runs collapse to one space; no-break spaces are kept, as pandoc keeps them.
/// - At most `limit` bytes are inflated from the archive in all (200 MB by default).
enum DOCXDecoder {
    static let defaultLimit = 200_000_000

    static func decode(bytes: [UInt8], path: String, limit: Int = defaultLimit) throws(Diagnostic) -> String {
        let archive = try ZipArchive(bytes: bytes, path: path)
        guard let main = archive.entry(named: "word/document.xml") else {
            throw Diagnostic(
                code: "read-docx-malformed",
                message: "cannot read \(path): it is a ZIP archive without word/document.xml, so not a Word document", file: path)
        }
        let libxml = try LibXML.functions(format: "DOCX", path: path)
        var budget = limit
        func read(_ name: String, required: Bool) throws(Diagnostic) -> XMLTree? {
            guard let entry = name == main.name ? main : archive.entry(named: name) else { return nil }
            let data = try archive.contents(of: entry, limit: budget)
            budget -= data.count
            do {
                return try XMLTree(data, name: name, path: path, libxml: libxml)
            } catch {
                if required { throw error }
                return nil
            }
        }
        guard let document = try read("word/document.xml", required: true) else { return "" }
        let numbering = try read("word/numbering.xml", required: false)
        let styles = try read("word/styles.xml", required: false)
        let footnotes = try read("word/footnotes.xml", required: false)
        let endnotes = try read("word/endnotes.xml", required: false)

        // The parsed parts must outlive every node pointer taken from them.
        return withExtendedLifetime((document, numbering, styles, footnotes, endnotes)) {
            var renderer = DOCXRenderer(numbering: DOCXNumbering(numbering: numbering?.root, styles: styles?.root))
            renderer.render(document.root)
            var paragraphs = renderer.paragraphs
            // Notes in the order they were referenced; a note's own references are numbered as they come.
            let notes = Notes(footnotes: footnotes?.root, endnotes: endnotes?.root)
            var index = 0
            while index < renderer.references.count {
                let reference = renderer.references[index]
                if let note = notes.node(reference.kind, id: reference.id) {
                    var noteRenderer = DOCXRenderer(numbering: DOCXNumbering(numbering: nil, styles: nil))
                    noteRenderer.references = renderer.references
                    noteRenderer.render(note)
                    renderer.references = noteRenderer.references
                    var body = noteRenderer.paragraphs
                    if body.isEmpty { body = [""] }
                    body[0] = "[\(index + 1)] " + body[0]
                    paragraphs.append(contentsOf: body)
                }
                index += 1
            }
            return paragraphs.isEmpty ? "" : paragraphs.joined(separator: "\n\n") + "\n"
        }
    }

    /// The footnotes and endnotes by id.
    private struct Notes {
        var footnotes: [String: xmlNodePtr] = [:]
        var endnotes: [String: xmlNodePtr] = [:]

        init(footnotes: xmlNodePtr?, endnotes: xmlNodePtr?) {
            self.footnotes = Self.index(footnotes, element: "footnote")
            self.endnotes = Self.index(endnotes, element: "endnote")
        }

        func node(_ kind: DOCXRenderer.Reference.Kind, id: String) -> xmlNodePtr? {
            kind == .footnote ? footnotes[id] : endnotes[id]
        }

        private static func index(_ root: xmlNodePtr?, element: String) -> [String: xmlNodePtr] {
            guard let root else { return [:] }
            var result: [String: xmlNodePtr] = [:]
            var child = root.pointee.children
            while let node = child {
                if LibXML.isElement(node), LibXML.name(node) == element, let id = LibXML.attribute(node, "id") { result[id] = node }
                child = node.pointee.next
            }
            return result
        }
    }
}
