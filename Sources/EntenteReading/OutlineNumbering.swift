/// Labels the paragraphs a text prints without numbers, once the whole tree is known, because the
/// label a reader cites depends on the siblings:
///
/// - A division whose only child paragraph is unnumbered keeps that text as its own ("Article 1"
///   with one paragraph is `1`, not `1.1`); the paragraph's items become the division's (`6.i`).
/// - A division with several unnumbered paragraphs and no labelled children numbers them by
///   position, as people cite them ("Article 5, paragraph 2" is `5.2`).
/// - Beside numbered paragraphs or other labelled children, a first unnumbered paragraph is the
///   division's lead-in (its own text); the others are `p1`, `p2`… so they never collide with the
///   printed numbers.
/// - At the top of the document (a paragraph after a closed top-level list) there is no division
///   to take a lead-in: the paragraphs are `p1`, `p2`… beside labelled provisions, else `1`, `2`….
///
/// One pass over the nodes and one over their children lists: linear in the number of nodes.
enum OutlineNumbering {
    static func label(_ nodes: [OutlineNode]) -> [OutlineNode] {
        guard nodes.contains(where: \.unnumbered) else { return nodes }
        // Only divisions with an unnumbered paragraph need their children listed.
        var hasUnnumbered = [Bool](repeating: false, count: nodes.count)
        for (index, node) in nodes.enumerated() where node.unnumbered {
            if let parent = node.parent, parent < index { hasUnnumbered[parent] = true }
        }
        var children = [[Int]](repeating: [], count: nodes.count)
        var top: [Int] = []
        for (index, node) in nodes.enumerated() {
            if let parent = node.parent, parent < index, hasUnnumbered[parent] { children[parent].append(index) }
            if node.parent == nil { top.append(index) }
        }
        var labelled = nodes
        var folded = [Bool](repeating: false, count: nodes.count)
        let topParagraphs = top.filter { nodes[$0].unnumbered }
        if !topParagraphs.isEmpty {
            let others = top.contains { !nodes[$0].unnumbered && nodes[$0].kind != .preamble && nodes[$0].kind != .signature }
            for (offset, index) in topParagraphs.enumerated() {
                let label = others ? "p\(offset + 1)" : String(offset + 1)
                labelled[index].label = label
                labelled[index].segment = label
            }
        }
        for parent in nodes.indices where hasUnnumbered[parent] {
            let kids = children[parent]
            let paragraphs = kids.filter { nodes[$0].unnumbered }
            guard let first = paragraphs.first else { continue }
            let others = kids.contains { !nodes[$0].unnumbered && !Self.isOrdinalSubheading(nodes[$0]) }
            var rest = paragraphs[...]
            let leadIn = kids.first == first && labelled[parent].text.isEmpty && (paragraphs.count == 1 || others)
            if leadIn {
                labelled[parent].text = nodes[first].text
                labelled[parent].endLine = max(labelled[parent].endLine, nodes[first].endLine)
                folded[first] = true
                rest = rest.dropFirst()
            }
            for (offset, index) in rest.enumerated() {
                let label = others ? "p\(offset + 1)" : String(offset + (leadIn ? 2 : 1))
                labelled[index].label = label
                labelled[index].segment = label
            }
        }
        return removeFolded(labelled, folded: folded)
    }

    /// `s1`, `s2`… sub-headings cannot collide with numbers, so they do not force `p1` labels.
    private static func isOrdinalSubheading(_ node: OutlineNode) -> Bool {
        node.level == .subheading && node.label.hasPrefix("s")
    }

    /// Drops folded paragraphs, hands their children to the division, and recomputes depths.
    private static func removeFolded(_ nodes: [OutlineNode], folded: [Bool]) -> [OutlineNode] {
        var newIndex = [Int](repeating: 0, count: nodes.count)
        var result: [OutlineNode] = []
        result.reserveCapacity(nodes.count)
        for (index, var node) in nodes.enumerated() {
            let parent = node.parent.flatMap { $0 < index ? newIndex[$0] : nil }
            if folded[index] {
                // Children of a folded paragraph are children of its division.
                newIndex[index] = parent ?? 0
                continue
            }
            node.parent = parent
            node.depth = parent.map { result[$0].depth + 1 } ?? 0
            newIndex[index] = result.count
            result.append(node)
        }
        return result
    }
}
