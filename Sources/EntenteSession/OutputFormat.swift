import EntenteLanguage

/// How a statement's table is written out (`--format`, `.mode`): the language's formats, named
/// here so that the executable needs only the session module.
public typealias OutputFormat = TableFormat

extension TableFormat {
    /// The names `.mode` and `--format` accept, in the order help lists them.
    public static var names: [String] { allCases.map(\.rawValue) }
}
