import Testing
@testable import EntenteLanguage

/// The byte-level comparisons must answer exactly as lower-casing both sides with Swift's
/// Character semantics does, which is what the language documents.
struct TextFoldingTests {
    static let texts = [
        "", "a", "A", "abc", "ABC", "Abd", "terminate", "The Parties may TERMINATE this Agreement",
        "e\u{301}", "é", "cafe\u{301}", "café", "CAFÉ", "f", "\r\n", "\n", "line\r\nnext",
        "\u{212A}elvin", "kelvin", "\u{0130}stanbul", "istanbul", "i\u{307}stanbul",
        "Participant’s", "participant's", "ß", "SS", "ss", "Ukraine", "UKRAINE 🇺🇦", "🇺🇦",
    ]

    @Test(arguments: texts)
    func equalityAndOrderMatchLowerCasing(left: String) {
        for right in Self.texts {
            #expect(TextFolding.equal(left, right) == (left.lowercased() == right.lowercased()), "\(left) = \(right)")
            let x = left.lowercased(), y = right.lowercased()
            #expect(TextFolding.order(left, right) == (x < y ? -1 : (x == y ? 0 : 1)), "\(left) < \(right)")
        }
    }

    @Test(arguments: texts)
    func containsMatchesLowerCasing(haystack: String) {
        let needles = Self.texts + ["e", "E", "\n", "\r", "k", "i", "terminate", "rti", "’s", "s", "A"]
        for needle in needles {
            #expect(TextFolding.contains(haystack, needle) == Self.characterSearch(haystack.lowercased(), needle.lowercased()),
                    "\(haystack.debugDescription) contains \(needle.debugDescription)")
        }
    }

    /// The reference: a naive search over Characters (Foundation's `contains`, which Testing brings
    /// in, compares differently: "\r\n" contains "\n" there).
    static func characterSearch(_ haystack: String, _ needle: String) -> Bool {
        let text = Array(haystack), pattern = Array(needle)
        guard !pattern.isEmpty else { return true }
        guard text.count >= pattern.count else { return false }
        for start in 0...(text.count - pattern.count) where Array(text[start..<start + pattern.count]) == pattern {
            return true
        }
        return false
    }

    @Test func aFilterFindsTextWhateverItsCase() {
        #expect(TextFolding.contains("Either Participant may TERMINATE this Arrangement", "terminate"))
        #expect(!TextFolding.contains("Either Participant may withdraw", "terminate"))
        #expect(TextFolding.equal("Obligation", "obligation"))
    }
}
