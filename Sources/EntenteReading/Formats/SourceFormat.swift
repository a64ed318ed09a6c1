/// The formats a document can arrive in. `detect` decides by content first and by the file's
/// extension second: content wins when they disagree (a `.txt` that holds a web page is HTML).
public enum SourceFormat: String, Sendable, CaseIterable {
    case text, markdown, html, pdf, docx

    // Arrays, not sets: a handful of names, and a Set<String> costs every load its first-use set-up.
    static let markdownExtensions: [String] = ["md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtext"]
    static let htmlExtensions: [String] = ["html", "htm", "xhtml", "xht", "shtml"]

    /// The format of `bytes`, read from `path` (only its extension matters; `-` for stdin has none).
    ///
    /// - A PDF has `%PDF-` in its first 1024 bytes; a DOCX is a ZIP archive holding `word/document.xml`
    ///   (or a `.docx` that is a ZIP at all, so that its decoder can say what is missing).
    /// - Other binary content is `text`, so that the text reader refuses it as binary.
    /// - A page that opens with `<!DOCTYPE html>`, `<html`, `<head` or `<body` is HTML whatever its
    ///   extension; a `.html` file is HTML if it has a tag at all; a text (not `.md`) that opens with an
    ///   HTML element is HTML.
    /// - Markdown by extension, or a text whose first line is an ATX heading (`# Title`) or that opens
    ///   with YAML front matter.
    public static func detect(bytes: [UInt8], path: String) -> SourceFormat {
        let suffix = fileExtension(path)
        if isPDF(bytes) { return .pdf }
        if ZipArchive.hasSignature(bytes) {
            if suffix == "docx" || ZipArchive.lists("word/document.xml", in: bytes) { return .docx }
            return .text
        }
        guard let prefix = TextBytes.textPrefix(bytes) else { return .text }
        switch HTMLSniff.evidence(prefix) {
        case .strong:
            return .html
        case .weak where !markdownExtensions.contains(suffix):
            return .html
        default:
            break
        }
        if htmlExtensions.contains(suffix) { return HTMLSniff.hasTag(prefix) ? .html : .text }
        if markdownExtensions.contains(suffix) || MarkdownDecoder.looksLikeMarkdown(prefix) { return .markdown }
        return .text
    }

    /// The lowercased extension of the last path component, or "" when it has none.
    static func fileExtension(_ path: String) -> String {
        // The text after the last slash: splitting the whole path made an array of its components,
        // an array type the runtime instantiated at first use for this alone.
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// `%PDF-` within the first 1024 bytes, where readers accept the header.
    static func isPDF(_ bytes: [UInt8]) -> Bool {
        let magic: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x2D]
        let limit = min(bytes.count, 1024)
        guard limit >= magic.count else { return false }
        var index = 0
        while index + magic.count <= limit {
            if bytes[index] == magic[0], bytes[index..<index + magic.count].elementsEqual(magic) { return true }
            index += 1
        }
        return false
    }
}
