import EntenteModel

/// Builds the provision tree from classified lines with a stack of open nodes.
///
/// - A heading closes open headings of its level or deeper and every open list, then opens.
/// - An enumerated line becomes the sibling of the nearest open node of the same marker style
///   (up to the enclosing heading), otherwise the child of the innermost open node.
/// - Text before the first heading or enumerator is the preamble (when structure follows it) or the
///   whole body (when none does). Other text belongs to the innermost open node.
/// - A signature opening closes everything and opens the signature block.
struct OutlineBuilder {
    private let lines: [ClassifiedLine]
    /// Index in `lines` of the parties line ("Canada and Ukraine, hereinafter …"), if any.
    private let partiesLine: Int?
    /// True when the text numbers Articles: then an article's path starts at the top (`5.2.a`) and
    /// the parts or chapters that group articles get keyword paths (`chapterII`).
    private let articleMode: Bool
    /// The width most lines stay within (the 90th percentile): a hard-wrapped text's line length,
    /// so a sentence ending well short of it ends a paragraph.
    private let wrapWidth: Int

    private var nodes: [OutlineNode] = []
    private var stack: [Int] = []
    /// Per parent (-1 for the top level): how many unlabelled children of each kind it has, so that
    /// ordinals cost O(1) however long the text.
    private var ordinals: [Int: [String: Int]] = [:]
    private var inFront = true
    private var front: [OutlineNode] = []
    /// Set while a hard-wrapped parties line runs on ("…, hereinafter “the Participants”, condemn" /
    /// "in the strongest…"): those lines belong to the preamble's own text, not to a recital.
    private var joiningParties = false
    private var partiesContinuation = ""

    init(lines: [ClassifiedLine], partiesLine: Int?) {
        self.lines = lines
        self.partiesLine = partiesLine
        var articles = 0
        // Line widths, bucketed up to 400 columns, for the wrap width (a linear-time percentile).
        var widths = [Int](repeating: 0, count: 401)
        var textLines = 0
        for line in lines {
            if case .heading(let heading) = line.kind, heading.level == .article { articles += 1 }
            if case .blank = line.kind { continue }
            widths[min(400, line.indent + line.text.unicodeScalars.count)] += 1
            textLines += 1
        }
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
                if inFront, case .bullet = marker.style, let last = front.last, last.isBullet || Self.endsWithColon(last.text) {
                    // "Ukraine commits to:" + bullets before the first heading: the bullets are the recital's.
                    let bullet = OutlineNode(
                        kind: .preamble, label: "", segment: "", title: "", printedHeading: "Preamble", parent: nil, depth: 2,
                        line: line.number, endLine: line.number, text: String(body), style: marker.style)
                    front.append(bullet)
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
                stack.removeAll()
                push(OutlineNode(
                    kind: .signature, label: "signature", segment: "signature", title: "", printedHeading: "Signature",
                    parent: nil, depth: 0, line: line.number, endLine: line.number, text: String(line.text)))
            case .text:
                handleText(line, index: index, previous: previous, blankBefore: blankBefore)
            }
            previous = line
            blankBefore = false
        }
        if inFront { flushFront(asPreamble: false) }
        return OutlineNumbering.label(nodes)
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
            segment = keyword.filter(\.isLetter) + heading.label
        }
        let keyword = heading.keyword.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let printed = [keyword, heading.label.isEmpty ? nil : heading.label].compactMap { $0 }.joined(separator: " ")
        push(OutlineNode(
            kind: kind, label: heading.label, segment: segment, title: String(heading.title),
            printedHeading: printed.isEmpty ? String(line.text) : printed, parent: stack.last,
            depth: stack.count, line: line.number, endLine: line.number, level: heading.level))
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
        let kind: ProvisionKind = depth == 0 ? (Self.numbersParagraphs(style) ? .paragraph : .item) : (depth == 1 ? .item : .subitem)
        var label = marker.label
        var segment = marker.label
        if case .bullet = style {
            label = String(nextOrdinal(of: parent, key: "\(style)"))
            segment = label
        } else if case .decimal(let depth) = style, depth > 1 {
            // "1.2." under Article 1 is its paragraph 2: the path repeats no number.
            segment = String(marker.label.split(separator: ".").last ?? Substring(marker.label))
        }
        push(OutlineNode(
            kind: kind, label: label, segment: segment, title: "", printedHeading: "", parent: parent,
            depth: stack.count, line: line.number, endLine: line.number, text: String(body), style: style))
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
        guard marker.style == .decimal(depth: 1), let bodyFirst = body.unicodeScalars.first, TextScanning.isUpper(bodyFirst),
              body.count <= 300, TextScanning.wordCount(body) <= 40,
              let last = TextScanning.lastSignificant(body), !".;:,".unicodeScalars.contains(last),
              index + 1 < lines.count, case .blank = lines[index + 1].kind,
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

    private mutating func nextOrdinal(of parent: Int?, key: String) -> Int {
        let count = (ordinals[parent ?? -1]?[key] ?? 0) + 1
        ordinals[parent ?? -1, default: [:]][key] = count
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
            let label = String(nextOrdinal(of: nil, key: "text"))
            push(OutlineNode(
                kind: .paragraph, label: label, segment: label, title: "", printedHeading: "", parent: nil, depth: 0,
                line: line.number, endLine: line.number, text: String(line.text)))
            return
        }
        let node = nodes[top]
        // A heading printed without its title ("Article 5" / "Definitions") takes the next short line,
        // unless that line runs on into the next one (a hard-wrapped first sentence).
        if node.level != nil, node.title.isEmpty, node.text.isEmpty, !hasChildren(top), Self.isTitleLike(line.text),
           !continuesLowercase(after: index) {
            nodes[top].title = String(line.text)
            nodes[top].endLine = line.number
            return
        }
        if node.kind != .signature, node.kind != .footnote, isSubheading(at: index, blankBefore: blankBefore, previous: previous) {
            let title = line.text
            let heading = HeadingLine(level: .subheading, keyword: nil, label: "", title: title, letterAlternative: false)
            openHeading(heading, at: line)
            if let opened = stack.last {
                let ordinal = nextOrdinal(of: nodes[opened].parent, key: "subheading")
                nodes[opened].label = "s\(ordinal)"
                nodes[opened].segment = "s\(ordinal)"
                nodes[opened].printedHeading = String(title)
            }
            return
        }
        let newParagraph = blankBefore || (previous.map { TextScanning.endsClause($0.text) } ?? true)
        // A paragraph after a bullet list goes back to the bullets' parent: bullets hold one paragraph.
        if newParagraph, node.isBullet, line.indent <= bulletIndent(top) {
            while let open = stack.last, nodes[open].isList, nodes[open].isBullet { stack.removeLast() }
            handleText(line, index: index, previous: nil, blankBefore: true)
            return
        }
        if node.level != nil || (node.unnumbered && startsParagraph(line, previous: previous, blankBefore: blankBefore)) {
            // Text under a heading is an unnumbered paragraph of its own; `OutlineNumbering` labels it.
            if node.unnumbered { stack.removeLast() }
            var paragraph = OutlineNode(
                kind: .paragraph, label: "", segment: "", title: "", printedHeading: "", parent: stack.last,
                depth: stack.count, line: line.number, endLine: line.number, text: String(line.text))
            paragraph.unnumbered = true
            push(paragraph)
            return
        }
        nodes[top].append(line.text, number: line.number, newParagraph: newParagraph)
    }

    /// True when a line opens a new unnumbered paragraph rather than continuing a hard-wrapped one:
    /// after a blank line, or after a line that ends a sentence well short of the text's wrap width.
    private func startsParagraph(_ line: ClassifiedLine, previous: ClassifiedLine?, blankBefore: Bool) -> Bool {
        if blankBefore { return true }
        guard let previous, TextScanning.endsClause(previous.text) else { return false }
        let width = previous.indent + previous.text.unicodeScalars.count
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
        let scalars = Array(text.unicodeScalars.prefix(8))
        guard scalars.first == "[" else { return nil }
        var index = 1
        if index < scalars.count, scalars[index] == "^" { index += 1 }
        let start = index
        while index < scalars.count, TextScanning.isDigit(scalars[index]) { index += 1 }
        guard index > start, index - start <= 3, index < scalars.count, scalars[index] == "]" else { return nil }
        let label = String(String.UnicodeScalarView(scalars[start..<index]))
        var rest = Substring(text.unicodeScalars.dropFirst(index + 1))
        if rest.unicodeScalars.first == ":" { rest = Substring(rest.unicodeScalars.dropFirst()) }
        let body = TextScanning.trimmed(rest)
        guard !body.isEmpty else { return nil }
        return (label, body)
    }

    /// An unnumbered title line ("Scope") standing alone between paragraphs.
    private func isSubheading(at index: Int, blankBefore: Bool, previous: ClassifiedLine?) -> Bool {
        guard Self.isTitleLike(lines[index].text), lines[index].text.count <= 120 else { return false }
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

    /// Short, capitalised, and not ending like a sentence or a lead-in.
    static func isTitleLike(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, TextScanning.isUpper(first),
              text.count <= 120, TextScanning.wordCount(text) <= 12,
              let last = TextScanning.lastSignificant(text), !".;:,".unicodeScalars.contains(last)
        else { return false }
        return true
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
        let lower = line.text.lowercased()
        if lower == "preamble" || lower == "preamble:" { return }
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
            var bullets = 0
            var lastRecital = container
            for var recital in front {
                if recital.isBullet {
                    bullets += 1
                    recital.label = String(bullets)
                    recital.parent = lastRecital
                } else {
                    recitals += 1
                    bullets = 0
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

    private mutating func push(_ node: OutlineNode) {
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
