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
        // The pin is on the original bytes; a large file is hashed on another thread meanwhile.
        let digest = SHA256.Background(bytes)
        // HTML, Markdown, PDF and DOCX become plain text first.
        let decoded = try SourceDecoder.decode(bytes: bytes, path: path)
        let source = try SourceText(bytes: decoded.bytes, path: path)
        var warnings = decoded.warnings + source.warnings

        guard var outline = Self.outline(of: source.lines) else {
            warnings.append(Diagnostic(.warning, code: "read-empty", message: "\(path) has no text", file: path))
            let info = SourceInfo(path: path, bytes: bytes.count, sha256: digest.digest())
            return Document(id: id, title: id, kind: .other, source: info, warnings: warnings)
        }
        let titled = outline.titled
        let parties = outline.parties
        let kind = outline.kind
        var provisions = outline.provisions
        outline.provisions = []
        if kind == .report {
            // A report's claims are checked sentence by sentence.
            provisions = ReportSentences.withSentences(provisions, lines: source.lines)
        }
        if provisions.isEmpty {
            warnings.append(Diagnostic(.warning, code: "read-no-body", message: "\(path) has a title but no body text", file: path))
        }

        var definitions: [Definition] = []
        if let alias = parties.alias, let line = outline.partiesLineNumber {
            let term = alias.alias.hasPrefix("the ") ? String(alias.alias.dropFirst(4)) : alias.alias
            let meaning = Self.list(parties.parties)
            let provision = provisions.first { $0.kind == .preamble }?.path ?? provisions.first?.path ?? ""
            definitions.append(Definition(term: term, meaning: meaning, provision: provision, line: line))
        }
        // The terms so far, lower-cased: a term defined again is left out.
        var terms = SortedStrings(definitions.map { $0.term.lowercased() })
        for definition in DefinitionExtractor.definitions(in: provisions, lines: source.lines) where definition.term != definition.meaning {
            guard terms.insert(definition.term.lowercased()) else { continue }
            definitions.append(definition)
        }

        var signature = SignatureExtractor.Result()
        if kind != .report, let block = provisions.first(where: { $0.kind == .signature }) {
            signature = SignatureExtractor.extract(block.text)
        }
        let info = SourceInfo(path: path, bytes: bytes.count, sha256: digest.digest())
        let document = Document(
            id: id, title: titled.title.isEmpty ? id : titled.title, kind: kind,
            parties: kind == .report ? [] : parties.parties,
            aliases: kind == .report ? [] : parties.alias.map { [$0] } ?? [], definitions: definitions,
            signed: signature.date, place: signature.place, languages: signature.languages, source: info,
            provisions: provisions, warnings: warnings)
        return MetadataRefiner.refine(document, lines: source.lines, parsed: parties.parsed)
    }

    /// What the structure passes make of a text's lines.
    struct Outline {
        var titled: TitleFinder.Result
        var parties: PartiesExtractor.Result
        /// The 1-based source line of the parties line, if any.
        var partiesLineNumber: Int?
        var kind: DocumentKind
        var provisions: [Provision]
    }

    /// Drops chrome, classifies the lines, finds title, parties and kind, and builds the provision
    /// tree; nil when the text has neither a title nor a non-blank body line. The classified lines
    /// live only in `structure(of:)` and the tree's nodes only in here, so each is freed as soon as
    /// the next step has what it needs.
    static func outline(of lines: [Substring]) -> Outline? {
        guard let structure = structure(of: lines) else { return nil }
        return Outline(
            titled: structure.titled, parties: structure.parties, partiesLineNumber: structure.partiesLineNumber,
            kind: structure.kind, provisions: provisions(from: structure.nodes))
    }

    /// What `structure(of:)` finds: an `Outline` with the tree's nodes instead of provisions.
    private struct Structure {
        var titled: TitleFinder.Result
        var parties: PartiesExtractor.Result
        var partiesLineNumber: Int?
        var kind: DocumentKind
        var nodes: [OutlineNode]
    }

    private static func structure(of lines: [Substring]) -> Structure? {
        let chrome = ChromeFilter.chromeMask(lines)
        var classified: [ClassifiedLine] = []
        classified.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if chrome[index] {
                classified.append(ClassifiedLine(number: index + 1, indent: 0, text: line[line.endIndex...], kind: .blank))
            } else {
                classified.append(LineClassifier.classify(line, number: index + 1))
            }
        }

        let titled = TitleFinder.find(classified)
        guard classified[titled.bodyStart...].contains(where: { if case .blank = $0.kind { return false } else { return true } })
                || !titled.title.isEmpty
        else { return nil }

        let parties = PartiesExtractor.find(classified, title: titled.title, bodyStart: titled.bodyStart)
        let partiesLineNumber = parties.partiesLine.map { classified[$0].number }
        // The body is what follows the title: the title's lines are dropped in place, not copied.
        classified.removeSubrange(..<titled.bodyStart)
        let kind = KindClassifier.classify(classified, hasParties: parties.partiesLine != nil)
        let nodes: [OutlineNode]
        if kind == .report {
            nodes = OutlineBuilder.paragraphs(classified, title: titled.title)
        } else {
            var builder = OutlineBuilder(lines: classified, partiesLine: parties.partiesLine.map { $0 - titled.bodyStart })
            nodes = builder.build()
        }
        return Structure(titled: titled, parties: parties, partiesLineNumber: partiesLineNumber, kind: kind, nodes: nodes)
    }

    /// How many times each segment occurred under each parent, for numbering repeated labels: an
    /// open-addressing table hashed and compared as a dictionary keyed by (parent, segment) would
    /// be. A dictionary of a key type of its own costs the runtime a conformance search at first
    /// use, a large part of reading a short text.
    private struct SegmentCounts {
        /// Per slot: the parent and segment counted there (parent -2 for an empty slot), and the count.
        private var parents: [Int]
        private var segments: [String]
        private var counts: [Int]
        private let mask: Int

        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size *= 2 }
            parents = [Int](repeating: -2, count: size)
            segments = [String](repeating: "", count: size)
            counts = [Int](repeating: 0, count: size)
            mask = size - 1
        }

        /// Counts one more `segment` under `parent` (-1 for the top) and returns its count so far.
        mutating func increment(parent: Int, segment: String) -> Int {
            // The hash only picks the first slot to probe (slots are compared in full), so a cheap
            // one does: FNV-1a over the segment's few bytes, from the parent's scrambled number.
            var hash = UInt64(bitPattern: Int64(parent)) &* 0x9E37_79B9_7F4A_7C15
            for byte in segment.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            var slot = Int(truncatingIfNeeded: hash ^ hash >> 32) & mask
            while parents[slot] != -2, parents[slot] != parent || segments[slot] != segment { slot = (slot + 1) & mask }
            if parents[slot] == -2 {
                parents[slot] = parent
                segments[slot] = segment
            }
            counts[slot] += 1
            return counts[slot]
        }
    }

    /// `parent.segment` (string interpolation is several times slower), written byte by byte into
    /// a string of its exact size: a short path is a small string, stored inline.
    private static func joined(_ parent: String, _ segment: String) -> String {
        var parent = parent
        var segment = segment
        let parentLength = parent.utf8.count
        return String(unsafeUninitializedCapacity: parentLength + 1 + segment.utf8.count) { buffer in
            let afterParent = parent.withUTF8 { buffer.initialize(from: $0).index }
            buffer[afterParent] = UInt8(ascii: ".")
            let end = segment.withUTF8 { UnsafeMutableBufferPointer(rebasing: buffer[(afterParent + 1)...]).initialize(from: $0).index }
            return afterParent + 1 + end
        }
    }

    /// "A", "A and B", "A, B and C". Appended name by name: joining a slice instantiates the
    /// generic `joined` at first use, which costs more than the rest of a short text's metadata.
    static func list(_ names: [String]) -> String {
        var text = ""
        for (index, name) in names.enumerated() {
            if index > 0 { text += index == names.count - 1 ? " and " : ", " }
            text += name
        }
        return text
    }

    /// Turns built nodes into provisions: paths from segments (repeats get `-2`, `-3`…), headings
    /// from the nearest heading ancestor.
    static func provisions(from nodes: [OutlineNode]) -> [Provision] {
        var paths: [String] = []
        var headings: [String] = []
        paths.reserveCapacity(nodes.count)
        headings.reserveCapacity(nodes.count)
        // How many times each segment occurred under each parent (-1 for the top).
        var used = SegmentCounts(capacity: nodes.count)
        var provisions: [Provision] = []
        provisions.reserveCapacity(nodes.count)
        // The nodes are read field by field where they lie: `for node in nodes` would copy each
        // node, retaining and releasing all of its strings.
        for index in nodes.indices {
            let parent = nodes[index].parent
            let kind = nodes[index].kind
            // One lookup both reads and bumps the count.
            let count = used.increment(parent: parent ?? -1, segment: nodes[index].segment)
            let segment = count == 1 ? nodes[index].segment : "\(nodes[index].segment)-\(count)"
            let parentPath = parent.flatMap { $0 < paths.count ? paths[$0] : nil }
            let path = parentPath.map { Self.joined($0, segment) } ?? segment
            let heading: String
            if nodes[index].level != nil || kind == .preamble || kind == .signature || parent == nil {
                heading = nodes[index].title.isEmpty ? nodes[index].printedHeading : nodes[index].title
            } else {
                heading = parent.flatMap { $0 < headings.count ? headings[$0] : nil } ?? ""
            }
            paths.append(path)
            headings.append(heading)
            let depth = parent == nil ? 0 : nodes[index].depth
            provisions.append(Provision(
                path: path, kind: kind, label: nodes[index].label, heading: heading, text: nodes[index].text,
                line: nodes[index].line, endLine: nodes[index].endLine, depth: depth))
        }
        return provisions
    }
}
