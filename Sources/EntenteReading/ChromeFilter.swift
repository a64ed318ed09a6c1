/// Drops web-page chrome around the body of a text copied from a browser: navigation, language
/// pickers, feedback widgets, donation and reprint appeals, copyright and cookie notices, photo
/// captions. General rules only, no site's wording:
/// - **Interface lines**: a short line made only of web-interface words ("Related Posts", "Privacy
///   and Cookie Policies.", "Table of contents"), a generic interface phrase ("report a problem",
///   "date modified", "skip to content"), or a copyright notice ("©").
/// - **Reader address**: outside quotation marks, the site speaks to its reader ("you", "your") or
///   of itself ("we", "our", "us") about the page itself: links, reprints, patrons, ads, corrections.
///   A short line addressed to the reader ("Thank you for your help!") is chrome on its own; a
///   treaty or a news story never speaks to "you" outside a quotation.
/// - **Photo captions**: a line carrying a credit ("Credit:", "Photo:", "Screenshot"), and the
///   short unpunctuated alt text right above it.
/// - **Page tail**: once a chrome line follows the body, the short lines and chrome after it up to
///   the end are the footer ("Euromaidan Press", "Related Posts").
///
/// Each line is read once, byte by byte, up to `scanLimit` bytes: linear and allocation-free.
enum ChromeFilter {
    /// Only this many bytes of a line are read: a site's appeal says what it is early, and the
    /// cost on a huge line stays bounded.
    static let scanLimit = 640

    /// A line with at most this many words may be chrome by its words alone.
    static let shortLineWords = 8

    /// Generic interface phrases (lower case): chrome in a line of at most `shortLineWords` words.
    static let interfacePhrases = PhraseSet([
        "skip to", "report a problem", "date modified", "please select all", "table of contents", "back to top",
        "all rights reserved", "was this page helpful", "language selection", "share this", "print this",
        "read more", "read also", "log in", "sign up", "sign in", "most read", "terms of use",
    ])

    /// Interface words too common to make a line chrome on their own ("Back page", "a) and:").
    static let weakInterfaceWords = WordSet([
        "of", "and", "the", "to", "our", "on", "this", "in", "for", "a", "us", "most", "more", "also", "back", "next",
        "previous", "top", "open", "close", "read", "page", "table", "about",
    ])

    /// Words that name parts of a web page's interface; a short line of nothing else is chrome.
    static let interfaceWords = WordSet([
        "related", "posts", "post", "policies", "policy", "privacy", "cookie", "cookies", "menu", "search",
        "home", "login", "logout", "contact", "about", "share", "print", "tags", "tag", "categories", "newsletter",
        "subscribe", "comments", "comment", "advertisement", "sponsored", "top", "back", "next", "previous", "more",
        "read", "also", "language", "selection", "contents", "table", "skip", "navigation", "sitemap", "feedback",
        "facebook", "twitter", "telegram", "whatsapp", "linkedin", "youtube", "instagram", "email", "rss", "donate",
        "follow", "us", "accessibility", "copyright", "latest", "news", "trending", "popular", "page", "toggle",
        "close", "open", "of", "and", "the", "to", "our", "on", "this", "in", "for", "a", "most",
    ])

    /// Words about the page and its upkeep; with a reader address, they make a line chrome.
    static let siteWords = WordSet([
        "page", "pages", "site", "website", "web", "hyperlink", "hyperlinks", "link", "links", "click", "subscribe",
        "subscribers", "subscription", "newsletter", "donate", "donation", "donations", "patron", "patrons",
        "patreon", "ad", "ads", "advertising", "advertisers", "adblock", "blocker", "cookie", "cookies", "privacy",
        "reprint", "republish", "copyright", "email", "e-mail", "comment", "comments", "feedback", "correction",
        "corrections", "clarification", "suggestions", "suggestion", "ctrl", "materials", "reply", "enquiries",
        "inquiries", "browser", "readers", "reader", "paywall", "membership", "typo", "typos", "sponsor",
        "subscribing", "journalism", "coverage", "newsroom", "donating",
    ])

    static let secondPerson = WordSet(["you", "your", "yours"])
    static let firstPersonPlural = WordSet(["we", "our", "us", "ours"])

    /// Caption marks that open a photo's caption line.
    static let captionStarts = PhraseSet([
        "credit:", "credits:", "photo:", "photo by", "photo credit", "screenshot", "image:", "photograph:",
        "illustration:", "pictured:",
    ])

    /// Caption marks that close one ("… Screenshot from video", "… Credit: Reuters").
    static let captionEnds = PhraseSet(["credit:", "credits:", "photo:", "photo by", "photo credit", "screenshot", "getty images"])

    /// Marks of diplomatic correspondence, which speaks to "you" and "your Government" and is no
    /// web page: "Excellency", "I have the honour", "presents its compliments", "your Government", "this Note".
    static let correspondence = PhraseSet([
        "excellency", "excellence", "honour", "honor", "compliments", "sincerely", "government", "governments",
        "note", "notes", "letter", "consideration", "embassy", "ministry",
    ])

    /// What one line looks like to the filter.
    struct LineFacts {
        var words = 0
        var interfaceOnly = true
        /// Interface words that are not also common words.
        var strongInterface = 0
        var siteWords = 0
        var secondPerson = 0
        var firstPlural = 0
        var terminated = false
        /// Ends with . ! or ? (not ; or :).
        var terminatesSentence = false
        /// Diplomatic correspondence ("Excellency", "I have the honour"): not a web page.
        var salutation = false
        var caption = false
        var phrase = false
        var copyright = false
    }

    /// The 0-based indices of chrome lines in `lines`.
    static func chromeLines(_ lines: [Substring]) -> Set<Int> {
        var chrome = Set<Int>()
        var facts: [LineFacts?] = []
        facts.reserveCapacity(lines.count)
        var bodySeen = 0
        var lastBody = -1
        var previousNonBlank = -1
        var previousBlankGap = true
        var buffer: [UInt8] = []
        buffer.reserveCapacity(scanLimit + 4)
        for (index, line) in lines.enumerated() {
            guard let fact = Self.facts(line, lower: &buffer) else { facts.append(nil); previousBlankGap = true; continue }
            facts.append(fact)
            if isChrome(fact) {
                chrome.insert(index)
                // Alt text: a short unpunctuated line right above a caption, with no blank between.
                if fact.caption, !previousBlankGap, previousNonBlank >= 0, let above = facts[previousNonBlank],
                   !above.terminated, above.words <= 16 {
                    chrome.insert(previousNonBlank)
                }
            } else {
                bodySeen += 1
                lastBody = index
            }
            previousNonBlank = index
            previousBlankGap = false
        }
        guard bodySeen > 0 else { return chrome }
        // The page tail: after the last full sentence of body, a chrome line starts the footer, and
        // short lines after it ("Site Name", "Related Posts") belong to it.
        var tailStart: Int?
        var index = lines.count - 1
        while index > 0 {
            if let fact = facts[index] {
                if chrome.contains(index) {
                    tailStart = index
                } else if fact.terminated || fact.words > shortLineWords {
                    break
                }
            }
            index -= 1
        }
        if let tailStart, tailStart > lastBody || bodySeen >= 3 {
            for line in tailStart..<lines.count where facts[line] != nil { chrome.insert(line) }
        }
        return chrome
    }

    /// Spaces, closing quotes and brackets, and the bytes of ” and ’ (E2 80 9D, E2 80 99).
    @inline(__always)
    private static func isCloser(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x22, 0x27, 0x29, 0x5D, 0x9D, 0x99, 0x80, 0xE2: return true
        default: return false
        }
    }

    static func isChrome(_ fact: LineFacts) -> Bool {
        if fact.copyright && fact.words <= shortLineWords { return true }
        if fact.caption && fact.words <= 60 { return true }
        let short = fact.words <= shortLineWords
        if short && ((fact.interfaceOnly && fact.words >= 2 && fact.strongInterface >= 1) || fact.phrase) { return true }
        // Speaking to the reader: a short sentence ("Thank you for your help!"; not a letter's
        // salutation, "Your Excellency,"), or any line about the site itself.
        if fact.salutation { return false }
        if fact.secondPerson > 0 && ((fact.words <= 12 && fact.terminatesSentence) || fact.siteWords >= 1) { return true }
        if fact.firstPlural > 0 && fact.siteWords >= 2 { return true }
        return false
    }

    /// Reads one line's words (ASCII-lower-cased, outside double quotes), or nil for a blank line.
    static func facts(_ line: Substring) -> LineFacts? {
        var buffer: [UInt8] = []
        return facts(line, lower: &buffer)
    }

    /// `facts(_:)` with a caller's buffer for the lower-cased bytes, reused from line to line.
    static func facts(_ line: Substring, lower: inout [UInt8]) -> LineFacts? {
        // Scanning a contiguous buffer is several times faster than walking `Substring.UTF8View`.
        if let result = line.utf8.withContiguousStorageIfAvailable({ facts(bytes: $0, line: line, lower: &lower) }) {
            return result
        }
        return Array(line.utf8).withUnsafeBufferPointer { facts(bytes: $0, line: line, lower: &lower) }
    }

    private static func facts(bytes utf8: UnsafeBufferPointer<UInt8>, line: Substring, lower: inout [UInt8]) -> LineFacts? {
        var fact = LineFacts()
        var word: UInt64 = WordSet.seed
        var wordLength = 0
        var inQuote = false
        var lastSignificant: UInt8 = 0
        lower.removeAll(keepingCapacity: true)
        var scanned = 0
        var any = false
        func finish() {
            guard wordLength > 0 else { return }
            fact.words += 1
            if !interfaceWords.contains(word) {
                fact.interfaceOnly = false
            } else if !weakInterfaceWords.contains(word) {
                fact.strongInterface += 1
            }
            if !inQuote {
                if siteWords.contains(word) { fact.siteWords += 1 }
                if secondPerson.contains(word) { fact.secondPerson += 1 }
                if firstPersonPlural.contains(word) { fact.firstPlural += 1 }
            }
            word = WordSet.seed
            wordLength = 0
        }
        var index = 0
        while index < utf8.count, scanned < scanLimit {
            var byte = utf8[index]
            index += 1
            scanned += 1
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            lower.append(byte)
            if byte == 0xE2 {
                // U+2000…U+2FFF is punctuation and symbols (quotes, dashes, bullets): a separator.
                // “ (E2 80 9C) opens a quotation and ” (E2 80 9D) closes it.
                finish()
                var second: UInt8 = 0
                var third: UInt8 = 0
                for slot in 0..<2 where index < utf8.count && scanned < scanLimit {
                    let next = utf8[index]
                    if slot == 0 { second = next } else { third = next }
                    lower.append(next)
                    index += 1
                    scanned += 1
                }
                if second == 0x80 {
                    if third == 0x9C { inQuote = true } else if third == 0x9D { inQuote = false }
                }
                any = true
                continue
            }
            if byte == 0xC2, index < utf8.count, utf8[index] == 0xA9 { fact.copyright = true }
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte >= 0x80 {
                word = WordSet.mix(word, byte)
                wordLength += 1
            } else {
                finish()
                if byte == 0x22 { inQuote.toggle() }
            }
            if byte != 0x20 && byte != 0x09 { any = true; lastSignificant = byte }
        }
        finish()
        guard any else { return nil }
        if utf8.count > scanned {
            // The rest of a huge line: only its words' count and its last character matter.
            fact.words += 1 + utf8.count / 8
            lastSignificant = TextScanning.lastSignificant(line).map { UInt8(truncatingIfNeeded: $0.value) } ?? 0
        } else {
            // Closing quotes and brackets do not hide what the line ends with.
            var probe = lower.count - 1
            while probe >= 0, Self.isCloser(lower[probe]) { probe -= 1 }
            lastSignificant = probe >= 0 ? lower[probe] : 0
        }
        fact.terminatesSentence = lastSignificant == 0x2E || lastSignificant == 0x21 || lastSignificant == 0x3F
        // Only a line that addresses someone can be correspondence: the test is costly, skip it otherwise.
        if fact.secondPerson > 0 || fact.firstPlural > 0 { fact.salutation = correspondence.containsAnyWord(lower) }
        fact.terminated = lastSignificant == 0x2E || lastSignificant == 0x21 || lastSignificant == 0x3F
            || lastSignificant == 0x3B || lastSignificant == 0x3A
        if fact.words <= 60 {
            // A credit opens or closes a caption; inside a sentence "credit:" is a treaty's word.
            fact.caption = captionStarts.containsAnyWord(Array(lower.prefix(12))) || captionEnds.containsAnyWord(Array(lower.suffix(32)))
            if fact.words <= shortLineWords { fact.phrase = interfacePhrases.containsAnyWord(lower) }
        }
        // "Copyright 2024 Site": the word opening a line with a year; "Copyright and related rights"
        // and "WIPO Copyright Treaty (1996)" are a treaty's words.
        if !fact.copyright, fact.words <= shortLineWords, lower.starts(with: Array("copyright".utf8)),
           lower.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            fact.copyright = true
        }
        return fact
    }
}

/// A set of ASCII words kept as 64-bit hashes in a small open-addressing table, so that looking
/// a word up while scanning bytes needs no String, no allocation and no `Hasher`.
struct WordSet {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    /// Power-of-two table, at most a quarter full; 0 marks an empty slot (no word hashes to 0).
    private let slots: [UInt64]
    private let mask: Int

    init(_ words: [String]) {
        var size = 16
        while size < words.count * 4 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        for word in words {
            let hash = word.utf8.reduce(Self.seed) { Self.mix($0, $1) }
            var slot = Int(truncatingIfNeeded: hash >> 7) & (size - 1)
            while slots[slot] != 0, slots[slot] != hash { slot = (slot + 1) & (size - 1) }
            slots[slot] = hash
        }
        self.slots = slots
        self.mask = size - 1
    }

    /// FNV-1a step.
    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    func contains(_ hash: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while true {
            let stored = slots[slot]
            if stored == hash { return true }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
