import EntenteModel

/// A document's bytes decoded to the UTF-8 text the structure reader reads.
public struct DecodedSource: Sendable {
    /// The format the bytes were read as.
    public var format: SourceFormat
    /// UTF-8 text for the structure reader. For `text` these are the input bytes themselves (UTF-16
    /// is converted), so the reader still refuses binary input and reports invalid UTF-8.
    public var bytes: [UInt8]
    /// What decoding noticed without failing (invalid UTF-8 in Markdown or HTML, pdftotext's complaints).
    public var warnings: [Diagnostic]

    public init(format: SourceFormat, bytes: [UInt8], warnings: [Diagnostic] = []) {
        self.format = format
        self.bytes = bytes
        self.warnings = warnings
    }
}

/// Decodes a document of any supported format (see `SourceFormat.detect`) to plain text: one
/// paragraph a line or hard-wrapped lines, headings and list items on lines of their own.
public enum SourceDecoder {
    /// Decodes `bytes`, read from `path` (as the user gave it; its extension helps detection).
    /// Throws a Diagnostic naming `path` when a PDF or DOCX cannot be read, or a `.pdf`/`.docx` file
    /// is binary but not one.
    public static func decode(bytes: [UInt8], path: String) throws(Diagnostic) -> DecodedSource {
        try decode(bytes: bytes, path: path, pdf: PDFDecoder())
    }

    /// The same with a given PDF decoder (tests hand it a search path without pdftotext).
    static func decode(bytes: [UInt8], path: String, pdf: PDFDecoder) throws(Diagnostic) -> DecodedSource {
        let format = SourceFormat.detect(bytes: bytes, path: path)
        switch format {
        case .pdf:
            let (text, warnings) = try pdf.decode(bytes: bytes, path: path)
            return DecodedSource(format: .pdf, bytes: Array(text.utf8), warnings: warnings)
        case .docx:
            return DecodedSource(format: .docx, bytes: Array(try DOCXDecoder.decode(bytes: bytes, path: path).utf8))
        case .html:
            let (text, warnings) = try HTMLDecoder.decode(bytes: bytes, path: path)
            return DecodedSource(format: .html, bytes: Array(text.utf8), warnings: warnings)
        case .markdown:
            let (text, warnings) = TextBytes.decode(bytes, path: path)
            return DecodedSource(format: .markdown, bytes: Array(MarkdownDecoder.decode(text).utf8), warnings: warnings)
        case .text:
            let suffix = SourceFormat.fileExtension(path)
            if suffix == "pdf" || suffix == "docx", TextBytes.looksBinary(bytes) {
                let what = suffix == "pdf" ? "a PDF (it does not start with %PDF-)" : "a Word document (it is not a ZIP archive)"
                throw Diagnostic(code: "read-binary", message: "\(path) is a binary file but not \(what)", file: path)
            }
            if TextBytes.encoding(bytes) != .utf8 {
                let (text, warnings) = TextBytes.decode(bytes, path: path)
                return DecodedSource(format: .text, bytes: Array(text.utf8), warnings: warnings)
            }
            return DecodedSource(format: .text, bytes: bytes)
        }
    }
}
