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
        var labelled = nodes
        label(&labelled)
        return labelled
    }

    /// `label(_:)` in place, so that a large outline is not copied: the nodes this pass changes
    /// (unnumbered paragraphs' labels, divisions' lead-in text) are never the ones it reads those
    /// fields from, so reading as it writes gives the same outline.
    static func label(_ nodes: inout [OutlineNode]) {
        guard nodes.contains(where: { $0.unnumbered }) else { return }
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
        var folded = [Bool](repeating: false, count: nodes.count)
        let topParagraphs = top.filter { nodes[$0].unnumbered }
        if !topParagraphs.isEmpty {
            let others = top.contains { !nodes[$0].unnumbered && nodes[$0].kind != .preamble && nodes[$0].kind != .signature }
            for (offset, index) in topParagraphs.enumerated() {
                let label = others ? "p\(offset + 1)" : String(offset + 1)
                nodes[index].label = label
                nodes[index].segment = label
            }
        }
        for parent in nodes.indices where hasUnnumbered[parent] {
            let kids = children[parent]
            let paragraphs = kids.filter { nodes[$0].unnumbered }
            guard let first = paragraphs.first else { continue }
            let others = kids.contains { !nodes[$0].unnumbered && !Self.isOrdinalSubheading(nodes[$0]) }
            var rest = paragraphs[...]
            let leadIn = kids.first == first && nodes[parent].text.isEmpty && (paragraphs.count == 1 || others)
            if leadIn {
                nodes[parent].text = nodes[first].text
                nodes[parent].endLine = max(nodes[parent].endLine, nodes[first].endLine)
                folded[first] = true
                rest = rest.dropFirst()
            }
            for (offset, index) in rest.enumerated() {
                let label = others ? "p\(offset + 1)" : String(offset + (leadIn ? 2 : 1))
                nodes[index].label = label
                nodes[index].segment = label
            }
        }
        removeFolded(&nodes, folded: folded)
    }

    /// `s1`, `s2`… sub-headings cannot collide with numbers, so they do not force `p1` labels.
    private static func isOrdinalSubheading(_ node: OutlineNode) -> Bool {
        node.level == .subheading && node.label.hasPrefix("s")
    }

    /// Drops folded paragraphs, hands their children to the division, and recomputes depths.
    /// Compacts the array in place: kept nodes move down over the folded ones, in order.
    private static func removeFolded(_ nodes: inout [OutlineNode], folded: [Bool]) {
        var newIndex = [Int](repeating: 0, count: nodes.count)
        var kept = 0
        for index in nodes.indices {
            let parent = nodes[index].parent.flatMap { $0 < index ? newIndex[$0] : nil }
            if folded[index] {
                // Children of a folded paragraph are children of its division.
                newIndex[index] = parent ?? 0
                continue
            }
            if kept != index { Self.exchange(&nodes, kept, index) }
            nodes[kept].parent = parent
            nodes[kept].depth = parent.map { nodes[$0].depth + 1 } ?? 0
            newIndex[index] = kept
            kept += 1
        }
        nodes.removeSubrange(kept...)
    }

    /// Exchanges two nodes by moving their bytes: `swapAt` copies them, retaining and releasing
    /// every string of both, once per node that moves down.
    private static func exchange(_ nodes: inout [OutlineNode], _ first: Int, _ second: Int) {
        nodes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let held = (base + first).move()
            (base + first).moveInitialize(from: base + second, count: 1)
            (base + second).initialize(to: held)
        }
    }
}
