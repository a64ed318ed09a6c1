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
    static func scan(_ tokens: [TextToken]) -> [EntityName] {
        var found: [EntityName] = []
        var index = 0
        while index < tokens.count {
            guard isNameWord(tokens[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count {
                // A possessive ends the name: "World Bank’s Trust Fund" names the World Bank.
                if tokens[end - 1].key != tokens[end - 1].text.lowercased() { break }
                if isNameWord(tokens[end]) {
                    end += 1
                    continue
                }
                let word = tokens[end].key
                let previous = tokens[end - 1].key
                guard tokens[end].kind == .word, tokens[end].text.first?.isLowercase ?? false,
                      EntityVocabulary.connectors.contains(word), end + 1 < tokens.count else { break }
                let joinsPrevious = word == "the"
                    ? ["of", "for", "on"].contains(previous)
                    : !EntityVocabulary.connectors.contains(previous)
                let joinsNext = isNameWord(tokens[end + 1]) || (tokens[end + 1].key == "the" && ["of", "for", "on"].contains(word))
                guard joinsPrevious, joinsNext else { break }
                end += 1
            }
            found += names(in: Array(tokens[index..<end]))
            index = end
        }
        return found
    }

    /// A word that can be part of a name: capitalised, or an acronym with digits ("G7").
    private static func isNameWord(_ token: TextToken) -> Bool {
        token.kind == .word && token.isCapitalised
    }

    /// The names one capitalised run holds.
    private static func names(in run: [TextToken]) -> [EntityName] {
        var words = run.map { String($0.text) }
        // A possessive on the last word belongs to the sentence, not the name.
        if let last = run.last, last.key != last.text.lowercased() {
            words[words.count - 1] = String(last.text.dropLast(2))
        }
        while let first = words.first, EntityVocabulary.leadingFunctionWords.contains(first.lowercased()) { words.removeFirst() }
        while let last = words.last, EntityVocabulary.connectors.contains(last.lowercased()) { words.removeLast() }
        // A code glued after a name ("Council of Europe CM/Res(2023)3") is not part of it.
        while words.count > 1, let last = words.last, isAcronym(last), !isAcronym(words[words.count - 2]) { words.removeLast() }
        guard !words.isEmpty else { return [] }
        // Segments between "of"/"for": the head is the last head word of the first segment that has one.
        var segmentStarts = [0]
        // Only "of the"/"for the" may drop head-less words before it ("Leaders of the Group of
        // Seven"); "General Security of Information Agreement" stays whole.
        for (offset, word) in words.enumerated() where (word == "of" || word == "for") && offset + 1 < words.count
            && words[offset + 1] == "the" {
            segmentStarts.append(offset + 2)
        }
        for (position, start) in segmentStarts.enumerated() {
            let stop = position + 1 < segmentStarts.count ? segmentStarts[position + 1] : words.count
            let segment = words[start..<stop]
            guard let head = segment.last(where: { EntityVocabulary.kind(ofHead: $0) != nil }),
                  let kind = EntityVocabulary.kind(ofHead: head) else { continue }
            // A head word alone ("this Agreement", "the Council") names nothing in particular.
            guard stop - start > 1 || words.count - start > 1 else { return [] }
            var found = [EntityName(name: words[start...].joined(separator: " "), kind: kind)]
            // An organisation named inside: "Statute of the International Criminal Court".
            for inner in segmentStarts[(position + 1)...] where inner < words.count {
                let tail = Array(words[inner...])
                if let innerHead = tail.first(where: { EntityVocabulary.kind(ofHead: $0) != nil }),
                   EntityVocabulary.kind(ofHead: innerHead) == "organization",
                   tail.prefix(while: { $0 != "of" && $0 != "for" }).contains(innerHead) {
                    found.append(EntityName(name: tail.joined(separator: " "), kind: "organization"))
                    break
                }
            }
            return found
        }
        return states(in: words)
    }

    /// True for an all-capitals word of two letters or more: "NATO", "G7", "CM".
    private static func isAcronym(_ word: String) -> Bool {
        word.count >= 2 && word.contains(where: \.isUppercase) && !word.contains(where: \.isLowercase)
    }

    /// The states a head-less run names, longest spelling first: "Canada and Ukraine" → two.
    static func states(in words: [String]) -> [EntityName] {
        var found: [EntityName] = []
        var index = 0
        while index < words.count {
            var matched = false
            for (spelling, name) in EntityVocabulary.stateSpellings where index + spelling.count <= words.count {
                if Array(words[index..<(index + spelling.count)]) == spelling {
                    found.append(EntityName(name: name, kind: "state"))
                    index += spelling.count
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return found
    }
}
