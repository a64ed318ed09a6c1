/// One name found in running text.
struct EntityName: Sendable, Hashable {
    var name: String
    /// organization, instrument or state.
    var kind: String
}

/// Finds names of organisations, instruments and states in a text.
///
/// name := Cap (Cap | connector Cap)*   where Cap is a capitalised word and connector is one of
///         "of", "for", "and", "in", "on", "de", "the" ("the" only after "of"/"for"/"on").
/// A run whose main head word (the last one before the first "of"/"for") is an organisation word
/// is an organisation, an instrument word an instrument; leading words before "of the" that carry
/// no head are dropped ("Leaders of the Group of Seven" → "Group of Seven"). An organisation named
/// inside an instrument ("Rome Statute of the International Criminal Court") is found as well. A
/// run without head words yields the states it names ("Canada and Ukraine").
enum EntityNameScanner {
    static func scan(_ text: ScanText) -> [EntityName] {
        var found: [EntityName] = []
        scan(text, into: &found)
        return found
    }

    /// Appends the names of `text` to `found` (which a caller reading many texts can reuse).
    static func scan(_ text: ScanText, into found: inout [EntityName]) {
        // Every name has a head word or names a state.
        guard !text.cues.isDisjoint(with: .anyEntity) else { return }
        // The walk over every token reads them in place.
        text.tokens.withUnsafeBufferPointer { tokens in
            var index = 0
            while index < tokens.count {
                guard isNameWord(tokens[index]) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < tokens.count {
                    // A possessive ends the name: "World Bank’s Trust Fund" names the World Bank.
                    if tokens[end - 1].isPossessive { break }
                    if isNameWord(tokens[end]) {
                        end += 1
                        continue
                    }
                    let word = tokens[end]
                    let previous = tokens[end - 1]
                    guard word.kind == .word, word.cues.contains(.connector), end + 1 < tokens.count,
                          text.startsLowercase(end) else { break }
                    let joinsPrevious = word.cues.contains(.the)
                        ? previous.cues.contains(.ofForOn)
                        : !previous.cues.contains(.connector)
                    let joinsNext = isNameWord(tokens[end + 1]) || (tokens[end + 1].cues.contains(.the) && word.cues.contains(.ofForOn))
                    guard joinsPrevious, joinsNext else { break }
                    end += 1
                }
                // A run without a head word or a state's first word names nothing: `names` would find
                // no head and no state in it.
                if tokens[index..<end].contains(where: { !$0.cues.isDisjoint(with: .anyEntity) }) {
                    names(in: text, index..<end, into: &found)
                }
                index = end
            }
        }
    }

    /// A word that can be part of a name: capitalised, or an acronym with digits ("G7").
    @inline(__always)
    private static func isNameWord(_ token: TextToken) -> Bool {
        token.kind == .word && token.isCapitalised
    }

    /// The names one capitalised run (tokens `run` of `text`) holds.
    ///
    /// Reads the run's words through their cues when they are ASCII (an ASCII word's key is the
    /// word lower-cased) and through `String` otherwise; builds strings only for the names found.
    private static func names(in text: ScanText, _ run: Range<Int>, into found: inout [EntityName]) {
        let tokens = text.tokens
        let lastToken = run.upperBound - 1
        // A possessive on the last word belongs to the sentence, not the name.
        func word(_ index: Int) -> Substring {
            index == lastToken && tokens[index].isPossessive ? text.substring(index).dropLast(2) : text.substring(index)
        }
        // The bytes of the word when it is ASCII: an ASCII token, or an ASCII word with a typographic
        // possessive ("Ukraine’s"), which can only be the last word. Its cues then describe the word.
        func asciiWord(_ index: Int) -> Range<Int>? {
            let token = tokens[index]
            if token.isASCII { return token.start..<(index == lastToken && token.isPossessive ? token.end - 2 : token.end) }
            if index == lastToken, token.cues.contains(.typographicPossessive) { return token.start..<(token.end - 4) }
            return nil
        }
        func string(_ index: Int) -> String {
            guard let bytes = asciiWord(index) else { return String(word(index)) }
            return String(decoding: text.bytes[bytes], as: UTF8.self)
        }
        // The set is only read for a word that is not ASCII: building it is the cost of its first use.
        func isIn(_ index: Int, _ cue: ScanCue, _ words: @autoclosure () -> Set<String>) -> Bool {
            asciiWord(index) != nil ? tokens[index].cues.contains(cue) : words().contains(word(index).lowercased())
        }
        func isWord(_ index: Int, _ written: StaticString) -> Bool {
            guard let range = asciiWord(index) else { return word(index) == written.description }
            guard range.count == written.utf8CodeUnitCount else { return false }
            // A plain loop: zipping the bytes instantiated generic metadata at first use, which cost more than all the comparisons.
            let pin = written.utf8Start
            for offset in 0..<range.count where text.bytes[range.lowerBound + offset] != pin[offset] { return false }
            return true
        }
        func isAcronym(_ index: Int) -> Bool {
            guard let range = asciiWord(index) else { return Self.isAcronym(word(index)) }
            let bytes = text.bytes[range]
            return bytes.count >= 2 && bytes.contains { $0 >= 0x41 && $0 <= 0x5A } && !bytes.contains { $0 >= 0x61 && $0 <= 0x7A }
        }
        func headKind(_ index: Int) -> String? {
            guard asciiWord(index) != nil else { return EntityVocabulary.kind(ofHead: String(word(index))) }
            if tokens[index].cues.contains(.organizationHead) { return "organization" }
            if tokens[index].cues.contains(.instrumentHead) { return "instrument" }
            return nil
        }
        // The words joined by spaces, built as bytes: appending strings word by word was slow.
        func joined(_ range: Range<Int>) -> String {
            var name: [UInt8] = []
            name.reserveCapacity(tokens[range.upperBound - 1].end - tokens[range.lowerBound].start)
            for index in range {
                if index > range.lowerBound { name.append(0x20) }
                if let bytes = asciiWord(index) {
                    name += text.bytes[bytes]
                } else {
                    name += string(index).utf8
                }
            }
            return String(decoding: name, as: UTF8.self)
        }
        // The word at `index` is the one whose UTF-8 is `written`.
        func isWord(_ index: Int, _ written: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let range = asciiWord(index) else { return string(index) == String(decoding: written, as: UTF8.self) }
            return text.bytes[range].elementsEqual(written)
        }
        // The words from `index` on are those of `spelling` (separated by spaces).
        func matches(_ spelling: ScanVocabulary.StateSpelling, at index: Int) -> Bool {
            var written = spelling.spelling
            return written.withUTF8 { bytes in
                var next = index
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
                    defer { start = end + 1 }
                    guard end > start else { continue }
                    guard isWord(next, UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return false }
                    next += 1
                }
                return true
            }
        }

        // The names of a run of several segments (`segmentStarts`, ending at `end`); true when the
        // run is done with (a head was found).
        func names(segments segmentStarts: [Int], end: Int) -> Bool {
            for (position, start) in segmentStarts.enumerated() {
                let stop = position + 1 < segmentStarts.count ? segmentStarts[position + 1] : end
                guard let head = (start..<stop).last(where: { headKind($0) != nil }), let kind = headKind(head) else { continue }
                // A head word alone ("this Agreement", "the Council") names nothing in particular.
                guard stop - start > 1 || end - start > 1 else { return true }
                found.append(EntityName(name: joined(start..<end), kind: kind))
                // An organisation named inside: "Statute of the International Criminal Court" (its first
                // head word, before any "of"/"for").
                for inner in segmentStarts[(position + 1)...] where inner < end {
                    if let innerHead = (inner..<end).first(where: { headKind($0) != nil }), headKind(innerHead) == "organization",
                       !(inner..<innerHead).contains(where: { isWord($0, "of") || isWord($0, "for") }) {
                        found.append(EntityName(name: joined(inner..<end), kind: "organization"))
                        break
                    }
                }
                return true
            }
            return false
        }

        var first = run.lowerBound
        var end = run.upperBound
        while first < end, isIn(first, .leadingFunctionWord, EntityVocabulary.leadingFunctionWords) { first += 1 }
        while end > first, isIn(end - 1, .connector, EntityVocabulary.connectors) { end -= 1 }
        // A code glued after a name ("Council of Europe CM/Res(2023)3") is not part of it.
        while end - first > 1, isAcronym(end - 1), !isAcronym(end - 2) { end -= 1 }
        guard first < end else { return }
        // Segments between "of"/"for": the head is the last head word of the first segment that has one.
        // Only "of the"/"for the" may drop head-less words before it ("Leaders of the Group of
        // Seven"); "General Security of Information Agreement" stays whole.
        func startsSegment(after index: Int) -> Bool {
            (isWord(index, "of") || isWord(index, "for")) && index + 1 < end && isWord(index + 1, "the")
        }
        // Most runs have one segment: no list of them is built then.
        if !(first..<end).contains(where: startsSegment(after:)) {
            if let head = (first..<end).last(where: { headKind($0) != nil }), let kind = headKind(head) {
                // A head word alone ("this Agreement", "the Council") names nothing in particular.
                if end - first > 1 { found.append(EntityName(name: joined(first..<end), kind: kind)) }
                return
            }
        } else {
            var segmentStarts = [first]
            for index in first..<end where startsSegment(after: index) { segmentStarts.append(index + 2) }
            if names(segments: segmentStarts, end: end) { return }
        }

        // No head word: the states the run names, longest spelling first ("Canada and Ukraine" → two),
        // trying only the words that can start a state's spelling: an ASCII word finds its spellings
        // through the vocabulary (its cue and group), any other word through its string.
        var index = first
        while index < end {
            let spellings: ArraySlice<ScanVocabulary.StateSpelling>
            if let range = asciiWord(index) {
                guard tokens[index].cues.contains(.stateStart),
                      let entry = text.bytes.withUnsafeBufferPointer({ ScanVocabulary.table.entry($0, range.lowerBound, range.upperBound) }),
                      entry.stateGroup >= 0 else {
                    index += 1
                    continue
                }
                spellings = ScanVocabulary.stateSpellings(inGroup: Int(entry.stateGroup))
            } else {
                spellings = ArraySlice((EntityVocabulary.stateSpellingsByFirstWord[string(index)] ?? []).map {
                    ScanVocabulary.StateSpelling($0.0, name: $0.1)
                })
            }
            var matched = false
            for spelling in spellings where index + spelling.wordCount <= end {
                if matches(spelling, at: index) {
                    found.append(EntityName(name: spelling.name, kind: "state"))
                    index += spelling.wordCount
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
    }

    /// True for an all-capitals word of two letters or more: "NATO", "G7", "CM".
    private static func isAcronym(_ word: Substring) -> Bool {
        word.count >= 2 && word.contains(where: { $0.isUppercase }) && !word.contains(where: { $0.isLowercase })
    }
}
