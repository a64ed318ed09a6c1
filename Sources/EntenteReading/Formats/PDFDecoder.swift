import EntenteModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a PDF into text with `pdftotext -layout` from poppler-utils, then cleans it up the way the
/// corpus's PDF-derived texts were: form feeds removed, lines holding only a page number removed,
/// trailing whitespace stripped, runs of three or more blank lines collapsed to one.
///
/// The bytes are always written to a private temporary file first, so the text is that of exactly
/// the bytes that were hashed (the file on disk may have changed since, or be standard input).
struct PDFDecoder {
    /// The directories searched for `pdftotext`, as in `PATH`.
    var searchPath: String?
    /// How long pdftotext may run before it is stopped.
    var timeout: Double = 300

    init(searchPath: String? = getenv("PATH").map { String(cString: $0) }) {
        self.searchPath = searchPath
    }

    func decode(bytes: [UInt8], path: String) throws(Diagnostic) -> (text: String, warnings: [Diagnostic]) {
        guard let tool = Self.locate("pdftotext", searchPath: searchPath) else {
            throw Diagnostic(
                code: "read-pdf-no-pdftotext",
                message: "cannot read PDF \(path): pdftotext is not installed (apt-get install poppler-utils)", file: path)
        }
        var directory: TemporaryDirectory
        do {
            directory = try TemporaryDirectory(prefix: "entente-pdf-")
        } catch {
            throw failure(path, error.reason)
        }
        let input = directory.file("input.pdf")
        let output = directory.file("output.txt")
        let errors = directory.file("errors.txt")
        defer { directory.remove() }
        guard directory.save(bytes, to: input) else {
            throw failure(path, "cannot write a temporary file in \(directory.path) (\(String(cString: strerror(errno))))")
        }

        let child = ChildProcess(
            executable: tool, arguments: ["-layout", "-enc", "UTF-8", input, output], errorFile: errors, timeoutSeconds: timeout)
        let outcome: ChildProcess.Outcome
        do {
            outcome = try child.run()
        } catch {
            throw failure(path, "cannot run \(tool) (\(error.reason))")
        }
        let messages = directory.contents(of: errors).map { Self.messageLines(String(decoding: $0, as: UTF8.self)) } ?? []
        switch outcome {
        case .timedOut: throw failure(path, "pdftotext did not finish within \(Int(timeout)) seconds")
        case .signalled(let signal): throw failure(path, "pdftotext was stopped by signal \(signal)")
        case .exited(let status) where status != 0: throw Self.explain(status: status, messages: messages, path: path)
        case .exited: break
        }
        guard let data = directory.contents(of: output) else { throw failure(path, "pdftotext wrote no output") }

        var warnings: [Diagnostic] = []
        if let first = messages.first {
            warnings.append(Diagnostic(
                .warning, code: "read-pdf-warning",
                message: "pdftotext reported \(messages.count) problem\(messages.count == 1 ? "" : "s") reading \(path); the first: \(first)",
                file: path))
        }
        let text = Self.clean(String(decoding: data, as: UTF8.self))
        if text.isEmpty {
            warnings.append(Diagnostic(
                .warning, code: "read-pdf-no-text",
                message: "\(path) has no text layer (a scanned PDF?): run OCR on it first, e.g. with ocrmypdf", file: path))
        }
        return (text, warnings)
    }

    private func failure(_ path: String, _ why: String) -> Diagnostic {
        Diagnostic(code: "read-pdf-failed", message: "cannot read PDF \(path): \(why)", file: path)
    }

    /// pdftotext's exit codes: 1 the file cannot be opened as a PDF, 3 copying text is not permitted.
    private static func explain(status: Int32, messages: [String], path: String) -> Diagnostic {
        let detail = messages.first.map { " (pdftotext: \($0))" } ?? ""
        let why: String
        if messages.contains(where: { $0.lowercased().contains("password") }) {
            why = "it is password-protected"
        } else if status == 1 {
            why = "it is damaged or not a PDF\(detail)"
        } else if status == 3 {
            why = "its permissions forbid copying its text\(detail)"
        } else {
            why = "pdftotext failed with exit status \(status)\(detail)"
        }
        return Diagnostic(code: status == 1 ? "read-pdf-malformed" : "read-pdf-failed", message: "cannot read PDF \(path): \(why)", file: path)
    }

    private static func messageLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { String($0) }.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// The first executable `name` in the `:`-separated directories of `searchPath`.
    static func locate(_ name: String, searchPath: String?) -> String? {
        guard let searchPath else { return nil }
        for directory in searchPath.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = directory.hasSuffix("/") ? "\(directory)\(name)" : "\(directory)/\(name)"
            var status = stat()
            if stat(candidate, &status) == 0, status.st_mode & S_IFMT != S_IFDIR, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }

    /// Form feeds out, page-number lines out, trailing whitespace off, 3+ blank lines to one, no
    /// blank lines at either end; a final newline when there is text.
    static func clean(_ text: String) -> String {
        var lines: [Substring] = []
        var blanks = 0
        for raw in SourceText.splitLines(String(text.unicodeScalars.filter { $0 != "\u{0C}" })) {
            var line = raw
            while let last = line.last, last.isWhitespace { line.removeLast() }
            if isPageNumber(line) { continue }
            if line.isEmpty {
                blanks += 1
                continue
            }
            if !lines.isEmpty { lines.append(contentsOf: repeatElement("", count: blanks >= 3 ? 1 : blanks)) }
            blanks = 0
            lines.append(line)
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// "12", "- 12 -", "Page 12", "Page 12 of 16" alone on a line.
    static func isPageNumber(_ line: Substring) -> Bool {
        var words = line.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        if words.count == 3, words[0] == "-", words[2] == "-" { words = [words[1]] }
        if words.first == "page" {
            words.removeFirst()
            if words.count == 3, words[1] == "of", isNumber(words[2]) { words = [words[0]] }
        }
        return words.count == 1 && isNumber(words[0])
    }

    private static func isNumber(_ word: String) -> Bool {
        !word.isEmpty && word.count <= 4 && word.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
