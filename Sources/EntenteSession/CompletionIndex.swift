import EntenteLanguage
import Synchronization

/// The words tab completion offers, shared with the line editor's callback. Guarded by a mutex
/// because the editor holds it in a Sendable closure while the session keeps it current.
public final class CompletionIndex: Sendable {
    private struct Names {
        var documents: [String] = []
        /// `let` names with the columns of their tables.
        var bindings: [String: [String]] = [:]
        /// Earlier lines of a statement still being typed: the context of a continuation line.
        var unfinishedStatement = ""
    }

    private let names = Mutex(Names())

    public init() {}

    func update(documents: [String], bindings: [String: [String]]) {
        names.withLock {
            $0.documents = documents
            $0.bindings = bindings
        }
    }

    func update(unfinishedStatement: String) {
        names.withLock { $0.unfinishedStatement = unfinishedStatement }
    }

    /// Whole words that may replace `word`, given the text before it on the line. The line editor
    /// decides where a word starts; this decides what fits there:
    /// - at the start of a line: meta-commands (`.sch` → `.schema`), sources, statements, `let` names;
    /// - after `|`: stages; after `where`, `select`, `by`, `sort`, `and`, `or`, `not` or `,`: the fields of the
    ///   statement's source; after `in`, `outline`, `show`: document names;
    /// - inside `load "…`: file and directory names (directories end in `/`).
    public func candidates(for word: String, after precedingText: String, quoted: Bool) -> [String] {
        let (documents, bindings, earlierLines) = names.withLock { ($0.documents, $0.bindings, $0.unfinishedStatement) }
        let precedingText = earlierLines.isEmpty ? precedingText : earlierLines + "\n" + precedingText
        let statement = precedingText.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        var tokens = statement.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        // `let NAME = QUERY`: what follows `=` is completed as a statement of its own.
        if tokens.first == "let", tokens.count >= 3, tokens[2] == "=" { tokens.removeFirst(3) }
        if quoted {
            return tokens.first == "load" ? Self.paths(matching: word) : []
        }
        var vocabulary: [String]
        switch tokens.last {
        case nil:
            if word.hasPrefix(".") { return MetaCommand.names.map { "." + $0 }.filter { $0.hasPrefix(word) } }
            vocabulary = Catalog.sources.map(\.name) + Catalog.statements.map(\.name) + bindings.keys.sorted()
        case "|":
            vocabulary = Catalog.stages.map(\.name)
        case "in", "outline", "show":
            vocabulary = documents
        case "where", "select", "by", "sort", "and", "or", "not", ",":
            vocabulary = Self.fields(ofStatementStartingWith: tokens.first, bindings: bindings)
        default:
            if tokens.last?.hasSuffix(",") == true {
                vocabulary = Self.fields(ofStatementStartingWith: tokens.first, bindings: bindings)
            } else {
                vocabulary = Catalog.keywords + Self.fields(ofStatementStartingWith: tokens.first, bindings: bindings)
            }
        }
        return Array(Set(vocabulary.filter { $0.hasPrefix(word) && $0 != word })).sorted()
    }

    private static func fields(ofStatementStartingWith first: String?, bindings: [String: [String]]) -> [String] {
        if let first, let source = Catalog.source(first) { return source.fields.map(\.name) }
        if let first, let columns = bindings[first] { return columns }
        return Catalog.sources.flatMap { $0.fields.map(\.name) }
    }

    /// Entries of the directory named by `prefix`'s directory part that start with its last part.
    private static func paths(matching prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let directory = slash.map { String(prefix[...$0]) } ?? ""
        let stem = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let listed = directory.isEmpty ? "." : directory
        guard let names = FilePaths.names(in: listed) else { return [] }
        // Only the names that match are looked at: a directory may hold thousands of texts.
        return names.filter { $0.hasPrefix(stem) && ($0.hasPrefix(".") == stem.hasPrefix(".")) }.sorted().map { name in
            directory + name + (FilePaths.isDirectory(FilePaths.joined(name, to: listed)) ? "/" : "")
        }
    }
}
