import EntenteLanguage
import Synchronization

/// The words tab completion offers, shared with the line editor's callback. Guarded by a mutex
/// because the editor holds it as a Sendable closure while the session keeps it current.
public final class CompletionIndex: Sendable {
    private struct Names {
        var documents: [String] = []
        var bindings: [String] = []
    }

    private let names = Mutex(Names())

    public init() {}

    func update(documents: [String], bindings: [String]) {
        names.withLock {
            $0.documents = documents
            $0.bindings = bindings
        }
    }

    /// Candidates for the word being typed at the end of `lineBeforeCursor`: meta-commands at the
    /// start of a line, otherwise keywords, sources, fields, document and `let` names that start
    /// with the word. Sorted and without duplicates.
    public func candidates(for lineBeforeCursor: String) -> [String] {
        let word = String(lineBeforeCursor.reversed().prefix { !Self.isBoundary($0) }.reversed())
        let trimmed = lineBeforeCursor.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("."), !trimmed.contains(" ") {
            return MetaCommand.names.map { "." + $0 }.filter { $0.hasPrefix(String(trimmed)) }
        }
        let (documents, bindings) = names.withLock { ($0.documents, $0.bindings) }
        var vocabulary = Set(Catalog.keywords)
        vocabulary.formUnion(Catalog.sources.map(\.name))
        for source in Catalog.sources { vocabulary.formUnion(source.fields.map(\.name)) }
        vocabulary.formUnion(documents)
        vocabulary.formUnion(bindings)
        return vocabulary.filter { $0.hasPrefix(word) && $0 != word }.sorted()
    }

    private static func isBoundary(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "|" || character == "(" || character == ","
            || character == "[" || character == "\"" || character == "="
    }
}
