/// How a statement's table is written out (`--format`, `.mode`).
public enum OutputFormat: String, Sendable, CaseIterable {
    case table
    case json

    /// The names `.mode` and `--format` accept, in the order help lists them.
    public static var names: [String] { allCases.map(\.rawValue) }
}
