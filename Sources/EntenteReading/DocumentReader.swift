import EntenteModel

/// Reads a plain-text agreement or report into a `Document`.
///
/// Passes, each in its own type: decode and split lines (`SourceText`), drop web chrome
/// (`ChromeFilter`), classify lines (`LineClassifier`), find the title (`TitleFinder`), the parties
/// (`PartiesExtractor`) and the kind (`KindClassifier`), build the provision tree (`OutlineBuilder`),
/// then read definitions (`DefinitionExtractor`) and the signature (`SignatureExtractor`).
/// Every pass is linear in the number of lines and looks at a bounded prefix of each line.
///
/// ## Provision paths (the full scheme, with examples: docs/paths.md)
/// Labels as printed, without punctuation, joined by dots:
/// - Parts, sections, numbered paragraphs, items, sub-items: `I`, `IV.A`, `IV.A.7`, `IV.A.7.iii`,
///   `IV.A.7.iii.A`. A list rendering's extra number before a printed label ("1. (A)") and a bullet
///   before one ("• (iii)") are not labels. `Paragraph 3:` used for sections is `3`; a numbered
///   heading standing alone ("1. General cooperation") is a section `1`.
/// - Article texts: articles are at the top whatever groups them, so "Article 5(2)(a)" is `5.2.a`;
///   in those texts parts, chapters and sections that group articles get their keyword in the path
///   (`chapterII`, `section1`), so they never collide with article numbers. Decimal paragraph numbers
///   repeat the article's ("1.2." in Article 1): the path keeps the last number, `1.2`.
/// - Unnumbered paragraphs: a division's only one is the division's own text (items under it are
///   the division's: `6.i`); several, with no labelled siblings, are numbered by position (`5.2`);
///   beside numbered paragraphs the first is the lead-in (the division's text), the others `p1`….
/// - Annexes: `annex` + label (`annexA`, `annex` when unlabelled), with their own subtree.
/// - The preamble: `preamble` (its text is the parties line, if any) with recitals `preamble.1`…;
///   bullets after a recital that ends with a colon are its children (`preamble.9.1`).
/// - The signature block: `signature`; footnote texts (`[1] …`): `fn1`, `fn2`….
/// - Unlabelled nodes get ordinals: bullets `1`, `2`… under their parent; unnumbered sub-headings
///   ("Scope") `s1`, `s2`… under theirs.
/// - A label that repeats under one parent gets `-2`, `-3`… in document order (`1`, `1-2`).
/// - Texts without structure: a report's (or a letter's) paragraphs are `1`, `2`… of kind
///   `paragraph`; a text of one paragraph is one provision `body`; an empty text has no provisions
///   and a `read-empty` warning.
public struct DocumentReader: Sendable {
    public init() {}

    /// Reads `bytes` (a whole file) into a Document. `path` is as the user gave it; `id` is the
    /// document's query name. Throws a `read-binary` Diagnostic when the bytes cannot be a text (NUL
    /// bytes, mostly control characters). Invalid UTF-8 is decoded with U+FFFD and reported as a
    /// `read-invalid-utf8` warning in `Document.warnings`.
    public func read(bytes: [UInt8], path: String, id: String) throws(Diagnostic) -> Document {
        // HTML, Markdown, PDF and DOCX become plain text first; the pin stays on the original bytes.
        let decoded = try SourceDecoder.decode(bytes: bytes, path: path)
        let source = try SourceText(bytes: decoded.bytes, path: path)
        var warnings = decoded.warnings + source.warnings
        let info = SourceInfo(path: path, bytes: bytes.count, sha256: SHA256.hex(bytes))

        let chrome = ChromeFilter.chromeLines(source.lines)
        var classified: [ClassifiedLine] = []
        classified.reserveCapacity(source.lines.count)
        for (index, line) in source.lines.enumerated() {
            if chrome.contains(index) {
                classified.append(ClassifiedLine(number: index + 1, indent: 0, text: line[line.endIndex...], kind: .blank))
            } else {
                classified.append(LineClassifier.classify(line, number: index + 1))
            }
        }

        let titled = TitleFinder.find(classified)
        let body = Array(classified[titled.bodyStart...])
        guard body.contains(where: { if case .blank = $0.kind { return false } else { return true } }) || !titled.title.isEmpty
        else {
            warnings.append(Diagnostic(.warning, code: "read-empty", message: "\(path) has no text", file: path))
            return Document(id: id, title: id, kind: .other, source: info, warnings: warnings)
        }

        let parties = PartiesExtractor.find(classified, title: titled.title, bodyStart: titled.bodyStart)
        let kind = KindClassifier.classify(body, hasParties: parties.partiesLine != nil)
        let nodes: [OutlineNode]
        if kind == .report {
            nodes = OutlineBuilder.paragraphs(body, title: titled.title)
        } else {
            var builder = OutlineBuilder(lines: body, partiesLine: parties.partiesLine.map { $0 - titled.bodyStart })
            nodes = builder.build()
        }
        var provisions = Self.provisions(from: nodes)
        if kind == .report {
            // A report's claims are checked sentence by sentence.
            provisions = ReportSentences.withSentences(provisions, lines: source.lines)
        }
        if provisions.isEmpty {
            warnings.append(Diagnostic(.warning, code: "read-no-body", message: "\(path) has a title but no body text", file: path))
        }

        var definitions: [Definition] = []
        if let alias = parties.alias, let line = parties.partiesLine {
            let term = alias.alias.hasPrefix("the ") ? String(alias.alias.dropFirst(4)) : alias.alias
            let meaning = Self.list(parties.parties)
            let provision = provisions.first { $0.kind == .preamble }?.path ?? provisions.first?.path ?? ""
            definitions.append(Definition(term: term, meaning: meaning, provision: provision, line: classified[line].number))
        }
        for definition in DefinitionExtractor.definitions(in: provisions, lines: source.lines)
        where definition.term != definition.meaning
            && !definitions.contains(where: { $0.term.lowercased() == definition.term.lowercased() }) {
            definitions.append(definition)
        }

        var signature = SignatureExtractor.Result()
        if kind != .report, let block = provisions.first(where: { $0.kind == .signature }) {
            signature = SignatureExtractor.extract(block.text)
        }
        let document = Document(
            id: id, title: titled.title.isEmpty ? id : titled.title, kind: kind,
            parties: kind == .report ? [] : parties.parties,
            aliases: kind == .report ? [] : parties.alias.map { [$0] } ?? [], definitions: definitions,
            signed: signature.date, place: signature.place, languages: signature.languages, source: info,
            provisions: provisions, warnings: warnings)
        return MetadataRefiner.refine(document, lines: source.lines)
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }

    /// Turns built nodes into provisions: paths from segments (repeats get `-2`, `-3`…), headings
    /// from the nearest heading ancestor.
    static func provisions(from nodes: [OutlineNode]) -> [Provision] {
        var paths: [String] = []
        var headings: [String] = []
        var used: [Int: [String: Int]] = [:]
        var provisions: [Provision] = []
        provisions.reserveCapacity(nodes.count)
        for node in nodes {
            let parentKey = node.parent ?? -1
            let count = (used[parentKey]?[node.segment] ?? 0) + 1
            used[parentKey, default: [:]][node.segment] = count
            let segment = count == 1 ? node.segment : "\(node.segment)-\(count)"
            let parentPath = node.parent.flatMap { $0 < paths.count ? paths[$0] : nil }
            let path = parentPath.map { "\($0).\(segment)" } ?? segment
            let heading: String
            if node.level != nil || node.kind == .preamble || node.kind == .signature || node.parent == nil {
                heading = node.title.isEmpty ? node.printedHeading : node.title
            } else {
                heading = node.parent.flatMap { $0 < headings.count ? headings[$0] : nil } ?? ""
            }
            paths.append(path)
            headings.append(heading)
            let depth = node.parent == nil ? 0 : node.depth
            provisions.append(Provision(
                path: path, kind: node.kind, label: node.label, heading: heading, text: node.text,
                line: node.line, endLine: node.endLine, depth: depth))
        }
        return provisions
    }
}
