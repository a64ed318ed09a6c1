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

    private var nodes: [OutlineNode] = []
    private var stack: [Int] = []
    /// Per parent (-1 for the top level): how many unlabelled children of each kind it has, so that
    /// ordinals cost O(1) however long the text.
    private var ordinals: [Int: [String: Int]] = [:]
    private var inFront = true
    private var front: [OutlineNode] = []
    private var frontAfterParties = false

    init(lines: [ClassifiedLine], partiesLine: Int?) {
        self.lines = lines
        self.partiesLine = partiesLine
        var articles = 0
        for line in lines {
            if case .heading(let heading) = line.kind, heading.level == .article { articles += 1 }
        }
        self.articleMode = articles >= 2
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
                openHeading(resolve(heading), at: line)
            case .item(let marker, let body):
                openItem(marker, body: body, at: line)
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
        return nodes
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

    private mutating func openItem(_ marker: ListMarker, body: Substring, at line: ClassifiedLine) {
        if inFront { flushFront(asPreamble: true) }
        if let top = stack.last, nodes[top].kind == .signature { stack.removeAll() }
        let style = resolveStyle(marker)
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
        let kind: ProvisionKind = listDepth == 0 ? .paragraph : (listDepth == 1 ? .item : .subitem)
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
        // A heading printed without its title ("Article 5" / "Definitions") takes the next short line.
        if node.level != nil, node.title.isEmpty, node.text.isEmpty, Self.isTitleLike(line.text) {
            nodes[top].title = String(line.text)
            nodes[top].endLine = line.number
            return
        }
        if node.kind != .signature, isSubheading(at: index, blankBefore: blankBefore, previous: previous) {
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
        nodes[top].append(line.text, number: line.number, newParagraph: newParagraph)
    }

    /// An unnumbered title line ("Scope") standing alone between paragraphs.
    private func isSubheading(at index: Int, blankBefore: Bool, previous: ClassifiedLine?) -> Bool {
        guard Self.isTitleLike(lines[index].text), lines[index].text.count <= 80 else { return false }
        var previousIsHeading = false
        if let previous, case .heading = previous.kind { previousIsHeading = true }
        guard blankBefore || previousIsHeading else { return false }
        guard index + 1 < lines.count else { return false }
        switch lines[index + 1].kind {
        case .blank, .item: return true
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
            if index == partiesLine { frontAfterParties = true; return }
        }
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
            let partiesText = partiesLine.map { String(lines[$0].text) } ?? ""
            let firstLine = partiesLine.map { lines[$0].number } ?? front.first?.line ?? 1
            push(OutlineNode(
                kind: .preamble, label: "preamble", segment: "preamble", title: "Preamble", printedHeading: "Preamble",
                parent: nil, depth: 0, line: firstLine, endLine: firstLine, text: partiesText))
            let container = nodes.count - 1
            for (offset, var recital) in front.enumerated() {
                recital.label = String(offset + 1)
                recital.segment = recital.label
                recital.parent = container
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
