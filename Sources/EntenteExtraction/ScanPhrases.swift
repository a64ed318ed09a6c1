/// Groups of lower-case phrases (letters and single spaces: "enter into force", "this agreement")
/// found in a text in one pass, an Aho–Corasick automaton built once. The text is read the way
/// `TermSentence.lower` has it: upper case folded, every run of whitespace one space, marks that
/// extend a whitespace character dropped. So a phrase the lower-cased sentence holds is found in the
/// sentence as written, and the term rules need not be asked about a sentence without their phrases.
///
/// Only ASCII letters (and the Kelvin sign, for which every group is reported) lower-case to ASCII
/// letters; "İ" lower-cases to "i" and a mark, and no phrase has an "i" before a space or at its end,
/// so every other character simply ends a match.
struct ScanPhrases: Sendable {
    /// Next state for each state and byte class (`other`, a…z, `space`).
    private let transitions: [UInt16]
    /// The groups a match ends at each state, as bits.
    private let outputs: [UInt64]

    private static let other = 0
    private static let space = 27
    private static let classes = 28
    /// The class of each ASCII byte, upper case folded; bytes from 0x80 on are read as scalars.
    private static let byteClasses: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x41...0x5A: return UInt8(byte - 0x40)
        case 0x61...0x7A: return UInt8(byte - 0x60)
        case 0x09...0x0D, 0x20: return UInt8(space)
        default: return UInt8(other)
        }
    }

    /// `groups[i]` sets bit `i` of a result; at most 64 groups.
    init(_ groups: [[String]]) {
        precondition(groups.count <= 64, "at most 64 groups")
        let classes = Self.classes
        // The trie as lists: each state's first child, each state's next sibling and the class that
        // leads to it (state 0, the root, is no child, so 0 means none). The automaton is built at
        // first use, which every loaded document waits for: a table of each state's children by
        // class took longer to fill and to scan than the phrases take to read. The lists are filled
        // through pointers, sized for a state per byte of the phrases at most: appending to arrays
        // cost more than reading the phrases.
        let most = groups.reduce(1) { total, phrases in phrases.reduce(total) { $0 + $1.utf8.count } }
        precondition(most <= Int(UInt16.max), "states are numbered in 16 bits")
        var firstChild = [UInt16](repeating: 0, count: most)
        var nextSibling = [UInt16](repeating: 0, count: most)
        var classOf = [UInt8](repeating: 0, count: most)
        var outputs = [UInt64](repeating: 0, count: most)
        var states = 1
        firstChild.withUnsafeMutableBufferPointer { firstChild in
            nextSibling.withUnsafeMutableBufferPointer { nextSibling in
                classOf.withUnsafeMutableBufferPointer { classOf in
                    outputs.withUnsafeMutableBufferPointer { outputs in
                        Self.byteClasses.withUnsafeBufferPointer { byteClasses in
                            for (group, phrases) in groups.enumerated() {
                                for phrase in phrases {
                                    var phrase = phrase
                                    let state = phrase.withUTF8 { bytes in
                                        var state = 0
                                        for byte in bytes {
                                            precondition(byte == 0x20 || (byte >= 0x61 && byte <= 0x7A), "phrases are lower-case letters and spaces")
                                            let byteClass = byteClasses[Int(byte)]
                                            var child = Int(firstChild[state])
                                            while child != 0, classOf[child] != byteClass { child = Int(nextSibling[child]) }
                                            if child == 0 {
                                                child = states
                                                states += 1
                                                classOf[child] = byteClass
                                                nextSibling[child] = firstChild[state]
                                                firstChild[state] = UInt16(child)
                                            }
                                            state = child
                                        }
                                        return state
                                    }
                                    outputs[state] |= 1 << UInt64(group)
                                }
                            }
                        }
                    }
                }
            }
        }
        // Breadth first: each state's failure link, its outputs joined with its failure's, and the
        // complete transition table (every row is written: the root's, then each state's from its
        // failure's). After a space another space changes nothing: a run of whitespace is one space.
        let count = states
        var failure = [Int](repeating: 0, count: count)
        var queue = [Int](repeating: 0, count: count)
        let transitions = [UInt16](unsafeUninitializedCapacity: count * classes) { transitions, written in
            failure.withUnsafeMutableBufferPointer { failure in
                queue.withUnsafeMutableBufferPointer { queue in
                    outputs.withUnsafeMutableBufferPointer { outputs in
                        guard let base = transitions.baseAddress else { return }
                        base.initialize(repeating: 0, count: classes)
                        var tail = 0
                        var child = Int(firstChild[0])
                        while child != 0 {
                            transitions[Int(classOf[child])] = UInt16(child)
                            queue[tail] = child
                            tail += 1
                            child = Int(nextSibling[child])
                        }
                        var head = 0
                        while head < tail {
                            let state = queue[head]
                            head += 1
                            let fallbackRow = failure[state] * classes
                            let row = state * classes
                            outputs[state] |= outputs[failure[state]]
                            // The failure state's moves, then the state's own children over them.
                            (base + row).initialize(from: base + fallbackRow, count: classes)
                            var child = Int(firstChild[state])
                            while child != 0 {
                                let byteClass = Int(classOf[child])
                                failure[child] = Int(transitions[fallbackRow + byteClass])
                                transitions[row + byteClass] = UInt16(child)
                                queue[tail] = child
                                tail += 1
                                child = Int(nextSibling[child])
                            }
                            if Int(classOf[state]) == Self.space { transitions[row + Self.space] = UInt16(state) }
                        }
                    }
                }
            }
            written = count * classes
        }
        self.transitions = transitions
        self.outputs = Array(outputs[0..<count])
    }

    /// The groups found in `text`, as bits.
    func found(in text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { found(in: $0) }
    }

    /// The groups found in the UTF-8 `bytes`, as bits.
    ///
    /// One pass from the start: reading long texts in four parts side by side (each from a byte
    /// where no phrase can span) cost more instructions than it saved, provisions being short and
    /// finding where a part may start costing as much as reading it.
    func found(in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        Self.byteClasses.withUnsafeBufferPointer { classes in
            transitions.withUnsafeBufferPointer { transitions in
                outputs.withUnsafeBufferPointer { outputs in
                    Reader(bytes: bytes, classes: classes, transitions: transitions, outputs: outputs).found()
                }
            }
        }
    }

    /// Where the reading is: the automaton's state and the next byte.
    private struct Cursor {
        var state = 0
        var index: Int
    }

    /// The automaton's tables and a text.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let classes: UnsafeBufferPointer<UInt8>
        let transitions: UnsafeBufferPointer<UInt16>
        let outputs: UnsafeBufferPointer<UInt64>

        /// Reads one character at the cursor; false when it was the Kelvin sign (every group is reported then).
        @inline(__always)
        func advance(_ cursor: inout Cursor, _ found: inout UInt64) -> Bool {
            let byte = bytes[cursor.index]
            let byteClass: Int
            if byte < 0x80 {
                byteClass = Int(classes[Int(byte)])
                cursor.index += 1
            } else {
                guard let read = scalarClass(at: cursor.index) else { return false }
                cursor.index += read.length
                // A mark extending whitespace is dropped: nothing changes.
                guard let readClass = read.byteClass else { return true }
                byteClass = readClass
            }
            cursor.state = Int(transitions[cursor.state &* ScanPhrases.classes &+ byteClass])
            found |= outputs[cursor.state]
            return true
        }

        /// The class of the scalar starting at `index` (not ASCII) and its length: whitespace is a
        /// space, a mark extending whitespace has no class (it is dropped), anything else ends a
        /// match. Nil for the Kelvin sign, which lower-cases to "k".
        func scalarClass(at index: Int) -> (byteClass: Int?, length: Int)? {
            let (value, length) = scalar(at: index)
            guard value != 0x212A else { return nil }
            guard let scalar = Unicode.Scalar(value) else { return (ScanPhrases.other, length) }
            let properties = scalar.properties
            if properties.isGraphemeExtend || value == 0x200D, followsWhitespace(index) { return (nil, length) }
            return (properties.isWhitespace ? ScanPhrases.space : ScanPhrases.other, length)
        }

        /// The scalar starting at byte `index` and its length in bytes.
        func scalar(at index: Int) -> (UInt32, Int) {
            let byte = bytes[index]
            guard byte >= 0x80 else { return (UInt32(byte), 1) }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length where index + offset < bytes.count {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            return (value, min(length, bytes.count - index))
        }

        /// True when the characters before byte `index`, past any marks that extend whitespace
        /// (dropped as well), end in whitespace: a mark there is dropped.
        func followsWhitespace(_ index: Int) -> Bool {
            var end = index
            while end > 0 {
                var start = end - 1
                while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                let (value, _) = scalar(at: start)
                guard let scalar = Unicode.Scalar(value) else { return false }
                let properties = scalar.properties
                if properties.isWhitespace { return true }
                guard properties.isGraphemeExtend || value == 0x200D else { return false }
                end = start
            }
            return false
        }

        /// Reads `cursor` up to `end`; false when a Kelvin sign was seen.
        func read(_ cursor: inout Cursor, to end: Int, _ found: inout UInt64) -> Bool {
            // ASCII bytes in a tight loop of locals; anything else through `advance`.
            var state = cursor.state
            var index = cursor.index
            var seen = found
            while index < end {
                let byte = bytes[index]
                if byte < 0x80 {
                    state = Int(transitions[state &* ScanPhrases.classes &+ Int(classes[Int(byte)])])
                    seen |= outputs[state]
                    index += 1
                } else {
                    var slow = Cursor(state: state, index: index)
                    guard advance(&slow, &seen) else { return false }
                    state = slow.state
                    index = slow.index
                }
            }
            cursor = Cursor(state: state, index: index)
            found = seen
            return true
        }

        func found() -> UInt64 {
            var found: UInt64 = 0
            var cursor = Cursor(index: 0)
            return read(&cursor, to: bytes.count, &found) ? found : ~0
        }
    }
}
