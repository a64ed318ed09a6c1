/// The regular expressions of `matches`: a small engine of our own, compiled to a Thompson NFA and
/// run as a Pike VM, so matching takes time linear in the text whatever the pattern — `(a+)+$` on
/// a long string cannot hang — and never recurses on the text. A step budget bounds the rest.
///
/// Syntax: literals; `.` (any character, line breaks included); `[abc]`, `[^a-z]`; `\d \w \s`
/// and `\D \W \S`; `\b \B`; `^ $` (start and end of the text); groups `( )` and `(?: )`; `|`;
/// `* + ?` and `{n}`, `{n,}`, `{n,m}` (a lazy `?` after them is accepted; it cannot change
/// whether a text matches). No backreferences or lookaround. Matching ignores case and finds the
/// pattern anywhere in the text (anchor it with `^…$` to match the whole).
struct RegularExpression: Sendable {
    /// A pattern that does not parse, with the character offset in the pattern where it fails.
    struct SyntaxError: Error, Sendable {
        var message: String
        var offset: Int?
        var label: String
    }

    /// Matching ran out of its step budget.
    struct BudgetExceeded: Error, Sendable {}

    static let maximumNesting = 100
    static let maximumProgram = 20_000
    /// Steps of the VM per match: about a hundred thousand characters against a large pattern.
    static let stepBudget = 50_000_000

    private let program: [Instruction]
    /// Text every match contains (the longest run of plain characters the pattern cannot do
    /// without): a text without it is rejected by a fast search before the VM runs, which spares
    /// nearly every row of `where text matches …`.
    private let requiredLiteral: FoldedPattern?

    init(_ pattern: String) throws(SyntaxError) {
        var parser = RegexParser(Array(pattern))
        let node = try parser.parse()
        var compiler = RegexCompiler()
        try compiler.emit(node)
        compiler.program.append(.match)
        guard compiler.program.count <= Self.maximumProgram else {
            throw SyntaxError(message: "pattern too large", offset: nil, label: "repetition counts make it too large")
        }
        program = compiler.program
        requiredLiteral = node.requiredLiteral.count >= 2 ? FoldedPattern(String(node.requiredLiteral)) : nil
    }

    /// Whether the pattern occurs in `text`, ignoring case.
    func matches(_ text: String, budget: Int = stepBudget) throws(BudgetExceeded) -> Bool {
        if let requiredLiteral, !requiredLiteral.occurs(in: text) { return false }
        let input = Array(text.lowercased())
        var current = ThreadList(size: program.count)
        var next = ThreadList(size: program.count)
        var steps = 0
        var stack: [Int] = []
        for position in 0...input.count {
            // Start a new attempt at every position: the search is unanchored.
            add(0, at: position, input, &current, &stack)
            if current.containsMatch { return true }
            guard position < input.count else { break }
            let character = input[position]
            next.clear()
            for pc in current.dense {
                steps += 1
                if steps > budget { throw BudgetExceeded() }
                switch program[pc] {
                case .character(let expected):
                    if character == expected { add(pc + 1, at: position + 1, input, &next, &stack) }
                case .any:
                    add(pc + 1, at: position + 1, input, &next, &stack)
                case .set(let set):
                    if set.contains(character) { add(pc + 1, at: position + 1, input, &next, &stack) }
                default:
                    break
                }
            }
            swap(&current, &next)
            if current.containsMatch { return true }
        }
        return current.containsMatch
    }

    /// Adds the thread at `pc` and every thread reachable from it without reading a character.
    private func add(_ start: Int, at position: Int, _ input: [Character], _ list: inout ThreadList, _ stack: inout [Int]) {
        // The loop below empties the stack, so it starts empty.
        stack.append(start)
        while let pc = stack.popLast() {
            guard !list.contains(pc) else { continue }
            list.insert(pc)
            switch program[pc] {
            case .jump(let target): stack.append(target)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .start: if position == 0 { stack.append(pc + 1) }
            case .end: if position == input.count { stack.append(pc + 1) }
            case .boundary(let wanted):
                let before = position > 0 && Self.isWord(input[position - 1])
                let after = position < input.count && Self.isWord(input[position])
                if (before != after) == wanted { stack.append(pc + 1) }
            case .match: list.containsMatch = true
            case .character, .any, .set: break
            }
        }
    }

    static func isWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}

/// One instruction of the compiled program.
enum Instruction: Sendable {
    case character(Character)
    case any
    case set(CharacterSet)
    case split(Int, Int)
    case jump(Int)
    case start
    case end
    case boundary(Bool)
    case match
}

/// A bracket expression or a class escape, matched against lower-cased text.
struct CharacterSet: Sendable {
    enum Item: Sendable {
        case range(Character, Character)
        case digit(Bool), word(Bool), space(Bool)
    }

    var items: [Item]
    var negated: Bool

    func contains(_ character: Character) -> Bool {
        // The text is lower-cased; an upper-case range such as `A-Z` still matches it.
        let upper = Character(String(character).uppercased().count == 1 ? String(character).uppercased() : String(character))
        let found = items.contains { item in
            switch item {
            case .range(let low, let high): (low...high).contains(character) || (low...high).contains(upper)
            case .digit(let positive): (character.isASCII && character.isNumber) == positive
            case .word(let positive): RegularExpression.isWord(character) == positive
            case .space(let positive): character.isWhitespace == positive
            }
        }
        return found != negated
    }
}

/// Threads of the VM: a sparse set of program counters, so each is added once per position.
struct ThreadList {
    /// The program counters in the list are `slots[0..<count]`; clearing only resets `count`.
    private var slots: [Int]
    private var sparse: [Int]
    private(set) var count = 0
    var containsMatch = false

    init(size: Int) {
        sparse = Array(repeating: 0, count: size)
        slots = Array(repeating: 0, count: size)
    }

    var dense: ArraySlice<Int> { slots[0..<count] }

    func contains(_ pc: Int) -> Bool {
        let slot = sparse[pc]
        return slot < count && slots[slot] == pc
    }

    mutating func insert(_ pc: Int) {
        sparse[pc] = count
        slots[count] = pc
        count += 1
    }

    mutating func clear() {
        count = 0
        containsMatch = false
    }
}

/// The parsed pattern.
indirect enum RegexNode: Sendable {
    case empty
    case character(Character)
    case any
    case set(CharacterSet)
    case start, end
    case boundary(Bool)
    case sequence([RegexNode])
    case alternation([RegexNode])
    case repetition(RegexNode, minimum: Int, maximum: Int?)
}

extension RegexNode {
    /// The longest run of characters every match of this node contains, in order and adjacent.
    /// Characters whose lower case is not themselves end a run: they match nothing in lower-cased text.
    var requiredLiteral: [Character] {
        switch self {
        case .character(let character):
            return RegexParser.lowercased(character) == character ? [character] : []
        case .sequence(let items):
            var best: [Character] = []
            var run: [Character] = []
            for item in items {
                if case .character(let character) = item, RegexParser.lowercased(character) == character {
                    run.append(character)
                    continue
                }
                if run.count > best.count { best = run }
                run = []
                let inner = item.requiredLiteral
                if inner.count > best.count { best = inner }
            }
            return run.count > best.count ? run : best
        case .repetition(let node, let minimum, _):
            return minimum >= 1 ? node.requiredLiteral : []
        case .empty, .any, .set, .start, .end, .boundary, .alternation:
            return []
        }
    }
}

/// Recursive descent over the pattern; nesting is bounded by `RegularExpression.maximumNesting`.
struct RegexParser {
    private let chars: [Character]
    private var index = 0
    private var depth = 0

    init(_ chars: [Character]) {
        self.chars = chars
    }

    private func error(_ message: String, _ label: String, at offset: Int? = nil) -> RegularExpression.SyntaxError {
        RegularExpression.SyntaxError(message: message, offset: offset ?? index, label: label)
    }

    mutating func parse() throws(RegularExpression.SyntaxError) -> RegexNode {
        let node = try parseAlternation()
        if index < chars.count { throw error("unmatched `)`", "no `(` opens this") }
        return node
    }

    /// `alternation := sequence { '|' sequence }`
    private mutating func parseAlternation() throws(RegularExpression.SyntaxError) -> RegexNode {
        var branches = [try parseSequence()]
        while index < chars.count, chars[index] == "|" {
            index += 1
            branches.append(try parseSequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    /// `sequence := { atom [ quantifier ] }`
    private mutating func parseSequence() throws(RegularExpression.SyntaxError) -> RegexNode {
        var items: [RegexNode] = []
        while index < chars.count, chars[index] != "|", chars[index] != ")" {
            let atomStart = index
            let atom = try parseAtom()
            items.append(try parseQuantifiers(atom, atomStart))
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func parseQuantifiers(_ atom: RegexNode, _ atomStart: Int) throws(RegularExpression.SyntaxError) -> RegexNode {
        var node = atom
        var quantified = false
        while index < chars.count {
            let char = chars[index]
            var bounds: (Int, Int?)?
            switch char {
            case "*": bounds = (0, nil); index += 1
            case "+": bounds = (1, nil); index += 1
            case "?": bounds = (0, 1); index += 1
            case "{":
                guard let counted = try parseCount() else { return node }
                bounds = counted
            default: return node
            }
            guard let (minimum, maximum) = bounds else { return node }
            if quantified {
                throw error("a quantifier cannot follow another", "remove one", at: index - 1)
            }
            switch node {
            case .start, .end, .boundary: throw error("nothing to repeat", "an anchor cannot repeat", at: index - 1)
            default: break
            }
            node = .repetition(node, minimum: minimum, maximum: maximum)
            quantified = true
            // A lazy `?` changes which match is found, never whether one is: accept and ignore it.
            if index < chars.count, chars[index] == "?" { index += 1 }
        }
        _ = atomStart
        return node
    }

    /// `{n}`, `{n,}`, `{n,m}`; nil (and nothing consumed) when `{` is a literal brace.
    private mutating func parseCount() throws(RegularExpression.SyntaxError) -> (Int, Int?)? {
        let start = index
        var probe = index + 1
        func number() -> Int? {
            var digits = ""
            while probe < chars.count, chars[probe].isASCII, chars[probe].isNumber, digits.count < 6 {
                digits.append(chars[probe])
                probe += 1
            }
            return Int(digits)
        }
        guard let minimum = number() else { return nil }
        var maximum: Int? = minimum
        if probe < chars.count, chars[probe] == "," {
            probe += 1
            maximum = number()
        }
        guard probe < chars.count, chars[probe] == "}" else { return nil }
        index = probe + 1
        if let maximum, maximum < minimum {
            throw error("repetition `{\(minimum),\(maximum)}` has its bounds reversed", "the larger count comes second", at: start)
        }
        if minimum > 1000 || (maximum ?? 0) > 1000 {
            throw error("repetition count over 1000", "too many repetitions", at: start)
        }
        return (minimum, maximum)
    }

    /// `atom := '(' [ '?:' ] alternation ')' | '[' set ']' | '.' | '^' | '$' | escape | CHAR`
    private mutating func parseAtom() throws(RegularExpression.SyntaxError) -> RegexNode {
        let char = chars[index]
        switch char {
        case "(":
            let open = index
            index += 1
            depth += 1
            defer { depth -= 1 }
            if depth > RegularExpression.maximumNesting {
                throw error("groups nested too deeply", "more than \(RegularExpression.maximumNesting) levels", at: open)
            }
            if index + 1 < chars.count, chars[index] == "?", chars[index + 1] == ":" { index += 2 }
            else if index < chars.count, chars[index] == "?" {
                throw error("unsupported group `(?`", "only `(?:` is supported", at: open)
            }
            let inner = try parseAlternation()
            guard index < chars.count, chars[index] == ")" else { throw error("unclosed group", "this `(` is never closed", at: open) }
            index += 1
            return inner
        case "[":
            return .set(try parseSet())
        case ".":
            index += 1
            return .any
        case "^":
            index += 1
            return .start
        case "$":
            index += 1
            return .end
        case "*", "+", "?":
            throw error("nothing to repeat", "put something before `\(char)`")
        case "\\":
            return try parseEscape()
        default:
            index += 1
            return .character(Self.lowercased(char))
        }
    }

    /// Literals are matched against lower-cased text, so they are lower-cased too.
    static func lowercased(_ character: Character) -> Character {
        let lower = String(character).lowercased()
        return lower.count == 1 ? Character(lower) : character
    }

    private mutating func parseEscape() throws(RegularExpression.SyntaxError) -> RegexNode {
        let start = index
        index += 1
        guard index < chars.count else { throw error("pattern ends with `\\`", "escape what?", at: start) }
        let char = chars[index]
        index += 1
        switch char {
        case "d": return .set(CharacterSet(items: [.digit(true)], negated: false))
        case "D": return .set(CharacterSet(items: [.digit(false)], negated: false))
        case "w": return .set(CharacterSet(items: [.word(true)], negated: false))
        case "W": return .set(CharacterSet(items: [.word(false)], negated: false))
        case "s": return .set(CharacterSet(items: [.space(true)], negated: false))
        case "S": return .set(CharacterSet(items: [.space(false)], negated: false))
        case "b": return .boundary(true)
        case "B": return .boundary(false)
        case "n": return .character("\n")
        case "t": return .character("\t")
        default:
            if char.isLetter || char.isNumber {
                throw error("unknown escape `\\\(char)`", "escape only punctuation, or use \\d \\w \\s \\b \\n \\t", at: start)
            }
            return .character(Self.lowercased(char))
        }
    }

    /// `set := '[' [ '^' ] item { item } ']'`, `item := CHAR [ '-' CHAR ] | '\' CLASS`
    private mutating func parseSet() throws(RegularExpression.SyntaxError) -> CharacterSet {
        let open = index
        index += 1
        var set = CharacterSet(items: [], negated: false)
        if index < chars.count, chars[index] == "^" {
            set.negated = true
            index += 1
        }
        var first = true
        while index < chars.count, chars[index] != "]" || first {
            first = false
            var low = chars[index]
            index += 1
            if low == "\\" {
                guard index < chars.count else { break }
                let escaped = chars[index]
                index += 1
                switch escaped {
                case "d": set.items.append(.digit(true)); continue
                case "D": set.items.append(.digit(false)); continue
                case "w": set.items.append(.word(true)); continue
                case "W": set.items.append(.word(false)); continue
                case "s": set.items.append(.space(true)); continue
                case "S": set.items.append(.space(false)); continue
                case "n": low = "\n"
                case "t": low = "\t"
                default: low = escaped
                }
            }
            if index + 1 < chars.count, chars[index] == "-", chars[index + 1] != "]" {
                var high = chars[index + 1]
                index += 2
                if high == "\\", index < chars.count {
                    high = chars[index]
                    index += 1
                }
                guard low <= high else {
                    throw error("range `\(low)-\(high)` is out of order", "write the smaller character first", at: index - 3)
                }
                set.items.append(.range(low, high))
            } else {
                set.items.append(.range(low, low))
            }
        }
        guard index < chars.count else { throw error("unclosed `[`", "this `[` is never closed", at: open) }
        index += 1
        return set
    }
}

/// Emits the program for a node. Recursion follows the pattern's nesting, which the parser bounds.
struct RegexCompiler {
    var program: [Instruction] = []

    mutating func emit(_ node: RegexNode) throws(RegularExpression.SyntaxError) {
        guard program.count <= RegularExpression.maximumProgram else {
            throw RegularExpression.SyntaxError(message: "pattern too large", offset: nil, label: "repetition counts make it too large")
        }
        switch node {
        case .empty: break
        case .character(let character): program.append(.character(character))
        case .any: program.append(.any)
        case .set(let set): program.append(.set(set))
        case .start: program.append(.start)
        case .end: program.append(.end)
        case .boundary(let wanted): program.append(.boundary(wanted))
        case .sequence(let items):
            for item in items { try emit(item) }
        case .alternation(let branches):
            var jumps: [Int] = []
            for (position, branch) in branches.enumerated() {
                if position < branches.count - 1 {
                    let split = program.count
                    program.append(.split(split + 1, 0))
                    try emit(branch)
                    jumps.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                } else {
                    try emit(branch)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repetition(let inner, let minimum, let maximum):
            for _ in 0..<minimum { try emit(inner) }
            if let maximum {
                // Each optional copy may be skipped: split over it to the end.
                var splits: [Int] = []
                for _ in minimum..<maximum {
                    splits.append(program.count)
                    program.append(.split(program.count + 1, 0))
                    try emit(inner)
                }
                for split in splits { program[split] = .split(split + 1, program.count) }
            } else {
                let loop = program.count
                program.append(.split(loop + 1, 0))
                try emit(inner)
                program.append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
    }
}
