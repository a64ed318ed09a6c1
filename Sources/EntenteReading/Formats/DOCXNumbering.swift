import CLibxml2

/// Word's list numbering, read from `word/numbering.xml` (and the numbering of paragraph styles in
/// `word/styles.xml`): gives each numbered paragraph its marker, counting per list and level.
struct DOCXNumbering {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    private var abstracts: [String: [Int: Level]] = [:]
    private var instances: [String: (abstract: String, starts: [Int: Int])] = [:]
    private var styles: [String: (numId: String?, level: Int?)] = [:]
    private var counters: [String: [Int: Int]] = [:]

    init(numbering: xmlNodePtr?, styles: xmlNodePtr?) {
        if let numbering {
            for node in Self.children(numbering) {
                switch LibXML.name(node) {
                case "abstractNum":
                    guard let id = LibXML.attribute(node, "abstractNumId") else { continue }
                    var levels: [Int: Level] = [:]
                    for level in Self.children(node) where LibXML.name(level) == "lvl" {
                        guard let index = LibXML.attribute(level, "ilvl").flatMap({ Int($0) }) else { continue }
                        var value = Level()
                        if let format = Self.value(level, "numFmt") { value.format = format }
                        if let text = Self.value(level, "lvlText") { value.text = text }
                        if let start = Self.value(level, "start").flatMap({ Int($0) }) { value.start = start }
                        levels[index] = value
                    }
                    abstracts[id] = levels
                case "num":
                    guard let id = LibXML.attribute(node, "numId"), let abstract = Self.value(node, "abstractNumId") else { continue }
                    var starts: [Int: Int] = [:]
                    for override in Self.children(node) where LibXML.name(override) == "lvlOverride" {
                        if let level = LibXML.attribute(override, "ilvl").flatMap({ Int($0) }),
                           let start = Self.value(override, "startOverride").flatMap({ Int($0) }) {
                            starts[level] = start
                        }
                    }
                    instances[id] = (abstract, starts)
                default:
                    continue
                }
            }
        }
        if let styles {
            for style in Self.children(styles) where LibXML.name(style) == "style" {
                guard let id = LibXML.attribute(style, "styleId"), let properties = LibXML.child(style, named: "pPr"),
                      let numbering = LibXML.child(properties, named: "numPr") else { continue }
                self.styles[id] = (Self.value(numbering, "numId"), Self.value(numbering, "ilvl").flatMap { Int($0) })
            }
        }
    }

    /// The marker of paragraph `paragraph` followed by a space (`1. `, `(a) `, `- `), indented four
    /// spaces a level, or "" when it is not numbered. Counts the item.
    mutating func marker(for paragraph: xmlNodePtr) -> String {
        guard let properties = LibXML.child(paragraph, named: "pPr") else { return "" }
        let direct = LibXML.child(properties, named: "numPr")
        let style = Self.value(properties, "pStyle").flatMap { styles[$0] }
        guard let numId = direct.flatMap({ Self.value($0, "numId") }) ?? style?.numId, numId != "0" else { return "" }
        let level = min(max(direct.flatMap({ Self.value($0, "ilvl") }).flatMap { Int($0) } ?? style?.level ?? 0, 0), 8)
        let instance = instances[numId]
        let levels = instance.flatMap { abstracts[$0.abstract] } ?? [:]
        func definition(_ index: Int) -> Level { levels[index] ?? Level(format: "decimal", text: "%\(index + 1).", start: 1) }
        func start(_ index: Int) -> Int { instance?.starts[index] ?? definition(index).start }

        var counts = counters[numId] ?? [:]
        counts[level] = counts[level].map { $0 + 1 } ?? start(level)
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[numId] = counts

        let indent = String(repeating: " ", count: 4 * level)
        let current = definition(level)
        switch current.format {
        case "bullet":
            return indent + "- "
        case "none":
            return current.text.isEmpty ? indent : indent + current.text + " "
        default:
            var marker = ""
            var characters = current.text.makeIterator()
            while let character = characters.next() {
                guard character == "%" else {
                    marker.append(character)
                    continue
                }
                guard let digit = characters.next() else { break }
                guard let number = digit.wholeNumberValue, (1...9).contains(number) else {
                    marker.append(character)
                    marker.append(digit)
                    continue
                }
                let index = number - 1
                marker += Self.format(counts[index] ?? start(index), as: definition(index).format)
            }
            return marker.isEmpty ? indent : indent + marker + " "
        }
    }

    private static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "lowerLetter": return ListNumberStyle.lowerAlpha.format(value)
        case "upperLetter": return ListNumberStyle.upperAlpha.format(value)
        case "lowerRoman": return ListNumberStyle.lowerRoman.format(value)
        case "upperRoman": return ListNumberStyle.upperRoman.format(value)
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
        default: return String(value)
        }
    }

    /// The `w:val` of the first child element named `name`.
    private static func value(_ node: xmlNodePtr, _ name: String) -> String? {
        LibXML.child(node, named: name).flatMap { LibXML.attribute($0, "val") }
    }

    private static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if LibXML.isElement(current) { result.append(current) }
            child = current.pointee.next
        }
        return result
    }
}
