/// What a loaded text is: an agreement between parties, a report about agreements, or anything else.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable, Codable {
    case agreement
    case report
    case other
}

/// Where a document's bytes came from, so that a saved session can pin them.
public struct SourceInfo: Sendable, Hashable, Codable {
    /// The path as the user gave it.
    public var path: String
    /// Size of the file in bytes.
    public var bytes: Int
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String

    public init(path: String, bytes: Int, sha256: String) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }
}

/// A name that stands for several parties at once ("the Participants" → Canada, Ukraine).
public struct CollectiveAlias: Sendable, Hashable, Codable {
    /// The alias as written, with its article: "the Participants".
    public var alias: String
    /// The parties it stands for, in the order the text names them.
    public var members: [String]

    public init(alias: String, members: [String]) {
        self.alias = alias
        self.members = members
    }
}

/// A term the text defines for itself: a quoted alias ("the “G7 Joint Declaration”") or an acronym ("(CUSSP)").
public struct Definition: Sendable, Hashable, Codable {
    public var term: String
    public var meaning: String
    /// Path of the provision that defines it.
    public var provision: String
    /// 1-based source line of the definition.
    public var line: Int

    public init(term: String, meaning: String, provision: String, line: Int) {
        self.term = term
        self.meaning = meaning
        self.provision = provision
        self.line = line
    }
}

/// One loaded text and everything read from it. A plain value: reading builds it, nothing mutates it after.
public struct Document: Sendable, Hashable {
    /// Short name used in queries: from `load … as NAME` or the file name without its extension.
    public var id: String
    public var title: String
    public var kind: DocumentKind
    /// The parties in the order the text names them.
    public var parties: [String]
    public var aliases: [CollectiveAlias]
    public var definitions: [Definition]
    /// ISO date of signature (`2024-02-24`), if the text states it.
    public var signed: String?
    public var place: String?
    public var languages: [String]
    public var source: SourceInfo
    /// Every provision in document order (a pre-order walk of the provision tree).
    public var provisions: [Provision]
    /// Problems met while reading that did not stop it (invalid UTF-8, no structure found…).
    public var warnings: [Diagnostic]
    /// Commitments, terms, amounts, dates… extracted from the provisions after reading.
    public var facts: Facts

    public init(
        id: String, title: String, kind: DocumentKind, parties: [String] = [], aliases: [CollectiveAlias] = [],
        definitions: [Definition] = [], signed: String? = nil, place: String? = nil, languages: [String] = [],
        source: SourceInfo, provisions: [Provision] = [], warnings: [Diagnostic] = [], facts: Facts = Facts()
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.parties = parties
        self.aliases = aliases
        self.definitions = definitions
        self.signed = signed
        self.place = place
        self.languages = languages
        self.source = source
        self.provisions = provisions
        self.warnings = warnings
        self.facts = facts
    }

    /// The provision at `path`, compared exactly (paths are case-sensitive: `IV.A` is not `iv.a`).
    public func provision(at path: String) -> Provision? {
        provisions.first { $0.path == path }
    }

    /// The provision at `path` followed by all its descendants, in document order.
    public func subtree(at path: String) -> [Provision] {
        guard let start = provisions.firstIndex(where: { $0.path == path }) else { return [] }
        let prefix = path + "."
        var result = [provisions[start]]
        for provision in provisions[(start + 1)...] {
            guard provision.path.hasPrefix(prefix) else { break }
            result.append(provision)
        }
        return result
    }
}
