import EntenteModel

extension Evaluator {
    /// `outline DOC`: one row per provision in document order — `path`, `kind`, `summary` (a
    /// division's heading, or the first words of a paragraph), `line` — with each row's depth in
    /// `indents` so the table renderer can draw the tree.
    public func outline(_ reference: DocumentReference, file: String = "<input>") throws(Diagnostic) -> Table {
        let document = try environment.resolve(reference, file: file)
        let rows: [[Value]] = document.provisions.map { provision in
            [.string(provision.path), .string(provision.kind.rawValue), .string(Self.summary(provision)),
             .number(Double(provision.line))]
        }
        return Table(columns: ["path", "kind", "summary", "line"], rows: rows,
                     title: "\(document.id): \(document.title)", indents: document.provisions.map(\.depth))
    }

    /// `show DOC PATH`: the provision and its subtree, one row each — `document`, `provision`,
    /// `line`, `text`. An unknown path is reported at `pathRange` with the nearest real path.
    public func show(_ reference: DocumentReference, path: String, pathRange: SourceRange? = nil,
                     file: String = "<input>") throws(Diagnostic) -> Table {
        let document = try environment.resolve(reference, file: file)
        let subtree = document.subtree(at: path)
        guard !subtree.isEmpty else {
            let paths = document.provisions.map(\.path)
            var notes: [String] = []
            if let match = paths.first(where: { $0.lowercased() == path.lowercased() })
                ?? Suggestion.nearest(to: path, among: paths) {
                notes.append("did you mean `\(match)`?")
            } else if !paths.isEmpty {
                notes.append("`outline \(document.id)` lists its provisions")
            }
            throw Diagnostic(code: "E0401", message: "no provision `\(path)` in `\(document.id)`", file: file,
                             range: pathRange ?? reference.range, label: "unknown path", notes: notes)
        }
        let rows: [[Value]] = subtree.map { provision in
            [.string(document.id), .string(provision.path), .number(Double(provision.line)), .string(provision.text)]
        }
        return Table(columns: ["document", "provision", "line", "text"], rows: rows)
    }

    /// A division's heading, or a paragraph's first words (about 60 characters, cut at a word).
    static func summary(_ provision: Provision) -> String {
        let structural: Set<ProvisionKind> = [.part, .section, .article, .annex]
        if structural.contains(provision.kind), !provision.heading.isEmpty { return provision.heading }
        let words = provision.text.split(whereSeparator: { $0.isWhitespace })
        var result = ""
        for word in words {
            if result.count + word.count + 1 > 60 {
                return result + "…"
            }
            result += result.isEmpty ? String(word) : " " + word
        }
        return result
    }
}
