import EntenteModel

/// What a query can see: the loaded documents, in load order, and the tables bound by `let`.
public struct Environment: Sendable {
    /// Loaded documents in load order; that order is the row order of every source.
    public var documents: [Document]
    /// Tables bound by `let NAME = …`, evaluated when the `let` ran.
    public var bindings: [String: Table]
    /// Values of `$NAME` parameters, set by the session from `-v NAME=VALUE` (see `Value(parameter:)`).
    public var parameters: [String: Value]

    public init(documents: [Document] = [], bindings: [String: Table] = [:], parameters: [String: Value] = [:]) {
        self.documents = documents
        self.bindings = bindings
        self.parameters = parameters
    }

    /// The loaded document `reference` names, or a located error naming the loaded ones.
    func resolve(_ reference: DocumentReference, file: String) throws(Diagnostic) -> Document {
        if let document = documents.first(where: { $0.id == reference.name }) { return document }
        let ids = documents.map(\.id)
        var notes: [String] = []
        if let exact = ids.first(where: { $0.lowercased() == reference.name.lowercased() })
            ?? Suggestion.nearest(to: reference.name, among: ids) {
            notes.append("did you mean `\(exact)`?")
        }
        notes.append(ids.isEmpty
            ? "no documents are loaded; use `load \"PATH\"` first"
            : "loaded documents: \(ids.joined(separator: ", "))")
        throw Diagnostic(code: "E0303", message: "unknown document `\(reference.name)`", file: file,
                         range: reference.range, label: "not loaded", notes: notes)
    }
}
