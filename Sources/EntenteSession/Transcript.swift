
/// A transcript is a script that also holds each statement's expected output, in comment lines
/// right after the statement:
///
///     load "../agreements/canada.txt" as canada sha256 "…"
///     provisions in canada | count
///     -- | count
///     -- | -----
///     -- |   189
///     -- | (1 row)
///
/// `-- | ` starts a line of results and `-- ! ` a line of diagnostics (an empty line is `-- |` or
/// `-- !` alone); `-- \` after an output line says that line had no newline. Everything after the
/// marker is the output verbatim, trailing spaces included, so a transcript round-trips exactly.
/// Every other line is input, replayed as `entente -f` would (a line starting with `|` continues
/// the statement before it). Diagnostics name the transcript by its file name, without directory,
/// so a transcript checks the same wherever it is run from.
public enum Transcript {
    static let resultMarker = "-- |"
    static let errorMarker = "-- !"
    static let noNewlineMarker = "-- \\"

    /// True for the lines a replay writes (and ignores when reading a transcript back).
    static func isOutputLine(_ line: String) -> Bool {
        line == noNewlineMarker
            || line == resultMarker || line.hasPrefix(resultMarker + " ")
            || line == errorMarker || line.hasPrefix(errorMarker + " ")
    }

    /// Replays the input lines of `text` in a fresh session (documents resolved in `directory`,
    /// errors named `file`) and returns the transcript it produces: the same input lines, each
    /// statement followed by its output. A replay goes on after a failed statement: a transcript
    /// may expect errors too.
    public static func replay(_ text: String, file: String, directory: String, parameters: [String: String] = [:],
                              allowsChangedDocuments: Bool = false) -> String {
        let sink = RecordingSink()
        let settings = SessionSettings(format: .table, width: nil, bail: false, holdsFinishedStatements: true,
                                       allowsChangedDocuments: allowsChangedDocuments)
        let session = Session(settings: settings, sink: sink)
        session.parameters = parameters
        var result: [String] = []
        var quit = false
        // Diagnostics give line numbers in the transcript being written, which are those of the
        // expected transcript whenever the two agree.
        for line in Session.lines(of: text) where !isOutputLine(line) {
            if quit { break }
            // A held statement's output belongs before this line unless the line continues it.
            if !line.drop(while: \.isWhitespace).hasPrefix("|") {
                session.runHeld()
                result += sink.take()
            }
            result.append(line)
            if session.feed(line: line, file: file, lineNumber: result.count, directory: directory) == .quit {
                session.runHeld()
                quit = true
            }
            result += sink.take()
        }
        if !quit { _ = session.finishInput(file: file) }
        session.finish()
        result += sink.take()
        return result.map { $0 + "\n" }.joined()
    }

    /// Replays a transcript and compares: nil when the output matches, else a unified diff from
    /// the expected transcript to the actual one.
    public static func check(_ text: String, file: String, directory: String, parameters: [String: String] = [:],
                             allowsChangedDocuments: Bool = false) -> String? {
        let actual = replay(text, file: file, directory: directory, parameters: parameters,
                            allowsChangedDocuments: allowsChangedDocuments)
        // A missing newline at the very end is not a difference worth failing on.
        let expected = text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
        guard actual != expected else { return nil }
        return UnifiedDiff(expected: Session.lines(of: expected), actual: Session.lines(of: actual))
            .render(expectedName: file + " (expected)", actualName: file + " (actual)")
    }
}

/// Records results and diagnostics in the order they were written, as transcript lines.
final class RecordingSink: OutputSink {
    private var pending: [String] = []
    /// The current line of each stream when it has no newline yet.
    private var partial: (isError: Bool, text: String)?

    func write(_ text: String) { append(text, isError: false) }
    func writeError(_ text: String) { append(text, isError: true) }

    private func append(_ text: String, isError: Bool) {
        var rest = Substring(text)
        if let open = partial, open.isError != isError {
            closePartial()
        }
        while let newline = rest.firstIndex(of: "\n") {
            let line = (partial?.text ?? "") + rest[..<newline]
            partial = nil
            pending.append(Self.marked(line, isError: isError))
            rest = rest[rest.index(after: newline)...]
        }
        if !rest.isEmpty { partial = (isError, (partial?.text ?? "") + rest) }
    }

    private func closePartial() {
        guard let open = partial else { return }
        partial = nil
        pending.append(Self.marked(open.text, isError: open.isError))
        pending.append(Transcript.noNewlineMarker)
    }

    private static func marked(_ line: String, isError: Bool) -> String {
        let marker = isError ? Transcript.errorMarker : Transcript.resultMarker
        return line.isEmpty ? marker : marker + " " + line
    }

    /// The lines written since the last call.
    func take() -> [String] {
        closePartial()
        defer { pending = [] }
        return pending
    }
}
