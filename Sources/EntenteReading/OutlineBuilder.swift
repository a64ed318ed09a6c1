import EntenteModel

/// Builds the provision tree from classified lines with a stack of open nodes.
///
/// - A heading closes open headings of its level or deeper and every open list, then opens.
/// - An enumerated line becomes the sibling of the nearest open node of the same marker style
///   (up to the enclosing heading), otherwise the child of the innermost open node.
/// - Text before the first heading or enumerator is the preamble (when structure follows it) or the
///   whole body (when none does). Other text belongs to the innermost open node.
/// - A signature opening closes everything and opens the signature block. A second instrument's
///   title after a signature block ("Memorandum of Understanding …") opens a subtree of its own.
/// - A new paragraph after a list (a blank line, a capital, the list's indent or less) closes the
///   list: it belongs to the list's parent level, not to the last item.
struct OutlineBuilder {
    private let lines: [ClassifiedLine]
    /// Index in `lines` of the parties line ("Canada and Ukraine, hereinafter …"), if any.
    private let partiesLine: Int?
    /// True when the text numbers Articles: then an article's path starts at the top (`5.2.a`) and
    /// the parts or chapters that group articles get keyword paths (`chapterII`).
    private var articleMode: Bool
    /// The width most lines stay within (the 90th percentile): a hard-wrapped text's line length,
    /// so a sentence ending well short of it ends a paragraph.
    private let wrapWidth: Int

    private var nodes: [OutlineNode] = []
    private var stack: [Int] = []
    /// Per parent (-1 for the top level): how many unlabelled children of each kind it has, so that
    /// ordinals cost O(1) however long the text.
    private var ordinals: [OrdinalKey: Int] = [:]
    private var inFront = true
    private var front: [OutlineNode] = []
    /// Set while a hard-wrapped parties line runs on ("…, hereinafter “the Participants”, condemn" /
    /// "in the strongest…"): those lines belong to the preamble's own text, not to a recital.
    private var joiningParties = false
    private var partiesContinuation = ""
    /// Index in `lines` of the front matter's enacting formula ("… agree as follows:"), when it
    /// comes before the first heading: lists before it belong to the recitals.
    private let enactingLine: Int?
    /// Per line: how many Article headings there are from it to the end (for a second instrument's
    /// own article mode).
    private let articlesFrom: [Int]
    /// Per line: true when a heading or an enumerated line follows it before the next signature
    /// opening (a second instrument's title must have structure under it).
    private let structureAhead: [Bool]
    /// Per line: the next enumerated line after it, unless a heading or a signature comes first.
    private let nextItem: [Int?]

    init(lines: [ClassifiedLine], partiesLine: Int?) {
        self.lines = lines
        self.partiesLine = partiesLine
        var articles = 0
        // Line widths, bucketed up to 400 columns, for the wrap width (a linear-time percentile).
        var widths = [Int](repeating: 0, count: 401)
        var textLines = 0
        var articlesFrom = [Int](repeating: 0, count: lines.count + 1)
        var structureAhead = [Bool](repeating: false, count: lines.count)
        var nextItem = [Int?](repeating: nil, count: lines.count)
        var ahead = false
        var item: Int?
        for index in lines.indices.reversed() {
            let line = lines[index]
            structureAhead[index] = ahead
            nextItem[index] = item
            articlesFrom[index] = articlesFrom[index + 1]
            switch line.kind {
            case .heading(let heading):
                if heading.level == .article { articlesFrom[index] += 1 }
                ahead = true
                item = nil
            case .item:
                ahead = true
                item = index
            case .signature:
                ahead = false
                item = nil
            case .blank: continue
            case .text: break
            }
            widths[min(400, line.indent + StructureScanning.scalarCount(line.text, atMost: 400))] += 1
            textLines += 1
        }
        articles = articlesFrom.first ?? 0
        self.articlesFrom = articlesFrom
        self.structureAhead = structureAhead
        self.nextItem = nextItem
        self.enactingLine = Self.enactingFormula(in: lines)
        self.articleMode = articles >= 2
        var seen = 0
        var width = 400
        for (candidate, count) in widths.enumerated() {
            seen += count
            if seen * 10 >= textLines * 9 { width = candidate; break }
        }
        self.wrapWidth = max(width, 1)
    }

    // MARK: Structured texts

    /// The provision nodes in document order (parents before children).
    mutating func build() -> [OutlineNode] {
        var previous: ClassifiedLine?
        var blankBefore = true
        for index in lines.indices {
            let line = lines[index]
            switch line.kind {
            case .blank:
                blankBefore = true
                continue
            case .heading(let heading):
                if heading.keyword == nil, let top = stack.last, nodes[top].kind == .signature {
                    // "F. A. MAKKEN" under "For the Republic of …": an initial, not a section.
                    nodes[top].append(line.text, number: line.number, newParagraph: true)
                    break
                }
                openHeading(resolve(heading), at: line)
            case .item(let marker, let body):
                if inFront, belongsToRecital(marker, at: index) {
                    // "Ukraine commits to:" + bullets before the first heading, or "… the following
                    // program:" + `A.`, `B.` before the enacting formula: the items are the recital's.
                    front.append(OutlineNode(
                        kind: .item, label: marker.label, segment: marker.label, title: "", printedHeading: "Preamble",
                        parent: nil, depth: 2, line: line.number, endLine: line.number, text: String(body), style: marker.style))
                    break
                }
                openItem(marker, body: body, at: line, index: index)
            case .signature:
                if inFront { flushFront(asPreamble: false) }
                // "IN WITNESS WHEREOF…" then "DONE at…": one signature block.
                if let top = stack.last, nodes[top].kind == .signature {
                    nodes[top].append(line.text, number: line.number, newParagraph: true)
                    break
                }
                // A second instrument's signature block is the instrument's own (`mou.signature`).
                let instrument = stack.first.flatMap { nodes[$0].isInstrument ? $0 : nil }
                stack.removeAll()
                if let instrument { stack.append(instrument) }
                push(OutlineNode(
                    kind: .signature, label: "signature", segment: "signature", title: "", printedHeading: "Signature",
                    parent: instrument, depth: stack.count, line: line.number, endLine: line.number, text: String(line.text)))
            case .text:
                handleText(line, index: index, previous: previous, blankBefore: blankBefore)
            }
            previous = line
            blankBefore = false
        }
        if inFront { flushFront(asPreamble: false) }
        // The nodes move out of the builder, so that numbering changes them in place, uncopied.
        var built = nodes
        nodes = []
        OutlineNumbering.label(&built)
        return built
    }

    /// A bare `I.` right after an open `H.` section is the letter I, not Part I.
    private func resolve(_ heading: HeadingLine) -> HeadingLine {
        guard heading.letterAlternative, let previousLetter = Self.predecessor(heading.label) else { return heading }
        let follows = stack.contains { index in
            nodes[index].level == .section && nodes[index].label == previousLetter
        }
        guard follows else { return heading }
        var letter = heading
        letter.level = .section
        return letter
    }

    private mutating func openHeading(_ heading: HeadingLine, at line: ClassifiedLine) {
        if inFront { flushFront(asPreamble: true) }
        let groupsArticles = articleMode && heading.level != .annex && heading.level != .subheading
        while let top = stack.last {
            let node = nodes[top]
            if groupsArticles {
                if node.level == .annex { break }
            } else if let level = node.level, level < heading.level {
                break
            }
            stack.removeLast()
        }
        let kind: ProvisionKind
        switch heading.level {
        case .annex: kind = .annex
        case .part: kind = .part
        case .section, .subheading: kind = .section
        case .article: kind = .article
        }
        var segment = heading.label
        if heading.level == .annex {
            segment = "annex" + heading.label
        } else if articleMode, heading.level != .article, heading.level != .subheading, let keyword = heading.keyword {
            segment = keyword.filter { $0.isLetter } + heading.label
        }
        let keyword = heading.keyword.map(Self.capitalised)
        let printed: String
        switch (keyword, heading.label.isEmpty) {
        case (nil, true): printed = ""
        case (nil, false): printed = heading.label
        case (let keyword?, true): printed = keyword
        case (let keyword?, false): printed = keyword + " " + heading.label
        }
        push(OutlineNode(
            kind: kind, label: heading.label, segment: segment, title: String(heading.title),
            printedHeading: printed.isEmpty ? String(line.text) : printed, parent: stack.last,
            depth: stack.count, line: line.number, endLine: line.number, level: heading.level))
    }

    /// "Article" for "article": the keyword with its first character upper-cased. Keywords are
    /// ASCII, so one byte changes; anything else takes the general road.
    private static func capitalised(_ keyword: String) -> String {
        if let first = keyword.utf8.first, StructureScanning.isASCIILower(first) {
            return String(unsafeUninitializedCapacity: keyword.utf8.count) { buffer in
                let (_, copied) = buffer.initialize(from: keyword.utf8)
                buffer[0] = first - 0x20
                return copied
            }
        }
        return keyword.prefix(1).uppercased() + keyword.dropFirst()
    }

    private mutating func openItem(_ marker: ListMarker, body: Substring, at line: ClassifiedLine, index: Int) {
        if inFront { flushFront(asPreamble: true) }
        if let top = stack.last, nodes[top].kind == .signature || nodes[top].kind == .footnote { stack.removeAll() }
        if isNumberedHeading(marker, body: body, at: index) {
            let heading = HeadingLine(level: .subheading, keyword: nil, label: marker.label, title: body, letterAlternative: false)
            openHeading(heading, at: line)
            if let opened = stack.last { nodes[opened].printedHeading = String(line.text) }
            return
        }
        let style = resolveStyle(marker)
        // A numbered paragraph is a sibling of the unnumbered paragraphs before it, not their child.
        if Self.numbersParagraphs(style), let top = stack.last, nodes[top].unnumbered { stack.removeLast() }
        // The nearest open node of the same style (below the enclosing heading) is the sibling.
        var siblingPosition: Int?
        for position in stack.indices.reversed() {
            let node = nodes[stack[position]]
            guard node.isList else { break }
            if node.style == style { siblingPosition = position; break }
        }
        if let siblingPosition { stack.removeSubrange(siblingPosition...) }
        let parent = stack.last
        var listDepth = 0
        for index in stack.reversed() {
            guard nodes[index].isList else { break }
            listDepth += 1
        }
        // Under an unnumbered paragraph a list is one level deeper than its markers say.
        let underParagraph = parent.map { nodes[$0].unnumbered } ?? false
        let depth = listDepth + (underParagraph ? 1 : 0)
        // `(1)` at the first level under a heading (or at the top) numbers paragraphs too.
        let firstLevelNumber = Self.numbersParagraphs(style) || style == .parenDecimal
        let kind: ProvisionKind = depth == 0 ? (firstLevelNumber ? .paragraph : .item) : (depth == 1 ? .item : .subitem)
        var label = marker.label
        var segment = marker.label
        if case .bullet = style {
            label = String(nextOrdinal(of: parent, key: style.ordinalKey))
            segment = label
        } else if case .decimal(let depth) = style, depth > 1 {
            // "1.2." under Article 1 is its paragraph 2: the path repeats no number.
            segment = String(marker.label.split(separator: ".").last ?? Substring(marker.label))
        }
        push(OutlineNode(
            kind: kind, label: label, segment: segment, title: "", printedHeading: "", parent: parent,
            depth: stack.count, line: line.number, endLine: line.number, text: String(body), style: style))
    }

    // MARK: Further instruments

    /// Instrument names a title may start with, and the path segment of the instrument's subtree.
    /// "Memorandum of Understanding" is cited as the MoU: `mou`.
    private static let instruments: [(prefix: String, segment: String)] = [
        ("memorandum of understanding", "mou"), ("memorandum", "memorandum"), ("additional protocol", "protocol"),
        ("protocol", "protocol"), ("exchange of notes", "notes"), ("exchange of letters", "letters"),
        ("implementing arrangement", "arrangement"), ("arrangement", "arrangement"), ("agreement", "agreement"),
        ("convention", "convention"), ("treaty", "treaty"), ("joint declaration", "declaration"),
        ("declaration", "declaration"), ("supplementary agreement", "agreement"), ("side letter", "letter"),
    ]

    /// The path segment of a second instrument whose title is `line`, inside a signature block, and
    /// the length in bytes of the name it starts with:
    /// a line after a blank that starts with an instrument's name ("Memorandum of Understanding
    /// between …", "Protocol"), reads like a title (no closing full stop, colon or comma), and has
    /// headings or enumerated lines under it before any further signature.
    private func instrumentKeyword(_ line: ClassifiedLine, index: Int) -> (segment: String, nameLength: Int)? {
        guard structureAhead[index], StructureScanning.startsUpper(line.text),
              !StructureScanning.endsWithPunctuation(line.text), StructureScanning.characterCount(line.text, atMost: 400)
        else { return nil }
        let head = PhraseSet.lowerBytes(line.text, limit: 32)
        for instrument in Self.instruments {
            let prefix = Array(instrument.prefix.utf8)
            guard head.count >= prefix.count, head.starts(with: prefix) else { continue }
            // A whole word: "Agreements" or "Treatymaking" are not the names.
            if head.count > prefix.count, StructureScanning.isASCIILetter(head[prefix.count]) { continue }
            return (instrument.segment, prefix.count)
        }
        return nil
    }

    /// Opens a further instrument at the top, with its title as heading; a title too long for a
    /// heading (over 160 characters or 24 words) is the instrument's text, and the name it starts
    /// with ("Protocol") its heading. Its own text decides whether it numbers Articles (the first
    /// instrument's Articles do not count).
    private mutating func openInstrument(_ segment: String, nameLength: Int, at line: ClassifiedLine, index: Int) {
        stack.removeAll()
        articleMode = articlesFrom[index] >= 2
        let fits = StructureScanning.characterCount(line.text, atMost: 160) && StructureScanning.wordCount(line.text, atMost: 24)
        let name = fits ? line.text : line.text[..<line.text.utf8.index(line.text.utf8.startIndex, offsetBy: nameLength)]
        var node = OutlineNode(
            kind: .annex, label: "", segment: segment, title: String(name), printedHeading: String(name),
            parent: nil, depth: 0, line: line.number, endLine: line.number, text: fits ? "" : String(line.text), level: .annex)
        node.isInstrument = true
        push(node)
    }

    /// `1.`, `1.2.`, `1)`, `(1)`: styles that number paragraphs rather than items of a list.
    static func numbersParagraphs(_ style: MarkerStyle) -> Bool {
        switch style {
        case .decimal, .decimalClose: return true
        default: return false
        }
    }

    /// `1. General cooperation` standing alone (a blank line after it), ending without a full stop
    /// and followed by an unnumbered paragraph: a numbered heading, not a paragraph. Numbered
    /// paragraphs end like sentences, so the length may be generous.
    private func isNumberedHeading(_ marker: ListMarker, body: Substring, at index: Int) -> Bool {
        guard marker.style == .decimal(depth: 1), index + 1 < lines.count, case .blank = lines[index + 1].kind,
              StructureScanning.startsUpper(body), StructureScanning.hasSignificant(body),
              !StructureScanning.endsWithPunctuation(body),
              StructureScanning.wordCount(body, atMost: 40), StructureScanning.characterCount(body, atMost: 300),
              let next = nextNonBlank(after: index), case .text = lines[next].kind,
              let first = lines[next].text.unicodeScalars.first, TextScanning.isUpper(first)
        else { return false }
        return true
    }

    private func nextNonBlank(after index: Int) -> Int? {
        var next = index + 1
        while next < lines.count {
            if case .blank = lines[next].kind { next += 1 } else { return next }
        }
        return nil
    }

    static func endsWithColon(_ text: String) -> Bool {
        TextScanning.lastSignificant(Substring(text)) == ":"
    }

    /// Picks the alphabetic reading of `(i)`, `(v)`, `(x)` when it continues an open alphabetic list.
    private func resolveStyle(_ marker: ListMarker) -> MarkerStyle {
        guard let alternative = marker.alternative, let previousLetter = Self.predecessor(marker.label) else {
            return marker.style
        }
        for index in stack.reversed() {
            let node = nodes[index]
            guard node.isList else { break }
            if node.style == alternative, node.label == previousLetter { return alternative }
        }
        return marker.style
    }

    /// What is counted per parent: bullets of one kind (by their scalar), texts, sub-headings.
    private struct OrdinalKey: Hashable {
        var parent: Int
        var kind: Int
    }

    static let textOrdinal = -1
    static let subheadingOrdinal = -2

    private mutating func nextOrdinal(of parent: Int?, key: Int) -> Int {
        let ordinalKey = OrdinalKey(parent: parent ?? -1, kind: key)
        let count = (ordinals[ordinalKey] ?? 0) + 1
        ordinals[ordinalKey] = count
        return count
    }

    private mutating func handleText(_ line: ClassifiedLine, index: Int, previous: ClassifiedLine?, blankBefore: Bool) {
        if let (label, body) = Self.footnote(line.text), !inFront {
            stack.removeAll()
            push(OutlineNode(
                kind: .footnote, label: label, segment: "fn" + label, title: "", printedHeading: "Footnote \(label)",
                parent: nil, depth: 0, line: line.number, endLine: line.number, text: String(body)))
            return
        }
        if inFront {
            addFrontLine(line, index: index, previous: previous, blankBefore: blankBefore)
            return
        }
        guard let top = stack.last else {
            // A paragraph at the top (after a closed list): labelled with its siblings by `OutlineNumbering`.
            var paragraph = OutlineNode(
                kind: .paragraph, label: "", segment: "", title: "", printedHeading: "", parent: nil, depth: 0,
                line: line.number, endLine: line.number, text: String(line.text))
            paragraph.unnumbered = true
            push(paragraph)
            return
        }
        // The open node is read in place, never copied: a copy would share its text, and the
        // append below would then copy the whole text for every line.
        if nodes[top].kind == .signature, blankBefore, let instrument = instrumentKeyword(line, index: index) {
            openInstrument(instrument.segment, nameLength: instrument.nameLength, at: line, index: index)
            return
        }
        // A heading printed without its title ("Article 5" / "Definitions") takes the next short line,
        // unless that line runs on into the next one (a hard-wrapped first sentence).
        if nodes[top].level != nil, nodes[top].title.isEmpty, nodes[top].text.isEmpty, !hasChildren(top), Self.isTitleLike(line.text),
           !continuesLowercase(after: index) {
            nodes[top].title = String(line.text)
            nodes[top].endLine = line.number
            return
        }
        if nodes[top].kind != .signature, nodes[top].kind != .footnote, isSubheading(at: index, blankBefore: blankBefore, previous: previous) {
            let title = line.text
            let heading = HeadingLine(level: .subheading, keyword: nil, label: "", title: title, letterAlternative: false)
            openHeading(heading, at: line)
            if let opened = stack.last {
                let ordinal = nextOrdinal(of: nodes[opened].parent, key: Self.subheadingOrdinal)
                nodes[opened].label = "s\(ordinal)"
                nodes[opened].segment = "s\(ordinal)"
                nodes[opened].printedHeading = String(title)
            }
            return
        }
        let newParagraph = blankBefore || (previous.map { TextScanning.endsClause($0.text) } ?? true)
        // A paragraph after a bullet list goes back to the bullets' parent: bullets hold one paragraph.
        if newParagraph, nodes[top].isBullet, line.indent <= bulletIndent(top) {
            while let open = stack.last, nodes[open].isList, nodes[open].isBullet { stack.removeLast() }
            handleText(line, index: index, previous: nil, blankBefore: true)
            return
        }
        // A new paragraph after a list of items goes back to the list's parent level: "a." … "h."
        // then "The Participants will…" is the next paragraph, not more of item h.
        if nodes[top].isList, Self.isListMember(nodes[top]), closesList(line, index: index, previous: previous, blankBefore: blankBefore, item: top) {
            while let open = stack.last, nodes[open].isList, Self.isListMember(nodes[open]) { stack.removeLast() }
            handleText(line, index: index, previous: nil, blankBefore: true)
            return
        }
        if nodes[top].level != nil || (nodes[top].unnumbered && startsParagraph(line, previous: previous, blankBefore: blankBefore)) {
            // Text under a heading is an unnumbered paragraph of its own; `OutlineNumbering` labels it.
            if nodes[top].unnumbered { stack.removeLast() }
            var paragraph = OutlineNode(
                kind: .paragraph, label: "", segment: "", title: "", printedHeading: "", parent: stack.last,
                depth: stack.count, line: line.number, endLine: line.number, text: String(line.text))
            paragraph.unnumbered = true
            push(paragraph)
            return
        }
        nodes[top].append(line.text, number: line.number, newParagraph: newParagraph)
    }

    /// True when `line` starts a paragraph after the list item `item` instead of continuing it: it
    /// starts a paragraph, with a capital, after a line that ends a sentence or a clause (not a
    /// lead-in's colon or a comma), is indented no deeper than the item's marker, and the list has
    /// ended: the next enumerated line does not continue it ("(2)" … a paragraph … "B." keeps the
    /// paragraph in item (2), as the text under an item that the list then resumes).
    private func closesList(_ line: ClassifiedLine, index: Int, previous: ClassifiedLine?, blankBefore: Bool, item: Int) -> Bool {
        guard let previous, StructureScanning.startsUpper(line.text) else { return false }
        // The line above is an item's line: its text without the marker ("B." alone ends nothing).
        var above = previous.text
        if case .item(_, let body) = previous.kind { above = body }
        guard let last = TextScanning.lastSignificant(above), last == "." || last == ";" || last == "!" || last == "?",
              startsParagraph(line, previous: previous, blankBefore: blankBefore), line.indent <= bulletIndent(item)
        else { return false }
        if let next = nextItem[index], case .item(let marker, _) = lines[next].kind, continuesOpenList(marker) { return false }
        return true
    }

    /// An open node that a new paragraph closes: an item of a list (`a.`, `(iv)`, `(1)`, bullets),
    /// or a numbered line that continues a lead-in ("1. provide support…"). A numbered paragraph
    /// that is a sentence of its own keeps the paragraphs after it (they are its text).
    static func isListMember(_ node: OutlineNode) -> Bool {
        guard node.isList else { return false }
        if node.isBullet || node.kind != .paragraph { return true }
        return StructureScanning.startsLower(Substring(node.text))
    }

    /// True when a line opens a new unnumbered paragraph rather than continuing a hard-wrapped one:
    /// after a blank line, or after a line that ends a sentence well short of the text's wrap width.
    private func startsParagraph(_ line: ClassifiedLine, previous: ClassifiedLine?, blankBefore: Bool) -> Bool {
        if blankBefore { return true }
        guard let previous, TextScanning.endsClause(previous.text) else { return false }
        let width = previous.indent + StructureScanning.scalarCount(previous.text, atMost: wrapWidth)
        return width * 100 < wrapWidth * 85 || line.indent < previous.indent
    }

    private func bulletIndent(_ node: Int) -> Int {
        let number = nodes[node].line
        // Lines are numbered from the file's first line; `lines` may start later (after the title).
        guard let first = lines.first, number - first.number >= 0, number - first.number < lines.count else { return 0 }
        return lines[number - first.number].indent
    }

    private func hasChildren(_ index: Int) -> Bool {
        index + 1 < nodes.count
    }

    /// True when the next non-blank line starts in lower case: the line at `index` is wrapped text.
    private func continuesLowercase(after index: Int) -> Bool {
        guard index + 1 < lines.count, case .text = lines[index + 1].kind,
              let first = lines[index + 1].text.unicodeScalars.first
        else { return false }
        return TextScanning.isLower(first)
    }

    /// `[1] Text`, `[^1]: Text`: a footnote's text, as word processors and Markdown print them.
    static func footnote(_ text: Substring) -> (String, Substring)? {
        guard text.utf8.first == UInt8(ascii: "[") else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(8))
        guard scalars.first == "[" else { return nil }
        var index = 1
        if index < scalars.count, scalars[index] == "^" { index += 1 }
        let start = index
        while index < scalars.count, TextScanning.isDigit(scalars[index]) { index += 1 }
        guard index > start, index - start <= 3, index < scalars.count, scalars[index] == "]" else { return nil }
        let label = Unicode.Scalar.string(scalars[start..<index])
        var rest = Substring(text.unicodeScalars.dropFirst(index + 1))
        if rest.unicodeScalars.first == ":" { rest = Substring(rest.unicodeScalars.dropFirst()) }
        let body = TextScanning.trimmed(rest)
        guard !body.isEmpty else { return nil }
        return (label, body)
    }

    /// An unnumbered title line ("Scope") standing alone between paragraphs.
    private func isSubheading(at index: Int, blankBefore: Bool, previous: ClassifiedLine?) -> Bool {
        guard Self.isTitleLike(lines[index].text), !interruptsList(at: index) else { return false }
        var previousIsHeading = false
        if let previous, case .heading = previous.kind { previousIsHeading = true }
        guard blankBefore || previousIsHeading else { return false }
        guard index + 1 < lines.count else { return false }
        switch lines[index + 1].kind {
        case .blank, .item: return true
        case .text:
            // "VIII. Final Provisions" / "Executive arrangements" / "The Participants will…".
            guard previousIsHeading, let first = lines[index + 1].text.unicodeScalars.first else { return false }
            return TextScanning.isUpper(first)
        default: return false
        }
    }

    /// True when the next line after `index` continues a list that is open ("d." … a title-like
    /// address line … "e."): a line inside a list is not a sub-heading. Numbering that restarts
    /// ("3." … "Scope" … "1.") does not continue the list.
    private func interruptsList(at index: Int) -> Bool {
        guard let top = stack.last, nodes[top].isList, let next = nextNonBlank(after: index),
              case .item(let marker, _) = lines[next].kind
        else { return false }
        return continuesOpenList(marker)
    }

    /// True when `marker` numbers the next item of an open list (`e.` after an open `d.`).
    private func continuesOpenList(_ marker: ListMarker) -> Bool {
        let style = resolveStyle(marker)
        for open in stack.reversed() {
            guard nodes[open].isList else { break }
            if nodes[open].style == style { return Self.isSuccessor(marker.label, of: nodes[open].label) }
        }
        return false
    }

    /// True when `label` comes right after `previous` in one numbering: `e` after `d`, `4` after
    /// `3`, `v` after `iv`.
    static func isSuccessor(_ label: String, of previous: String) -> Bool {
        if let number = Int(label), let before = Int(previous) { return number == before + 1 }
        if let value = romanValue(label), let before = romanValue(previous), value == before + 1 { return true }
        guard label.unicodeScalars.count == 1, let scalar = label.unicodeScalars.first else { return false }
        return predecessor(label) == previous && TextScanning.isLetter(scalar)
    }

    /// The value of a roman numeral of `I V X L` (either case), nil for anything else.
    static func romanValue(_ label: String) -> Int? {
        var total = 0
        var previous = 0
        for scalar in label.uppercased().unicodeScalars.reversed() {
            let value: Int
            switch scalar {
            case "I": value = 1
            case "V": value = 5
            case "X": value = 10
            case "L": value = 50
            default: return nil
            }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }

    /// Short, capitalised, and not ending like a sentence or a lead-in.
    static func isTitleLike(_ text: Substring) -> Bool {
        StructureScanning.startsUpper(text) && StructureScanning.hasSignificant(text)
            && !StructureScanning.endsWithPunctuation(text) && StructureScanning.wordCount(text, atMost: 12)
            && StructureScanning.characterCount(text, atMost: 120)
    }

    // MARK: Unstructured texts

    /// A report's or a letter's body: one `paragraph` per paragraph, paths `1`, `2`…; lines that
    /// repeat the title (web pages print the headline twice) are left out.
    static func paragraphs(_ lines: [ClassifiedLine], title: String) -> [OutlineNode] {
        let heading = title
        var nodes: [OutlineNode] = []
        var previous: ClassifiedLine?
        var blankBefore = true
        for line in lines {
            if case .blank = line.kind { blankBefore = true; continue }
            if !title.isEmpty, line.text == title[...] { blankBefore = true; continue }
            defer { previous = line; blankBefore = false }
            let newParagraph = blankBefore || (previous.map { !Self.wraps(into: $0) } ?? true)
            if newParagraph || nodes.isEmpty {
                let label = String(nodes.count + 1)
                nodes.append(OutlineNode(
                    kind: .paragraph, label: label, segment: label, title: "", printedHeading: heading, parent: nil,
                    depth: 0, line: line.number, endLine: line.number, text: String(line.text)))
            } else {
                nodes[nodes.count - 1].append(line.text, number: line.number, newParagraph: false)
            }
        }
        return nodes
    }

    /// True when the line after `line` continues its paragraph (a hard wrap): `line` does not end a
    /// clause and is long. A short unterminated line is a caption or a title, not a wrapped line.
    static func wraps(into line: ClassifiedLine) -> Bool {
        !TextScanning.endsClause(line.text) && line.text.count >= 50
    }

    // MARK: Front matter

    /// Words of an enacting formula, the line that ends the recitals ("have agreed as follows:").
    private static let enactingPhrases = PhraseSet([
        "as follows", "have agreed", "hereby agree", "agree on the following", "agreed on the following",
        "agreed upon the following", "have decided", "have resolved",
    ])

    /// The first enacting formula among the lines before the first heading, if any.
    private static func enactingFormula(in lines: [ClassifiedLine]) -> Int? {
        for (index, line) in lines.enumerated() {
            switch line.kind {
            case .heading, .signature: return nil
            case .text:
                guard StructureScanning.endsWithPunctuation(line.text) || TextScanning.endsClause(line.text) else { continue }
                if enactingPhrases.containsAny(in: line.text, limit: 4096) { return index }
            default: continue
            }
        }
        return nil
    }

    /// True when an enumerated line before the first heading belongs to the last recital: bullets
    /// after a recital that ends with a colon ("Ukraine commits to:"), and any list after such a
    /// recital when the enacting formula is still to come ("… the following program:" + `A.`, `B.`
    /// before "… agree as follows:"). Otherwise the list is the operative text.
    private func belongsToRecital(_ marker: ListMarker, at index: Int) -> Bool {
        guard let last = front.last else { return false }
        let afterLeadIn = last.isList || Self.endsWithColon(last.text)
        guard afterLeadIn else { return false }
        if case .bullet = marker.style { return true }
        guard let enactingLine, index < enactingLine else { return false }
        return true
    }

    private mutating func addFrontLine(_ line: ClassifiedLine, index: Int, previous: ClassifiedLine?, blankBefore: Bool) {
        if let partiesLine {
            if index < partiesLine { return }
            if index == partiesLine { joiningParties = Self.wraps(into: lines[index]); return }
        }
        if joiningParties, !blankBefore, front.isEmpty {
            partiesContinuation += " " + line.text
            joiningParties = !TextScanning.endsClause(line.text)
            return
        }
        joiningParties = false
        // Only an 8- or 9-byte line can lower-case to "preamble" or "preamble:" (no other
        // character lower-cases into those letters): others skip the Unicode lower-casing.
        if line.text.utf8.count == 8 || line.text.utf8.count == 9 {
            let lower = line.text.lowercased()
            if lower == "preamble" || lower == "preamble:" { return }
        }
        let continues = !blankBefore && previous.map { Self.wraps(into: $0) && $0.number != partiesLineNumber } ?? false
        if continues, !front.isEmpty {
            front[front.count - 1].append(line.text, number: line.number, newParagraph: false)
        } else {
            front.append(OutlineNode(
                kind: .preamble, label: "", segment: "", title: "", printedHeading: "Preamble", parent: nil, depth: 1,
                line: line.number, endLine: line.number, text: String(line.text)))
        }
    }

    private var partiesLineNumber: Int? { partiesLine.map { lines[$0].number } }

    /// Emits the text seen before any structure: as `preamble` with its recitals when structure
    /// follows, otherwise as the body itself (`1`, `2`… or one `body` provision).
    private mutating func flushFront(asPreamble: Bool) {
        inFront = false
        if asPreamble, !front.isEmpty || partiesLine != nil {
            let partiesText = partiesLine.map { String(lines[$0].text) + partiesContinuation } ?? ""
            let firstLine = partiesLine.map { lines[$0].number } ?? front.first?.line ?? 1
            push(OutlineNode(
                kind: .preamble, label: "preamble", segment: "preamble", title: "Preamble", printedHeading: "Preamble",
                parent: nil, depth: 0, line: firstLine, endLine: firstLine, text: partiesText))
            let container = nodes.count - 1
            var recitals = 0
            // The recital's open items, outermost first: an item of a style already open is that
            // item's sibling, any other style opens a level below the innermost item.
            var open: [Int] = []
            var bulletCounts: [Int: Int] = [:]
            var lastRecital = container
            for var recital in front {
                if let style = recital.style {
                    if let sibling = open.lastIndex(where: { nodes[$0].style == style }) { open.removeSubrange(sibling...) }
                    let parent = open.last ?? lastRecital
                    recital.parent = parent
                    recital.depth = nodes[parent].depth + 1
                    recital.kind = open.isEmpty ? .item : .subitem
                    if recital.isBullet {
                        let count = (bulletCounts[parent] ?? 0) + 1
                        bulletCounts[parent] = count
                        recital.label = String(count)
                    }
                    open.append(nodes.count)
                } else {
                    recitals += 1
                    open.removeAll()
                    recital.label = String(recitals)
                    recital.parent = container
                    lastRecital = nodes.count
                }
                recital.segment = recital.label
                nodes.append(recital)
            }
        } else if front.count == 1, var body = front.first {
            body.kind = .body
            body.label = "body"
            body.segment = "body"
            body.depth = 0
            body.printedHeading = ""
            nodes.append(body)
        } else {
            for (offset, var paragraph) in front.enumerated() {
                paragraph.kind = .paragraph
                paragraph.label = String(offset + 1)
                paragraph.segment = paragraph.label
                paragraph.depth = 0
                paragraph.printedHeading = ""
                nodes.append(paragraph)
            }
        }
        front.removeAll()
        stack.removeAll()
    }

    /// Takes the node over: callers build it for this call alone, and a borrowed node would be
    /// copied into the array (its strings retained) and then destroyed by the caller.
    private mutating func push(_ node: consuming OutlineNode) {
        nodes.append(node)
        stack.append(nodes.count - 1)
    }

    /// The letter before `label` ("h" for "i"), for telling letters from roman numerals.
    static func predecessor(_ label: String) -> String? {
        guard label.unicodeScalars.count == 1, let scalar = label.unicodeScalars.first,
              let previous = Unicode.Scalar(scalar.value - 1), TextScanning.isLetter(previous)
        else { return nil }
        return String(previous)
    }
}
